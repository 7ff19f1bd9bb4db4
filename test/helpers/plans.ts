// The plans shipped in plans/ (every *.yaml below it), as golden-test cases. A plan built once
// per unit (build-plan --each) is listed by eachPlans() instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function shippedPlans(root = 'plans', includeEach = false): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml') && (includeEach || !readFileSync(p, 'utf8').includes('{each.'))) out.push({ file: p, name: relative(root, p).split(sep).join('/').replace(/\.yaml$/, '') }); // examples/x on Windows too
    }
  };
  walk(root);
  return out;
}

/** Every plan file, those built per unit (--each) included. */
export const allPlans = () => shippedPlans('plans', true);
