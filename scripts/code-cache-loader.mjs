// Copied by scripts/bundle.mjs to dist/bin/code-cache-loader.mjs. Starts a command from its
// one-file bundle dist/bin/<name>.code.cjs with V8's code cache <name>.code.cache, which
// scripts/code-cache.mjs made when the package was built, after one run of the command: node then
// neither parses nor compiles the functions a run needs (about 3 MB of JavaScript: docx, pdf-lib,
// zod, yaml and ours), which is most of what a cold start costs beyond node's own start.
// The cache is used only when it was made from this very bundle (the id on the bundle's first
// line) and V8 accepts it (same node version and flags); otherwise the bundle is compiled from its
// text, as any script: slower, never different. KE_HOACH_CODE_CACHE=off does the same on purpose
// (npm run bench compares both); =write is scripts/code-cache.mjs making the cache.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The cache's bytes when its first line is the bundle's id, else undefined. */
function cacheFor(cacheFile, id) {
  try {
    const bytes = readFileSync(cacheFile);
    return bytes.subarray(0, id.length).toString('latin1') === id ? bytes.subarray(id.length) : undefined;
  } catch {
    return undefined; // no cache (a build without it, or removed): compile as usual
  }
}

function saveCache(cacheFile, id, data) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(id, 'latin1'), data]));
    renameSync(tmp, cacheFile);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Runs dist/bin/<name>.code.cjs as the command whose entry file is `entryUrl` (its import.meta.url). */
export function start(name, entryUrl) {
  const file = fileURLToPath(new URL(`./${name}.code.cjs`, entryUrl));
  const cacheFile = file.replace(/\.cjs$/, '.cache');
  // scripts/bundle.mjs made the bundle ASCII only: read as Latin-1, it needs no UTF-8 decoding
  const source = readFileSync(file, 'latin1');
  const id = source.slice(0, source.indexOf('\n') + 1);
  const mode = process.env.KE_HOACH_CODE_CACHE;
  const cachedData = mode === 'off' || mode === 'write' ? undefined : cacheFor(cacheFile, id);
  // one line of wrapper, so that the bundle's line numbers stay those of the file in stack traces
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __kh_entry_url) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  // the bundle's import.meta.url is the entry's, so that it finds what it finds beside it as before
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), entryUrl);
  // after the run: the cache then holds the functions that ran, not only the top level
  if (mode === 'write') process.once('exit', () => saveCache(cacheFile, id, script.createCachedData()));
}
