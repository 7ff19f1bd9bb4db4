// The plans shipped in plans/ (every *.yaml below it), as golden-test cases.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function shippedPlans(root = 'plans'): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml')) out.push({ file: p, name: relative(root, p).replace(/\.yaml$/, '') });
    }
  };
  walk(root);
  return out;
}
