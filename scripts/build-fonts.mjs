// Subsets the four Tinos faces to the fixed Vietnamese repertoire once, when the package is
// built (npm install runs it through `prepare`), into dist/font-subsets/: each face as a TrueType
// file and the same deflated for a PDF font stream, with a manifest naming the source files and
// the repertoire.
// A PDF then embeds them without starting hb-subset's WebAssembly (about 170 ms) or deflating
// (about 35 ms) at each run. Needs dist/ (tsc) first.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { deflateSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { tinosFiles } from '../dist/fonts/measure.js';
import { REPERTOIRE, repertoireKey } from '../dist/fonts/repertoire.js';

const out = 'dist/font-subsets';
mkdirSync(out, { recursive: true });
const faces = {};
for (const [face, file] of Object.entries(tinosFiles())) {
  const bytes = new Uint8Array(await subsetFont(readFileSync(file), REPERTOIRE, { targetFormat: 'sfnt' }));
  writeFileSync(`${out}/${face}.ttf`, bytes);
  writeFileSync(`${out}/${face}.ttf.deflate`, deflateSync(bytes, { level: 6 }));
  faces[face] = { source: basename(file), sourceBytes: statSync(file).size };
}
writeFileSync(`${out}/manifest.json`, `${JSON.stringify({ repertoire: repertoireKey(REPERTOIRE), faces }, null, 2)}\n`);
