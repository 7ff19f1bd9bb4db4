// Makes the Word files the import-plan tests read, the way offices make them: LibreOffice
// converts the HTML and flat-ODT sources in test/fixtures/import/src/ to .docx, pandoc converts
// the Markdown one. The .docx files are committed (tests need neither program); run this after
// changing a source:  node scripts/make-import-fixtures.mjs [name …]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SRC = 'test/fixtures/import/src';
const OUT = 'test/fixtures/import';
const wanted = process.argv.slice(2);
const sources = readdirSync(SRC).filter((f) => !wanted.length || wanted.includes(basename(f, extname(f))));
const work = mkdtempSync(join(tmpdir(), 'kh-import-fixtures-'));
const profile = pathToFileURL(join(work, 'profile')).href;

for (const file of sources) {
  const name = basename(file, extname(file));
  const target = join(OUT, `${name}.docx`);
  if (extname(file) === '.md') {
    execFileSync('pandoc', [join(SRC, file), '-o', target], { stdio: 'inherit' });
  } else {
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(SRC, file)], { stdio: 'pipe', timeout: 300_000 });
    copyFileSync(join(work, `${name}.docx`), target);
  }
  console.log(`wrote ${target}`);
}
rmSync(work, { recursive: true, force: true });
