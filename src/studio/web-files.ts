// Stage: studio. The page's files (HTML, the bundled script and style, pdf.js's worker), served
// from the package's dist/studio/web: only the files found there, by name, never a path.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface WebFile {
  type: string;
  bytes: Buffer;
}

/** `lang`: the page's language; index.html is served as <html lang="en"> for English (web/text.ts reads it). */
export function webFiles(dir: string, lang: 'vi' | 'en' = 'vi'): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { type, bytes: readFileSync(join(dir, name)) });
  }
  const page = files.get('index.html');
  if (!page) throw new Error(`the studio's page is missing from ${dir} (run npm run build)`);
  if (lang !== 'vi') files.set('index.html', { ...page, bytes: Buffer.from(page.bytes.toString('utf8').replace('<html lang="vi">', `<html lang="${lang}">`)) });
  return files;
}
