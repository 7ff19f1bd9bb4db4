// Golden files: compared in CI; written when missing or when UPDATE=1 (npm test -- -u sets it too).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

const update = process.env.UPDATE === '1' || process.argv.includes('-u') || process.argv.includes('--update');

export function expectGolden(file: string, actual: string): void {
  if (update || (!existsSync(file) && !process.env.CI)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing (run npm test -- -u locally and commit it)`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
