// 17-new-plan (and issue 12's next-year's-draft points): every roll-over of every shipped plan
// gives a draft; years move only where written {year}; literal years are listed, never rewritten;
// the review list is replaced, right for +2, asks for every figure; data files, lunar years and
// dates, the draft's name.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/plan/load.js';
import { buildFromSource, preparePlan } from '../src/pipeline.js';
import { canChi, lunarToSolar } from '../src/util/lunar.js';
import { lunarDates, rollCanChi } from '../src/workflow/lunar-text.js';
import { withReviewList } from '../src/workflow/review-list.js';
import { draftName, REVIEW_START, rollPlan } from '../src/workflow/roll-plan.js';
import { withPlaceholders } from '../src/workflow/year-placeholders.js';
import { runCommand } from './helpers/cli.js';
import { allPlans } from './helpers/plans.js';

const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');

/** What new-plan writes, in memory: the draft with its review list, and the draft's own problems. */
async function draft(file: string, text: string, year: number, dataExists: (f: string) => boolean = () => false) {
  const built = await buildFromSource(parsePlanText(file, text), { wholeUnitsPlan: true });
  const outFile = draftName(file, built.computed.plan.date.year, year);
  const rolled = rollPlan(text, built.computed, { outFile, year, dataExists });
  const problems = (await preparePlan(parsePlanText(outFile, rolled.text), { wholeUnitsPlan: true })).diagnostics;
  const full = withReviewList({ computed: built.computed, fromFile: file, year, draft: rolled.text, tables: rolled.tables, canChi: rolled.canChi, problems });
  return { outFile, rolled, problems, text: full, list: full.split('\n').filter((l) => l.startsWith('#')).join('\n') };
}

const plan = (body: string, date = '2026-02-05') => MINIMAL.replace('date: 2026-02-05', `date: ${date}`).replace('      - Một đoạn văn.', body);

describe('17-new-plan: every shipped plan rolls over, +1 and +2 years', () => {
  it.each(allPlans())('$name: a draft without errors, its target ids unchanged', async ({ file }) => {
    const text = readFileSync(file, 'utf8');
    const from = Number(/^date: (\d{4})/m.exec(text)![1]);
    for (const year of [from + 1, from + 2]) {
      const d = await draft(file, text, year);
      expect(d.problems.filter((p) => p.severity === 'error'), `${file} → ${year}`).toEqual([]);
      expect(d.rolled.text).toMatch(new RegExp(`^date: ${year}$`, 'm'));
      const ids = (t: string) => Object.keys((parsePlanText(file, t).data as { targets?: object }).targets ?? {});
      expect(ids(d.rolled.text)).toEqual(ids(text));
      // rolling the draft again replaces its list: one list, for the new year
      const again = await draft(d.outFile, d.text, year + 1);
      expect(again.text.split('\n').filter((l) => l.includes(REVIEW_START))).toEqual([expect.stringContaining(`năm ${year + 1}, lập từ`)]);
    }
  }, 120_000);
});

describe('17-new-plan: years move only where they mean the plan year', () => {
  const body = [
    '      - "Căn cứ Quyết định số 2025/QĐ-UBND ngày 03/10/2025; giai đoạn 2022-2025; 2026 người; đến năm 2030."',
    '      - "Kế hoạch năm {year}, báo cáo trước 31/12/{year}, năm học {year} - {year+1}."',
    '      - Thực hiện trong năm 2026, sơ kết ngày 30/6/2026.',
  ].join('\n');

  it('literal years stay; {year} follows; the list names the literal ones with their line', async () => {
    const d = await draft('p.yaml', plan(body), 2027);
    expect(d.rolled.text).toContain('Căn cứ Quyết định số 2025/QĐ-UBND ngày 03/10/2025; giai đoạn 2022-2025; 2026 người; đến năm 2030.');
    expect(d.rolled.text).toContain('Kế hoạch năm {year}, báo cáo trước 31/12/{year}, năm học {year} - {year+1}.');
    const lines = d.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('      - Thực hiện trong năm 2026')) + 1;
    expect(d.list).toContain(`#     dòng ${at}: «Thực hiện trong năm 2026, sơ kết…»`);
    expect(d.list).toContain(`#     dòng ${at}: «…năm 2026, sơ kết ngày 30/6/2026.»`);
    expect(d.list).toContain('npm run fmt -- --placeholders p.yaml');
    // the years of other documents, a programme's period and a count are not offered
    expect(d.list).not.toMatch(/03\/10\/2025|2022-2025|2026 người|năm 2030/);
  });

  it('rolling 2029 → 2030 leaves "năm 2030" of the text alone', async () => {
    const d = await draft('p.yaml', plan('      - Phấn đấu đến năm 2030 đạt 100%; năm {year} đạt 95%.', '2029-01-10'), 2030);
    expect(d.rolled.text).toContain('Phấn đấu đến năm 2030 đạt 100%; năm {year} đạt 95%.');
    const built = await buildFromSource(parsePlanText('p.yaml', d.rolled.text));
    expect(JSON.stringify(built.document)).toContain('Phấn đấu đến năm 2030 đạt 100%; năm 2030 đạt 95%.');
  });

  it('fmt --placeholders writes {year} where the year is the plan year, and lists each change', () => {
    const r = withPlaceholders(plan(body));
    expect(r.text).toContain('Thực hiện trong năm {year}, sơ kết ngày 30/6/{year}.');
    expect(r.text).toContain('Căn cứ Quyết định số 2025/QĐ-UBND ngày 03/10/2025; giai đoạn 2022-2025; 2026 người; đến năm 2030.');
    expect(r.changes.map((c) => [c.year, c.placeholder])).toEqual([
      [2026, '{year}'],
      [2026, '{year}'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'kh-17-ph-'));
    writeFileSync(join(dir, 'p.yaml'), plan(body));
    const cli = runCommand('fmt', ['--placeholders', join(dir, 'p.yaml')]);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`${join(dir, 'p.yaml')}:16: «Thực hiện trong năm 2026, sơ kết…»: 2026 → {year}`);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain('năm {year}, sơ kết ngày 30/6/{year}.');
  });
});

describe('17-new-plan: the review list', () => {
  it('+2 years: names the plan it comes from, asks for every figure, keeps a larger actual figure', async () => {
    const text = readFileSync('plans/2026.yaml', 'utf8');
    const d = await draft('plans/2026.yaml', text, 2028);
    expect(d.list).not.toContain('năm trước');
    expect(d.list).toContain('# - Chỉ tiêu (targets) của năm 2026, đặt lại cho năm 2028:');
    expect(d.list).toContain('cột dan-so («Dân số (người)»): 26 dòng, số liệu năm 2026: thay bằng số liệu dùng cho năm 2028.');
    expect(d.list).toContain('cột co-the («Số người có thẻ BHYT đến 31/12/2027») nay là số ước tính: chi-tieu của kế hoạch năm 2026; 3 dòng giữ số đã có vì cao hơn.');
    // a village whose card holders already exceed its target keeps its own figure
    const built = await buildFromSource(parsePlanText('plans/2026.yaml', text));
    const t = built.computed.tables[0]!;
    const [thon, co, chi] = ['thon', 'co-the', 'chi-tieu'].map((k) => t.columns.findIndex((c) => c.key === k));
    const higher = t.rows.find((r) => Number(String(r[co!]!.value)) > Number(String(r[chi!]!.value)))!;
    const name = higher[thon!]!.value as string;
    expect(d.rolled.text).toMatch(new RegExp(`- \\[ ${name}, \\d+, ${higher[co!]!.value} \\]`));
  });

  it('a data file: next year\'s file when it exists, otherwise the list says which file to provide and the old one is still read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-17-data-'));
    const file = join(dir, 'pctt-2026.yaml');
    const table = '\nappendices:\n  - id: so-tan\n    title: Số hộ sơ tán năm {year}\n    source: { file: so-tan-2026.csv }\n    columns:\n      - { key: xa, header: Xã, type: text }\n      - { key: ho, header: "Số hộ năm {year}", type: integer }\n';
    writeFileSync(join(dir, 'so-tan-2026.csv'), 'Xã,Số hộ năm 2026\nXã A,10\nXã B,20\n');
    writeFileSync(file, plan('      - Sơ tán theo {so-tan}.') + table);
    const text = readFileSync(file, 'utf8');
    const missing = await draft(file, text, 2027, (f) => existsSync(join(dir, f)));
    expect(missing.rolled.text).toContain('source: { file: so-tan-2026.csv }');
    expect(missing.rolled.text).toContain('- { key: ho, header: "Số hộ năm {year}", type: integer, from: "Số hộ năm {year-1}" }');
    expect(missing.problems).toEqual([]);
    expect(missing.list).toContain('vẫn đọc so-tan-2026.csv (số liệu năm 2026): đặt số liệu năm 2027 vào so-tan-2027.csv');
    expect(missing.list).toContain('cột ho đọc theo tiêu đề năm 2026 của tệp cũ (from:)');
    writeFileSync(join(dir, 'so-tan-2027.csv'), 'Xã,Số hộ năm 2027\nXã A,12\nXã B,25\n');
    const present = await draft(file, text, 2027, (f) => existsSync(join(dir, f)));
    expect(present.rolled.text).toContain('source: { file: so-tan-2027.csv }');
    expect(present.rolled.text).not.toContain('from:');
    expect(present.problems).toEqual([]);
    expect(present.list).toContain('số liệu lấy từ so-tan-2027.csv (tệp của năm 2027) thay cho so-tan-2026.csv');
    expect(present.outFile).toBe(join(dir, 'pctt-2027.yaml'));
  });

  it('a draft written to another folder: data paths follow it, or the list says which file to copy there', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kh-17-up-'));
    cpSync('plans/examples', join(root, 'examples'), { recursive: true });
    const up = runCommand('new-plan', [join(root, 'examples', '002-trieu-son-2024.yaml'), '--year', '2026', '--out', join(root, 'ts-2026.yaml')]);
    expect(up.status, up.stdout + up.stderr).toBe(0);
    expect(readFileSync(join(root, 'ts-2026.yaml'), 'utf8')).toContain('source: { file: examples/data/002-trieu-son-2024.csv }');
    const dir = mkdtempSync(join(tmpdir(), 'kh-17-out-'));
    const away = runCommand('new-plan', ['plans/examples/002-trieu-son-2024.yaml', '--year', '2026', '--out', join(dir, 'ts-2026.yaml')]);
    expect(away.status).toBe(1);
    expect(readFileSync(join(dir, 'ts-2026.yaml'), 'utf8')).toContain(`tệp data/002-trieu-son-2024.csv nằm ngoài thư mục của bản nháp: chép nó (cùng thư mục con) vào thư mục của ${join(dir, 'ts-2026.yaml')}.`);
  });
});

describe('17-new-plan: the draft is named after the plan, and always written', () => {
  it('keeps the name pattern', () => {
    expect(draftName('plans/user/pctt-2026.yaml', 2026, 2027)).toBe('plans/user/pctt-2027.yaml');
    expect(draftName('plans/2026.yaml', 2026, 2028)).toBe('plans/2028.yaml');
    expect(draftName('plans/ke-hoach.yaml', 2026, 2027)).toBe('plans/ke-hoach-2027.yaml');
    expect(draftName('plans/2026-communes.yaml', 2026, 2027)).toBe('plans/2027-communes.yaml');
  });

  it('a draft with problems of its own is written, its problems on the list, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-17-np-'));
    const table = '\nappendices:\n  - id: bang\n    title: Bảng\n    source: { file: bang-2026.csv }\n    columns:\n      - { key: xa, header: Xã, type: text }\n      - { key: ho, header: "Số hộ năm {year}", type: integer }\n';
    writeFileSync(join(dir, 'bang-2026.csv'), 'Xã,Số hộ năm 2026\nXã A,10\n');
    // next year's file, with a typo in its header
    writeFileSync(join(dir, 'bang-2027.csv'), 'Xã,Số hộ nam 2027\nXã A,12\n');
    writeFileSync(join(dir, 'tet-2026.yaml'), plan('      - Theo {bang}.') + table);
    const r = runCommand('new-plan', [join(dir, 'tet-2026.yaml'), '--year', '2027']);
    const out = join(dir, 'tet-2027.yaml');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(`wrote ${out}, with 1 error left`);
    expect(r.stderr).toContain('no column named "Số hộ năm 2027"');
    expect(readFileSync(out, 'utf8')).toContain(`# - Bản nháp còn 1 lỗi (npm run check báo như sau), sửa trước khi dùng:\n#     ${join(dir, 'bang-2027.csv')}: dòng tiêu đề: không có cột nào tên "Số hộ năm 2027" (cho cột 'ho')`);
  });
});

describe('12-new-plan: lunar years and dates', () => {
  it('the calendar: Tết and year names of known years', () => {
    for (const [year, day, month] of [[2024, 10, 2], [2025, 29, 1], [2026, 17, 2], [2027, 6, 2], [2028, 26, 1]] as const)
      expect(lunarToSolar({ day: 1, month: 1, year, leap: false }), String(year)).toEqual({ day, month, year });
    expect([2024, 2026, 2027].map(canChi)).toEqual(['Giáp Thìn', 'Bính Ngọ', 'Đinh Mùi']);
  });

  it('"Xuân Bính Ngọ {year}" follows the year; a name before a literal year stays', () => {
    expect(rollCanChi('Vui Tết mừng Xuân Bính Ngọ {year}', 2026, 2027).text).toBe('Vui Tết mừng Xuân Đinh Mùi {year}');
    expect(rollCanChi('Tết Bính Ngọ', 2026, 2028).text).toBe('Tết Mậu Thân');
    expect(rollCanChi('Xuân Bính Ngọ 2026', 2026, 2027).text).toBe('Xuân Bính Ngọ 2026');
  });

  it('Giao thừa moves to the eve of next Tết, not by a calendar year, and the list says so', async () => {
    expect(lunarDates('Đêm 16/02/{year} (Giao thừa)', 2026, 2027)).toEqual([
      { written: '16/02/{year}', was: '16/02/2026', lunar: '29/12 năm Ất Tỵ (Giao thừa)', should: '05/02/2027', prints: '16/02/2027' },
    ]);
    const d = await draft('tet-2026.yaml', plan('      - "Vui Tết mừng Xuân Bính Ngọ {year}: đêm 16/02/{year} (Giao thừa) bắn pháo hoa."', '2026-01-05'), 2027);
    expect(d.rolled.text).toContain('Vui Tết mừng Xuân Đinh Mùi {year}');
    expect(d.list).toContain('- Tên năm âm lịch đổi theo năm: Bính Ngọ → Đinh Mùi: kiểm tra.');
    expect(d.list).toMatch(/dòng \d+: «16\/02\/\{year\}» \(năm 2026: 16\/02\/2026, ngày 29\/12 năm Ất Tỵ \(Giao thừa\) âm lịch\): năm 2027 ngày ấy là 05\/02\/2027, bản nháp đang in 16\/02\/2027\./);
  });
});
