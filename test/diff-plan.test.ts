// 17-diff-plan: diff-plan shows every change a signer would see, in a reviewer's words, with the
// figures that follow from it; and its outputs (text, Markdown, JSON) and exit codes behave.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/plan/load.js';
import { buildFromSource } from '../src/pipeline.js';
import { diffPlans, type Change } from '../src/workflow/diff-plans.js';
import { formatDiff } from '../src/workflow/format-diff.js';
import { wantColour } from '../src/cli/colour.js';
import { runCommand } from './helpers/cli.js';

const PLAN = 'plans/2026.yaml';
const ORIGINAL = readFileSync(PLAN, 'utf8');

async function diffOf(edit: (s: string) => string, file = PLAN): Promise<Change[]> {
  const text = readFileSync(file, 'utf8');
  const edited = edit(text);
  expect(edited, 'the edit must change the plan').not.toBe(text);
  const [a, b] = await Promise.all([text, edited].map((t) => buildFromSource(parsePlanText(file, t))));
  return diffPlans(a!, b!);
}
const printed = (cs: Change[]) => cs.filter((c) => c.printed);
const replace = (from: string | RegExp, to: string) => (s: string) => {
  const out = s.replace(from, to);
  if (out === s) throw new Error(`not found: ${from}`);
  return out;
};
const ROW = (name: string) => new RegExp(`^ {6}- \\[ ${name}, .*\\n`, 'm');
const rowOf = (s: string, name: string) => ROW(name).exec(s)![0];

describe('17-diff-plan: every change the document shows is reported', () => {
  it('reordered rows: the row that moved, not "no change"', async () => {
    const changes = await diffOf((s) => s.replace(rowOf(s, 'Thôn Ngọc Hà'), '').replace(rowOf(s, 'Thôn Ngọc Trà'), rowOf(s, 'Thôn Ngọc Hà') + rowOf(s, 'Thôn Ngọc Trà')));
    expect(printed(changes)).toEqual([expect.objectContaining({ area: 'appendix', kind: 'moved', label: 'Phụ lục (chi-tieu-thon): dòng «Thôn Ngọc Hà»', before: 'thứ 3', after: 'thứ 1' })]);
  });

  it('reordered sections: the numbering changes, reported as a move', async () => {
    const changes = await diffOf((s) => {
      const [head, i, ii, iii, iv] = s.split(/(?=^ {2}- title: (?:Mục đích, yêu cầu|Mục tiêu|Nhiệm vụ và giải pháp|Tổ chức thực hiện)$)/m);
      return [head, ii!.trimEnd() + '\n\n', i, iii, iv].join('');
    });
    expect(printed(changes)).toEqual([expect.objectContaining({ area: 'section', kind: 'moved', label: 'I. Mục tiêu', before: 'II.', after: 'I.', note: 'đổi thứ tự' })]);
  });

  it('reordered legal bases', async () => {
    const changes = await diffOf((s) => {
      const items = /( {4}- kind: Chỉ thị\n(?: {6}.*\n)+)( {4}- kind: Quyết định\n(?: {6}.*\n)+)/.exec(s)!;
      return s.replace(items[0], items[2]! + items[1]!);
    });
    expect(printed(changes)).toEqual([expect.objectContaining({ area: 'legal-basis', kind: 'moved', before: 'thứ 2', after: 'thứ 1' })]);
  });

  it.each([
    ['a column header', replace('header: Dân số (người)', 'header: Dân số trung bình (người)'), { area: 'appendix', label: 'Phụ lục (chi-tieu-thon): tiêu đề cột', before: 'Dân số (người)', after: 'Dân số trung bình (người)' }],
    ['the appendix title', replace('title: Giao chỉ tiêu tham gia', 'title: Phân bổ chỉ tiêu tham gia'), { area: 'appendix', label: 'Phụ lục (chi-tieu-thon): tên phụ lục' }],
    ['the total label', replace('label: Toàn xã', 'label: Cộng toàn xã'), { area: 'appendix', label: 'Phụ lục (chi-tieu-thon): nhãn dòng tổng', before: 'Toàn xã', after: 'Cộng toàn xã' }],
    ['KT. → Q. in the signature', replace('authority: KT.', 'authority: Q.'), { area: 'signature', label: 'Người ký', before: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn An', after: 'Q. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn An' }],
    ['the "Lưu" list', replace('archive: [ VT, VHXH ]', 'archive: [ VT ]'), { area: 'recipient', label: 'Nơi nhận', before: '- Lưu: VT, VHXH.', after: '- Lưu: VT.' }],
    ["the issuer's symbol", replace('symbol: UBND', 'symbol: UBND-VX'), { area: 'field', label: 'Số, ký hiệu', before: '/KH-UBND', after: '/KH-UBND-VX' }],
    ["the issuer's parent", replace('parent: null', 'parent: UBND huyện Quảng Xương'), { area: 'field', label: 'Cơ quan ban hành', after: 'UBND HUYỆN QUẢNG XƯƠNG / ỦY BAN NHÂN DÂN / XÃ QUẢNG NGỌC' }],
    ['the legal bases’ verb', replace('  verb: Căn cứ', '  verb: Thực hiện'), { area: 'legal-basis', label: 'Căn cứ', after: expect.stringMatching(/^Thực hiện Chỉ thị số 52-CT\/TW/) }],
    ['the legal bases’ date style', replace('dateStyle: short', 'dateStyle: long'), { area: 'legal-basis', after: expect.stringContaining('ngày 03 tháng 10 năm 2025') }],
    ['a target’s decimals', replace('    value: 95.5\n', '    value: 95.5\n    decimals: 2\n'), { area: 'goal', label: 'Tỷ lệ dân số tham gia bảo hiểm y tế năm 2026 {bao-phu}', before: 95.5, after: 95.5, decimals: 2 }],
  ])('%s', async (_, edit, expected) => {
    expect(printed(await diffOf(edit))).toContainEqual(expect.objectContaining({ kind: 'changed', ...expected }));
  });

  it("the issuer's short name: where it is printed (the appendix's \"Kèm theo\" line, the file's properties)", async () => {
    const changes = printed(await diffOf(replace('shortName: Ủy ban nhân dân xã Quảng Ngọc', 'shortName: UBND xã Quảng Ngọc')));
    expect(changes.map((c) => c.label)).toEqual(['Tên cơ quan trong câu văn và thuộc tính tệp', 'Phụ lục (chi-tieu-thon): dòng "Kèm theo"']);
  });

  it('an added and a removed column', async () => {
    const changes = printed(
      await diffOf(replace('      - { key: van-dong', '      - { key: ty-le, header: Tỷ lệ có thẻ (%), type: percent, formula: co-the / dan-so * 100 }\n      - { key: van-dong')),
    );
    expect(changes).toContainEqual(expect.objectContaining({ area: 'appendix', kind: 'added', label: 'Phụ lục (chi-tieu-thon): cột', where: expect.objectContaining({ column: 'ty-le' }), after: 'Tỷ lệ có thẻ (%)' }));
    expect(changes).toContainEqual(expect.objectContaining({ label: 'Phụ lục (chi-tieu-thon): khổ giấy', before: 'dọc', after: 'ngang' })); // seven columns
    const removed = printed(await diffOf(replace(/^ {6}- \{ key: van-dong.*\n/m, '')));
    expect(removed[0]).toMatchObject({ area: 'appendix', kind: 'removed', label: 'Phụ lục (chi-tieu-thon): cột', before: 'Số người cần vận động thêm' });
  });
});

describe('17-diff-plan: structure-aware', () => {
  it('a changed formula shows the formula, and the figures it changes say why', async () => {
    const changes = printed(await diffOf(replace('formula: ceil(dan-so * bao-phu / 100)', 'formula: "round(dan-so * bao-phu / 100, 0)"')));
    expect(changes[changes.length - 1]).toMatchObject({ area: 'appendix', label: 'Phụ lục (chi-tieu-thon): công thức cột «chỉ tiêu số người tham gia BHYT năm 2026»', before: 'ceil(dan-so * bao-phu / 100)', after: 'round(dan-so * bao-phu / 100, 0)' });
    const rows = changes.filter((c) => c.area === 'row' && c.where.column === 'chi-tieu' && c.where.row !== 'Toàn xã');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((c) => c.note === 'do công thức thay đổi' && c.delta === -1)).toBe(true);
  });

  it('a renamed village is one rename with its figures unchanged', async () => {
    const changes = printed(await diffOf(replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà Đông, 1023, 958 ]')));
    expect(changes).toEqual([expect.objectContaining({ area: 'row', kind: 'changed', label: 'tên dòng (số liệu giữ nguyên)', before: 'Thôn Ngọc Trà', after: 'Thôn Ngọc Trà Đông' })]);
  });

  it('an inserted or deleted row comes with its figures, and the totals follow', async () => {
    const added = printed(await diffOf(replace('      - [ Thôn Cẩm Tú, 1761, 1662 ]\n', '      - [ Thôn Cẩm Tú, 1761, 1662 ]\n      - [ Thôn Mới, 100, 90 ]\n')));
    expect(added[0]).toMatchObject({ area: 'row', kind: 'added', label: 'dòng «Thôn Mới»', after: 'dân số: 100; số người có thẻ BHYT đến 31/12/2025: 90; chỉ tiêu số người tham gia BHYT năm 2026: 96; số người cần vận động thêm: 6' });
    expect(added).toContainEqual(expect.objectContaining({ label: 'Toàn xã — dân số', before: 40519, after: 40619, delta: 100 }));
    const removed = printed(await diffOf(replace('      - [ Thôn Cẩm Tú, 1761, 1662 ]\n', '')));
    expect(removed[0]).toMatchObject({ kind: 'removed', label: 'dòng «Thôn Cẩm Tú»', before: expect.stringContaining('dân số: 1.761; số người có thẻ BHYT đến 31/12/2025: 1.662') });
  });

  it('the totals row: a village’s population changes "Toàn xã" and what follows from it', async () => {
    const changes = printed(await diffOf(replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà, 1123, 958 ]')));
    expect(changes).toContainEqual(expect.objectContaining({ area: 'row', label: 'Thôn Ngọc Trà — dân số', before: 1023, after: 1123, delta: 100 }));
    expect(changes).toContainEqual(expect.objectContaining({ area: 'row', label: 'Toàn xã — dân số', where: expect.objectContaining({ row: 'Toàn xã', column: 'dan-so' }), before: 40519, after: 40619, delta: 100 }));
    expect(changes).toContainEqual(expect.objectContaining({ area: 'row', label: 'Toàn xã — chỉ tiêu số người tham gia BHYT năm 2026', delta: 96 }));
  });

  it('a total rate that falls below its goal is said, with the warning check gives', async () => {
    const file = 'plans/examples/002-trieu-son-2024.yaml';
    const changes = await diffOf(replace(/bao-phu:\n( {4}label: .*\n) {4}value: [\d.]+/, 'bao-phu:\n$1    value: 99.9'), file);
    expect(changes).toContainEqual(expect.objectContaining({ area: 'note', printed: false, label: expect.stringContaining('so với chỉ tiêu {bao-phu} = 99,9%'), after: expect.stringContaining('chưa đạt') }));
    expect(changes).toContainEqual(expect.objectContaining({ area: 'note', kind: 'added', label: 'Cảnh báo mới', after: expect.stringContaining("thấp hơn chỉ tiêu {bao-phu}") }));
  });

  it('a moved section is a move, and an edit inside it is still shown', async () => {
    const changes = printed(
      await diffOf((s) => {
        const block = /^ {10}- title: Học sinh, sinh viên\n(?: {12}.*\n)+/m.exec(s)![0];
        const moved = block.replace('ngay từ đầu năm học', 'ngay từ tháng 9').replace(/^ {4}/gm, '');
        return s.replace(block, '').replace('      - title: Nâng cao chất lượng khám', `${moved}      - title: Nâng cao chất lượng khám`);
      }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ area: 'section', kind: 'moved', label: 'III. Nhiệm vụ và giải pháp › 4. Học sinh, sinh viên', before: 'III. Nhiệm vụ và giải pháp › 3. Phát triển đối tượng tham gia bảo hiểm y tế › 3.2. Học sinh, sinh viên' }));
    expect(changes).toContainEqual(expect.objectContaining({ area: 'text', kind: 'changed', label: 'III. Nhiệm vụ và giải pháp › 4. Học sinh, sinh viên', after: expect.stringContaining('ngay từ tháng 9') }));
  });

  it('a paragraph inserted before an edited one: the edited one is paired with its old self', async () => {
    const changes = printed(
      await diffOf(replace('          - Tổ chức tốt khám, chữa bệnh bảo hiểm y tế; phối hợp', '          - Bố trí cán bộ trực tại Trạm Y tế xã.\n          - Tổ chức thật tốt khám, chữa bệnh bảo hiểm y tế; phối hợp')),
    );
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'added', after: 'Bố trí cán bộ trực tại Trạm Y tế xã.' }),
      expect.objectContaining({ kind: 'changed', before: expect.stringMatching(/^Tổ chức tốt/), after: expect.stringMatching(/^Tổ chức thật tốt/) }),
    ]);
  });

  it('two rows with the same name are told apart', async () => {
    const twice = (s: string) => s.replace('      - [ Thôn Cẩm Tú, 1761, 1662 ]\n', '      - [ Thôn Cẩm Tú, 1761, 1662 ]\n      - [ Thôn Cẩm Tú, 500, 450 ]\n');
    const file = join(mkdtempSync(join(tmpdir(), 'kh-diff-')), 'p.yaml');
    writeFileSync(file, twice(ORIGINAL));
    const changes = printed(await diffOf(replace('[ Thôn Cẩm Tú, 500, 450 ]', '[ Thôn Cẩm Tú, 500, 460 ]'), file));
    expect(changes).toContainEqual(expect.objectContaining({ label: 'Thôn Cẩm Tú — số người có thẻ BHYT đến 31/12/2025', where: expect.objectContaining({ row: 'Thôn Cẩm Tú (2)' }), before: 450, after: 460 }));
    expect(changes.filter((c) => c.where.row === 'Thôn Cẩm Tú')).toEqual([]);
  });
});

describe('17-diff-plan: outputs', () => {
  const changes: Change[] = [
    { area: 'text', kind: 'changed', printed: true, label: 'I. Mục đích', where: { part: 'body', section: 'I.', appendix: null, table: null, row: null, column: null, target: null }, before: 'đạt **95,5%** trở lên', after: 'đạt **96%** trở lên', delta: null, decimals: null, note: null, context: null },
    { area: 'row', kind: 'changed', printed: true, label: 'Thôn A — tỷ lệ', where: { part: 'appendix', section: null, appendix: 'a', table: 'appendices[0]', row: 'Thôn A', column: 'ty-le', target: null }, before: 95.12, after: 92.7, delta: -2.42, decimals: 2, note: null, context: 'Phụ lục (a)' },
  ];

  it('a summary first, in office words', () => {
    expect(formatDiff(changes, 'text').split('\n')[0]).toBe('2 thay đổi: 1 văn bản, 1 số liệu.');
  });

  it('Markdown survives plan text with **bold**, brackets and pipes', () => {
    const md = formatDiff(changes, 'md');
    expect(md).toContain('- `~` I. Mục đích: ~~đạt \\*\\*95,5%\\*\\* trở lên~~ → đạt \\*\\*96%\\*\\* trở lên');
    expect(md).toContain('- `~` Thôn A — tỷ lệ: ~~95,12~~ → 92,70 (−2,42)');
  });

  it('JSON has stable keys and numbers as numbers', () => {
    const json = JSON.parse(formatDiff(changes, 'json'));
    expect(json.summary).toMatchObject({ printed: 2, notes: 0, byArea: expect.objectContaining({ text: 1, row: 1 }) });
    expect(json.changes[1]).toEqual({ area: 'row', kind: 'changed', printed: true, label: 'Thôn A — tỷ lệ', where: { part: 'appendix', section: null, appendix: 'a', table: 'appendices[0]', row: 'Thôn A', column: 'ty-le', target: null }, before: 95.12, after: 92.7, delta: -2.42, decimals: 2, note: null, context: 'Phụ lục (a)' });
  });

  it('deltas are rounded to the printed digits', async () => {
    const cs = printed(await diffOf(replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà, 1023, 959 ]'), PLAN));
    expect(cs.every((c) => c.delta === null || Number.isInteger(c.delta * 100))).toBe(true);
  });

  it('--exit-code as git diff: 0 the same, 1 different, 2 trouble; NO_COLOR is honoured', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-diff-'));
    const other = join(dir, 'p.yaml');
    writeFileSync(other, ORIGINAL.replace('name: Nguyễn Văn An', 'name: Nguyễn Văn Bình'));
    expect(runCommand('diff-plan', [PLAN, PLAN, '--exit-code']).status).toBe(0);
    expect(runCommand('diff-plan', [PLAN, other]).status).toBe(0);
    const r = runCommand('diff-plan', [PLAN, other, '--exit-code']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('1 thay đổi: 1 người ký.\n\nNgười ký (1)\n\n  ~ Người ký: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn An → KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn Bình\n');
    expect(runCommand('diff-plan', [PLAN, join(dir, 'missing.yaml'), '--exit-code']).status).toBe(2);
    expect(runCommand('diff-plan', [PLAN, other, '--color=always']).stdout).toContain('\u001b[');
    expect(runCommand('diff-plan', [PLAN, other]).stdout).not.toContain('\u001b[');
  });

  it('colour: on a terminal unless NO_COLOR is set; --color always|never decides', () => {
    expect(wantColour(undefined, true, {})).toBe(true);
    expect(wantColour(undefined, true, { NO_COLOR: '1' })).toBe(false);
    expect(wantColour(undefined, true, { NO_COLOR: '' })).toBe(true);
    expect(wantColour(undefined, false, {})).toBe(false);
    expect(wantColour('always', false, { NO_COLOR: '1' })).toBe(true);
    expect(wantColour('never', true, {})).toBe(false);
  });
});
