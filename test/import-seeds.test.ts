// Regression tests 14-seeds: the three real plans of ../shared/seeds/, laid out in Word as their
// originals (test/fixtures/import/src/seed-*.html, made into .docx by LibreOffice), import to
// plans that pass check and build to at least 97 % of the seed's words in order. Seed 003's six
// 2019 rows where insured + uninsured ≠ population (and its 2019 total) are reported by check
// and listed in the review list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../src/diag/index.js';
import { buildYaml, importFile, noteTexts, similarity, wordsOf } from './helpers/import.js';
import { seedTokens } from './helpers/seed-text.js';

const SEEDS = [
  { docx: 'seed-000', seed: '000_65548cc86cc43599.txt' },
  { docx: 'seed-002', seed: '002_75e6fe68c4f792c4.txt' },
  { docx: 'seed-003', seed: '003_2571ff96c225effc.txt' },
];

describe.each(SEEDS)('14-seeds: $docx', ({ docx, seed }) => {
  it('imports to a plan that passes check and builds to ≥ 97 % of the seed’s words in order', async () => {
    const imported = importFile(`test/fixtures/import/${docx}.docx`);
    const built = await buildYaml(imported.yaml, `${docx}.yaml`);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const words = seedTokens(readFileSync(`test/fixtures/seeds/${seed}`, 'utf8'), false);
    expect(similarity(words, await wordsOf(built, false))).toBeGreaterThanOrEqual(0.97);
  });
});

describe('14-seeds: what the importer reads in them', () => {
  it('seed 000: the blank number and day, two title lines, three legal bases split, the typo 20230 corrected and listed', async () => {
    const { plan, notes } = importFile('test/fixtures/import/seed-000.docx');
    expect(plan).toMatchObject({ number: null, date: 2025, place: 'Quảng Ngọc', title: ['Về việc thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới', 'trên địa bàn xã Quảng Ngọc'] });
    expect(plan.issuer).toMatchObject({ name: ['Ủy ban nhân dân', 'xã Quảng Ngọc'], symbol: 'UBND' });
    expect(plan.legalBases?.items).toMatchObject([
      { kind: 'Quyết định', number: '546/QĐ-TTg', date: '2022-04-29', issuer: 'Thủ tướng Chính phủ' },
      { kind: 'Chỉ thị', number: '52/CT-TW', date: '2025-10-03' },
      { kind: 'Công văn', number: '18509/UBND-VHXH', date: '2025-10-24', issuer: 'UBND tỉnh Thanh Hóa', dateStyle: 'short' },
    ]);
    expect(plan.signature).toEqual({ authority: 'KT.', authorityTitle: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Lê Văn Trường' });
    expect(plan.recipients.archive).toEqual(['VT', 'VHXXH']);
    expect(JSON.stringify(plan.sections)).not.toContain('20230');
    expect(noteTexts(notes)).toEqual(expect.arrayContaining([expect.stringMatching(/"năm 20230".*"năm 2030"/), expect.stringMatching(/Chỉ thị 52\/CT-TW.*thiếu chữ "số"/)]));
  });

  it('seed 002: the parent body, the appendix table with its rate computed and the town’s total checked', async () => {
    const { plan, notes } = importFile('test/fixtures/import/seed-002.docx');
    expect(plan.issuer).toMatchObject({ parent: 'UBND huyện Triệu Sơn', name: ['Ủy ban nhân dân', 'thị trấn Triệu Sơn'], shortName: 'UBND thị trấn Triệu Sơn' });
    const appendix = plan.appendices![0]!;
    expect(appendix.columns).toMatchObject([
      { type: 'text', header: 'Đơn vị' },
      { type: 'integer' },
      { type: 'integer' },
      { type: 'percent', formula: expect.stringMatching(/ \/ .* \* 100$/) },
    ]);
    expect(appendix.columns![3]).not.toHaveProperty('given');
    expect(appendix.rows).toHaveLength(14);
    expect(appendix.total).toEqual({ label: 'Toàn thị trấn' });
    expect(noteTexts(notes)).toEqual(expect.arrayContaining([expect.stringMatching(/"PHỤ LỤC" chữ hoa/)]));
  });

  it('seed 003: the yearly groups as one group with each, and the six 2019 rows that do not add up', async () => {
    const { plan, notes, yaml } = importFile('test/fixtures/import/seed-003.docx');
    const table = plan.appendices![0]!;
    expect(table.columns![1]).toMatchObject({ group: 'Đến hết năm {each}', each: [2018, 2019, 2020] });
    const built = await buildYaml(yaml);
    const rows = built.diagnostics.filter((d) => d.code === 'given_mismatch').map((d) => messageOf(d, 'en'));
    expect(rows.filter((m) => /2019/.test(m))).toHaveLength(7);
    expect(rows.join('\n')).toMatch(/Phường Phan Thiết.*typed as 45 but computes to 50/);
    const arithmetic = noteTexts(notes.filter((n) => n.topic === 'arithmetic'));
    expect(arithmetic.filter((t) => /năm 2019/.test(t))).toHaveLength(7);
    expect(arithmetic.join('\n')).toMatch(/Xã Đội Cấn.*ghi 68, tính được 46/);
    expect(noteTexts(notes)).toEqual(expect.arrayContaining([expect.stringMatching(/Kèm theo Kế hoạch số 31.*số 131/), expect.stringMatching(/ghi hai lần/)]));
    expect(plan.signature).toEqual({ onBehalfOf: 'Ủy ban nhân dân', authority: 'KT.', authorityTitle: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Xuân Hùng' });
  });
});
