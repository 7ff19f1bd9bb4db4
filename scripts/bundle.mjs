// Bundles the compiled commands (dist/cli/*.js) into dist/bin/*.mjs with esbuild: one module
// graph instead of hundreds of files cuts the cold start by about 100 ms. subset-font (which
// finds its WebAssembly file beside itself) and exceljs (loaded only for .xlsx data) stay outside.
// The commands an office runs by hand (CACHED) are also bundled into one CommonJS file each,
// dist/bin/<name>.code.cjs, which dist/bin/<name>.mjs starts with V8's code cache (see
// scripts/code-cache-loader.mjs; scripts/code-cache.mjs makes the caches once dist/ is complete).
// Then the studio's page (src/studio/web) for the browser: dist/studio/web holds everything it
// loads (script, style, pdf.js's worker), so it works offline and from the package alone.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

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

/** Commands started from a one-file bundle with a code cache (the others stay ES modules; build-plan's batch worker threads run its bundle too). */
export const CACHED = { main: 'build-plan', check: 'check', fmt: 'fmt', 'new-plan': 'new-plan', 'diff-plan': 'diff-plan' };

const commands = ['import-plan', 'schema', 'studio'];

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

/**
 * The bundle's text with every character beyond ASCII written as a \uXXXX escape. esbuild escapes
 * them in strings but leaves them in regular expressions and comments; an ASCII file is read as
 * Latin-1 without decoding (3 MB of UTF-8 take 30–60 ms to decode) and makes a one-byte string.
 * A \uXXXX escape means the same UTF-16 unit in a string, a template and a regular expression
 * (with the u flag, a pair of surrogate escapes is one code point), and nothing in a comment.
 */
function asciiOnly(text, file) {
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character cannot be escaped safely`);
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const code = await esbuild.build({
  entryPoints: Object.fromEntries(Object.keys(CACHED).map((c) => [`${c}.code`, `dist/cli/${c}.js`])),
  outdir: 'dist/bin',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['subset-font', 'exceljs'],
  // import() of subset-font and exceljs (CommonJS packages) becomes require(): a script run by
  // node:vm has no module loader of its own
  supported: { 'dynamic-import': false },
  // the loader passes the entry file's URL (dist/bin/<name>.mjs): paths found from it stay the same
  define: { 'import.meta.url': '__kh_entry_url' },
  plugins: [noZodLocales],
  logLevel: 'warning',
  write: false,
});
writeFileSync('dist/bin/code-cache-loader.mjs', `// Copied from scripts/code-cache-loader.mjs by scripts/bundle.mjs\n${readFileSync('scripts/code-cache-loader.mjs')}`);
for (const out of code.outputFiles) {
  const name = basename(out.path, '.code.cjs');
  const text = asciiOnly(out.text.replace(/^#!.*\n/, ''), out.path);
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  // the first line identifies the bundle: a code cache is used only with the bundle it was made from
  writeFileSync(out.path, `// ke-hoach ${CACHED[name]} ${id}\n${text}`);
  const entry = `dist/bin/${name}.mjs`;
  writeFileSync(entry, `#!/usr/bin/env node\n// ${CACHED[name]}: runs ${name}.code.cjs with its code cache (scripts/bundle.mjs, scripts/code-cache-loader.mjs)\nimport { start } from './code-cache-loader.mjs';\n\nstart(${JSON.stringify(name)}, import.meta.url);\n`);
  chmodSync(entry, 0o755);
}

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
