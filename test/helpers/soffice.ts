// Converts DOCX files to PDF with LibreOffice. Each test process gets its own LibreOffice
// profile, so conversions running in parallel test files do not lock each other out.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from './tools.js';

export const soffice = findSoffice();

/** Converts the files in one LibreOffice run (its start-up is most of the time); returns the PDFs' paths. */
export function docxToPdfs(docxFiles: readonly string[], outDir: string): string[] {
  const profile = pathToFileURL(join(tmpdir(), `kh-lo-profile-${process.pid}`)).href;
  execFileSync(soffice ?? 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], {
    stdio: 'pipe',
    timeout: 600_000,
  });
  return docxFiles.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
}

export const docxToPdf = (docx: string, outDir: string): string => docxToPdfs([docx], outDir)[0]!;
