// The yearly workflow commands on the plans in plans/: check, fmt (and later new-plan, diff-plan).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalYaml } from '../src/workflow/canonical-yaml.js';
import { runCommand } from './helpers/cli.js';
import { shippedPlans } from './helpers/plans.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kh-wf-'));
const PLANS = shippedPlans().map((p) => p.file);

describe('check', () => {
  it('is quiet on success but for one summary line, and writes nothing', () => {
    const r = runCommand('check', PLANS);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`checked ${PLANS.length} plans: 0 errors, 0 warnings\n`);
  });

  it('exits 1 on errors, listing them', () => {
    const r = runCommand('check', ['plans/2026.yaml', 'test/diagnostics/unknown-keys.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("test/diagnostics/unknown-keys.yaml:8:1: unknown key 'titel'");
    expect(r.stdout).toBe('checked 2 plans: 3 errors, 0 warnings\n');
  });

  it('fails on warnings only with --strict', () => {
    const file = join(tmp(), 'y.yaml');
    writeFileSync(file, readFileSync('plans/2026.yaml', 'utf8').replace('hoàn thành chỉ tiêu', 'hoàn thành trước năm 1850 chỉ tiêu'));
    expect(runCommand('check', [file]).status).toBe(0);
    const strict = runCommand('check', [file, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('checked 1 plan: 0 errors, 1 warning\n');
  });
});

describe('fmt', () => {
  it.each(shippedPlans())('finds $name canonical, and formatting it is idempotent', ({ file }) => {
    const text = readFileSync(file, 'utf8');
    expect(canonicalYaml(file, text)).toBe(text);
  });

  it('reorders keys by the schema, puts each row on one line, drops needless quotes, keeps comments', () => {
    const messy = [
      '# ghi chú đầu',
      'title: "Thử nghiệm"',
      'issuer:',
      '  symbol: UBND',
      '  # tên cơ quan',
      '  name: "Ủy ban nhân dân"',
      'appendices:',
      '  - rows:',
      '      -',
      '        - Thôn A',
      '        - 100',
      '    id: a',
      'intro: "Một câu: có dấu hai chấm"',
      '',
    ].join('\n');
    expect(canonicalYaml('m.yaml', messy)).toBe(
      ['# ghi chú đầu', 'issuer:', '  # tên cơ quan', '  name: Ủy ban nhân dân', '  symbol: UBND', 'title: Thử nghiệm', 'intro: "Một câu: có dấu hai chấm"', 'appendices:', '  - id: a', '    rows:', '      - [ Thôn A, 100 ]', ''].join('\n'),
    );
    expect(canonicalYaml('m.yaml', canonicalYaml('m.yaml', messy))).toBe(canonicalYaml('m.yaml', messy));
  });

  it('rewrites files in place, and --check reports without writing (exit 1)', () => {
    const file = join(tmp(), 'p.yaml');
    const messy = readFileSync('plans/2026.yaml', 'utf8').replace('place: Quảng Ngọc', 'place: "Quảng Ngọc"');
    writeFileSync(file, messy);
    const check = runCommand('fmt', ['--check', file]);
    expect(check.status).toBe(1);
    expect(check.stdout).toBe(`not canonical: ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(messy);
    expect(runCommand('fmt', [file]).stdout).toBe(`formatted ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('plans/2026.yaml', 'utf8'));
    expect(runCommand('fmt', ['--check', file]).status).toBe(0);
  });
});
