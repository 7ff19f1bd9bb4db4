// Builds dist/ (tsc, the command bundles, the font subsets, the precompiled templates, the code caches) once before the tests, so CLI tests run the code under test.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-fonts.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/precompile-templates.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
}
