// Converts a DOCX to PDF with LibreOffice. Each test process gets its own LibreOffice profile,
// so conversions running in parallel test files do not lock each other out.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from './tools.js';

export const soffice = findSoffice();

export function docxToPdf(docx: string, outDir: string): string {
  const profile = pathToFileURL(join(tmpdir(), `kh-lo-profile-${process.pid}`)).href;
  execFileSync(soffice ?? 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'pipe', timeout: 180_000 });
  return join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
}
