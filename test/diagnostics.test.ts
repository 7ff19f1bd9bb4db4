// Every file in test/diagnostics/ is a bad plan; <case>.expected holds what the CLI must print on
// stderr and its exit code (in Vietnamese, the default), <case>.en.expected the same with
// --lang en. Nothing may be written for a bad plan.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { expectGolden } from './helpers/golden.js';

const cases = readdirSync('test/diagnostics').filter((f) => f.endsWith('.yaml')).sort();

const LANGS = [
  { lang: 'vi', args: [], suffix: '.expected' },
  { lang: 'en', args: ['--lang', 'en'], suffix: '.en.expected' },
];

describe.each(cases)('%s', (file) => {
  it.each(LANGS)('prints the expected diagnostics ($lang), exits 1 and writes nothing', ({ args, suffix }) => {
    const out = mkdtempSync(join(tmpdir(), 'kh-diag-'));
    const r = runCli([`test/diagnostics/${file}`, '--out', out, ...args], { KE_HOACH_LANG: '' });
    expectGolden(`test/diagnostics/${file.replace(/\.yaml$/, suffix)}`, `${r.stderr}exit: ${r.status}\n`);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, file.replace(/\.yaml$/, '.docx')))).toBe(false);
  });
});
