// Util. The folder of this package (where package.json, templates/ and node_modules/ are),
// found from this module's own location, so that the compiled files and the bundled commands
// (which live at different depths under dist/) find the templates alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'ke-hoach') return (root = dir);
    if (dirname(dir) === dir) throw new Error('cannot find the ke-hoach package folder');
  }
}
