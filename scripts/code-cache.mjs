// Makes the V8 code cache of each command bundled as dist/bin/<name>.code.cjs (scripts/bundle.mjs):
// runs the command once on a shipped plan with KE_HOACH_CODE_CACHE=write, and the loader
// (scripts/code-cache-loader.mjs) saves the compiled code of everything that ran to
// dist/bin/<name>.code.cache. Needs a complete dist/ (tsc, bundles, font subsets, templates).
// A cache that cannot be made is not an error: the command then compiles its bundle at each start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'ke-hoach-code-cache-'));
const plan = 'plans/2026.yaml';
/** What each command does while its cache is made: what an office's run of it compiles. */
const warmUps = {
  main: [plan, '--out', scratch],
  check: [plan],
  fmt: ['--check', plan],
  'new-plan': [plan, '--year', '2027', '--out', join(scratch, '2027.yaml')],
  'diff-plan': [plan, 'plans/examples/tinh-attp-2026.yaml'],
};

try {
  for (const file of readdirSync('dist/bin').filter((f) => f.endsWith('.code.cjs')).sort()) {
    const name = file.slice(0, -'.code.cjs'.length);
    const args = warmUps[name];
    if (!args) throw new Error(`scripts/code-cache.mjs: no warm-up run for dist/bin/${file}`);
    const cache = `dist/bin/${name}.code.cache`;
    rmSync(cache, { force: true });
    const r = spawnSync(process.execPath, [`dist/bin/${name}.mjs`, ...args], { env: { ...process.env, KE_HOACH_CODE_CACHE: 'write' }, encoding: 'utf8' });
    if (!existsSync(cache)) console.error(`code cache of dist/bin/${name}.mjs not made (exit ${r.status}): it will compile at each start\n${r.stderr}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
