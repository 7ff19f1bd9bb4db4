// Bundles the compiled commands (dist/cli/*.js) into dist/bin/*.mjs with esbuild: one module
// graph instead of hundreds of files cuts the cold start by about 100 ms. subset-font (which
// finds its WebAssembly file beside itself) and exceljs (loaded only for .xlsx data) stay outside.
// Then the studio's page (src/studio/web) for the browser: dist/studio/web holds everything it
// loads (script, style, pdf.js's worker), so it works offline and from the package alone.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

rmSync('dist/bin', { recursive: true, force: true }); // no chunks left over from an earlier build

/**
 * zod re-exports every language of its messages as `z.locales` (about 370 KB, half of zod):
 * we word our own messages (diag/messages.ts) and use none of them, so the bundle gets an empty
 * module in their place; zod's English default is imported on its own and stays.
 */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const commands = ['main', 'check', 'fmt', 'new-plan', 'diff-plan', 'import-plan', 'schema', 'batch-worker', 'studio'];

await esbuild.build({
  entryPoints: Object.fromEntries(commands.map((c) => [c, `dist/cli/${c}.js`])),
  outdir: 'dist/bin',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['subset-font', 'exceljs'],
  // CommonJS dependencies that call require() at run time get Node's own require
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [noZodLocales],
  logLevel: 'warning',
});

const web = 'dist/studio/web';
mkdirSync(web, { recursive: true });
await esbuild.build({
  entryPoints: { app: 'src/studio/web/main.ts' },
  outdir: web,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // pdf.js's legacy build and these targets: browsers an office may still run
  target: ['chrome100', 'firefox100', 'safari15', 'edge100'],
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const f of ['index.html', 'studio.css']) copyFileSync(`src/studio/web/${f}`, `${web}/${f}`);
copyFileSync('node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', `${web}/pdf.worker.mjs`);
