// The yearly workflow commands on the plans in plans/: check, fmt (and later new-plan, diff-plan).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalYaml } from '../src/workflow/canonical-yaml.js';
import { runCommand } from './helpers/cli.js';
import { allPlans, shippedPlans } from './helpers/plans.js';

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
  it.each(allPlans())('finds $name canonical, and formatting it is idempotent', ({ file }) => {
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
      ['# ghi chú đầu', 'issuer:', '  # tên cơ quan', '  name: Ủy ban nhân dân', '  symbol: UBND', 'title: Thử nghiệm', '', 'intro: "Một câu: có dấu hai chấm"', '', 'appendices:', '  - id: a', '    rows:', '      - [ Thôn A, 100 ]', ''].join('\n'),
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

describe('new-plan → check → diff-plan', () => {
  const dir = tmp();
  const next = join(dir, '2027.yaml');

  it('names the one year when every legal basis was issued in the same year', () => {
    const out = join(dir, 'tq-2019.yaml');
    expect(runCommand('new-plan', ['plans/examples/003-tuyen-quang-2018.yaml', '--year', '2019', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# - Căn cứ \(legalBases\): \d+ văn bản, ban hành năm 2018: /m);
  });

  it('writes next year\'s plan that passes check, and refuses to overwrite it without --force', () => {
    const r = runCommand('new-plan', ['plans/2026.yaml', '--year', '2027', '--out', next]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`wrote ${next}: review the list at its top, then: npm run diff-plan -- plans/2026.yaml ${next}\n`);
    const text = readFileSync(next, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./plan.schema.json');
    expect(text).toContain('# - Căn cứ (legalBases): 4 văn bản, ban hành 2022–2025');
    expect(text).toContain('#     bao-phu: Tỷ lệ dân số tham gia bảo hiểm y tế năm 2026 = 95,5%');
    expect(text).toMatch(/^number: null$/m);
    expect(text).toMatch(/^date: 2027$/m);
    expect(canonicalYaml(next, text)).toBe(text);
    expect(runCommand('check', [next])).toMatchObject({ status: 0, stdout: 'checked 1 plan: 0 errors, 0 warnings\n' });
    const again = runCommand('new-plan', ['plans/2026.yaml', '--year', '2027', '--out', next]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('exists; choose another --out or add --force');
    expect(runCommand('new-plan', ['plans/2026.yaml', '--year', '2027', '--out', next, '--force']).status).toBe(0);
  });

  it('shows exactly the expected changes: dates, years in the text, carried-over figures', () => {
    const r = runCommand('diff-plan', ['plans/2026.yaml', next, '--format', 'json']);
    expect(r.status).toBe(0);
    const { changes } = JSON.parse(r.stdout) as { changes: { area: string; kind: string; label: string; printed: boolean; where: { row: string | null; column: string | null }; before: string | number; after: string | number; delta: number | null }[] };
    expect(changes.every((c) => c.kind === 'changed')).toBe(true);
    // every change of text is the years written {year} moving forward, and nothing else
    const moved = (s: string) => s.replace(/\b(2025|2026|2027)\b/g, (y) => String(Number(y) + 1));
    for (const c of changes.filter((c) => c.area !== 'row' && c.label !== 'Địa danh, ngày tháng' && !c.label.endsWith('dòng "Kèm theo"'))) expect(moved(String(c.before)), c.label).toBe(c.after);
    expect(changes.find((c) => c.label === 'Địa danh, ngày tháng')).toMatchObject({ before: 'Quảng Ngọc, ngày \u2007\u2007\u2007\u2007 tháng 01 năm 2026', after: 'Quảng Ngọc, ngày \u2007\u2007\u2007\u2007 tháng \u2007\u2007\u2007\u2007 năm 2027' });
    expect(changes.filter((c) => c.area === 'text')).toHaveLength(12);
    expect(changes.filter((c) => ['legal-basis', 'section', 'recipient', 'duty', 'signature', 'goal'].includes(c.area))).toEqual([]);
    // the village figures: card holders start from last year's targets (or keep a larger figure); what is left to do follows
    const rows = changes.filter((c) => c.area === 'row');
    expect(rows.every((c) => c.where.column === 'co-the' || c.where.column === 'van-dong')).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ label: 'Thôn Ngọc Trà — số người có thẻ BHYT đến 31/12/2025 → 31/12/2026', before: 958, after: 977, delta: 19 }));
    expect(rows).toContainEqual(expect.objectContaining({ label: 'Toàn xã — số người có thẻ BHYT đến 31/12/2025 → 31/12/2026', before: 38172, after: 38720 }));
    expect(rows.filter((c) => c.where.column === 'van-dong').every((c) => c.after === 0)).toBe(true);
  });

  it('prints text for people and Markdown for reviews', () => {
    const text = runCommand('diff-plan', ['plans/2026.yaml', next]).stdout;
    expect(text.split('\n')[0]).toBe('66 thay đổi: 2 thông tin chung, 12 văn bản, 4 phụ lục, bảng, 48 số liệu; 2 điều cần biết (không in trong văn bản).');
    expect(text).toContain('  ~ Thôn Ngọc Trà — số người có thẻ BHYT đến 31/12/2025 → 31/12/2026: 958 → 977 (+19)');
    expect(text).not.toContain('\u001b['); // no colour when not on a terminal
    expect(text).toContain('  ~ Trích yếu: … xã Quảng Ngọc năm [-2026-]{+2027+}\n'); // long texts: the changed words in context
    const md = runCommand('diff-plan', ['plans/2026.yaml', next, '--format', 'md']).stdout;
    expect(md).toContain('- `~` Thôn Ngọc Trà — số người có thẻ BHYT đến 31/12/2025 → 31/12/2026: ~~958~~ → 977 (+19)');
    expect(md).toContain('- `~` Trích yếu: … xã Quảng Ngọc năm ~~2026~~**2027**');
    expect(runCommand('diff-plan', ['plans/2026.yaml', 'plans/2026.yaml']).stdout).toBe('Không có thay đổi.\n');
  });
});

describe('build-plan --watch', () => {
  it('rebuilds when the plan changes, shows errors and keeps watching', async () => {
    const { spawn } = await import('node:child_process');
    const dir = tmp();
    const plan = join(dir, 'p.yaml');
    const good = readFileSync('plans/2026.yaml', 'utf8');
    writeFileSync(plan, good);
    const child = spawn(process.execPath, ['dist/bin/main.mjs', plan, '--watch', '--out', dir, '--format', 'docx']);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const waitFor = async (pattern: RegExp, from: number) => {
      for (let i = 0; i < 200 && !pattern.test(output.slice(from)); i++) await new Promise((r) => setTimeout(r, 50));
      expect(output.slice(from)).toMatch(pattern);
      return output.length;
    };
    try {
      let at = await waitFor(/watching/, 0);
      writeFileSync(plan, good.replace('title: Thực hiện', 'titel: Thực hiện'));
      at = await waitFor(/unknown key 'titel'[\s\S]*nothing written/, at);
      writeFileSync(plan, good);
      await waitFor(/rebuilding\s+wrote .*p\.docx/, at);
      expect(child.exitCode).toBeNull(); // still watching
    } finally {
      child.kill();
    }
  }, 30_000);
});
