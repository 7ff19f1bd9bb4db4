// Writes a plan whose appendix has N rows (for the benchmark): the 2026 plan with generated villages.
import { readFileSync, writeFileSync } from 'node:fs';
const [, , n, out] = process.argv;
const base = readFileSync('plans/2026.yaml', 'utf8');
const head = base.slice(0, base.indexOf('    rows:\n') + '    rows:\n'.length);
const rows = [];
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = 1; i <= Number(n); i++) {
  const pop = 700 + Math.floor(rnd() * 1300);
  rows.push(`      - [ Thôn số ${i}, ${pop}, ${Math.floor(pop * (0.92 + rnd() * 0.05))} ]`);
}
writeFileSync(out, `${head}${rows.join('\n')}\n    total:\n      label: Toàn xã\n`);
