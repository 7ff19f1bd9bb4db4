// Regression tests 14-data-files: a long appendix table (a district's 60 communes) imports to a
// CSV file beside the plan, read back by `source: { file }`: the imported plan builds to the
// same words, its CSV holds the figures as typed (one row that does not add up is kept and
// reported by check at its line of the CSV), and short tables stay in the YAML.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../src/docx/write-docx.js';
import { buildDocument } from '../src/pipeline.js';
import { importPlan } from '../src/reader/import-plan.js';
import { runCommand } from './helpers/cli.js';
import { buildYaml, wordsOf } from './helpers/import.js';
import { docxTokens } from './helpers/seed-text.js';

const communes = Array.from({ length: 60 }, (_, i) => {
  const population = 1200 + i * 37;
  const insured = population - 40 - (i % 7);
  // row 12 types its uninsured 5 too many: population ≠ insured + uninsured
  const uninsured = population - insured + (i === 11 ? 5 : 0);
  return `      - [ "Xã Số ${i + 1}, cụm ${(i % 3) + 1}", ${population}, ${insured}, ${uninsured} ]`;
});

const PLAN = `issuer:
  name: Ủy ban nhân dân huyện Thử Nghiệm
  shortName: Ủy ban nhân dân huyện Thử Nghiệm
  symbol: UBND
number: 12
place: Thử Nghiệm
date: 2026-02-05
title: Giao chỉ tiêu bảo hiểm y tế năm 2026
intro: Ủy ban nhân dân huyện xây dựng Kế hoạch như sau.
sections:
  - title: Mục tiêu
    body:
      - Giao chỉ tiêu cho các xã theo {chi-tieu}.
closing: Trên đây là Kế hoạch.
signature:
  onBehalfOf: Ủy ban nhân dân
  title: Chủ tịch
  name: Nguyễn Văn A
recipients:
  to: [ Các xã ]
appendices:
  - id: chi-tieu
    title: Chỉ tiêu bảo hiểm y tế các xã năm 2026
    columns:
      - { key: xa, header: Xã, type: text }
      - { key: dan-so, header: Dân số, type: integer }
      - { key: tham-gia, header: Số người tham gia, type: integer }
      - { key: chua, header: Chưa tham gia, type: integer }
      - { key: ty-le, header: Tỷ lệ (%), type: percent, formula: tham-gia / dan-so * 100 }
    rows:
${communes.join('\n')}
    total: { label: Toàn huyện }
`;

describe('14-data-files: a long appendix goes to a CSV beside the plan', () => {
  it('imports to a plan reading a CSV, which builds to the same words; the row that does not add up is reported at its CSV line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-import-csv-'));
    writeFileSync(join(dir, 'original.yaml'), PLAN);
    const bytes = await writeDocx((await buildDocument(join(dir, 'original.yaml'))).document);
    writeFileSync(join(dir, 'KH 2026.docx'), bytes);
    const r = runCommand('import-plan', [join(dir, 'KH 2026.docx')]);
    expect(r.status).toBe(0);
    const csvPath = join(dir, 'KH 2026.phu-luc.csv');
    expect(r.stdout).toContain(`wrote ${csvPath} (the figures of an appendix)`);
    const yaml = readFileSync(join(dir, 'KH 2026.yaml'), 'utf8');
    expect(yaml).toContain('    source: { file: KH 2026.phu-luc.csv }\n');
    expect(yaml).not.toContain('Xã Số 1,');
    expect(yaml).toMatch(/# - \[Tables\] Table "Chỉ tiêu bảo hiểm y tế các xã năm 2026" has 60 rows: its figures are written to the file "KH 2026\.phu-luc\.csv"/);
    const csv = readFileSync(csvPath, 'utf8').split('\n');
    expect(csv.slice(0, 3)).toEqual(['"Xã","Dân số","Số người tham gia","Chưa tham gia"', '"Xã Số 1, cụm 1",1200,1160,40', '"Xã Số 2, cụm 2",1237,1196,41']);
    expect(csv).toHaveLength(62);
    // check reads the CSV: the one row typed wrong, at its line (header is line 1)
    expect(r.stderr).toMatch(new RegExp(`${csvPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:13:\\d+: warning: .*chua-tham-gia.* 49 .* 44`));
    // the plan reading its CSV prints what the same import with the rows in the YAML prints, and
    // that is the Word file's words but for the typed figure that did not add up (printed as computed)
    const fromCsv = docxTokens(await writeDocx((await buildDocument(join(dir, 'KH 2026.yaml'))).document), true);
    const inline = importPlan(bytes, { source: 'KH 2026.docx', schemaPath: null });
    expect(inline.yaml).toContain('rows:');
    expect(fromCsv).toEqual(await wordsOf(await buildYaml(inline.yaml)));
    const differ = docxTokens(bytes, true).flatMap((w, i) => (w === fromCsv[i] ? [] : [[w, fromCsv[i]]]));
    expect(differ).toEqual([['49', '44'], ['2.579', '2.574']]);
    // a second import does not overwrite the CSV without --force
    rmSync(join(dir, 'KH 2026.yaml'));
    const second = runCommand('import-plan', [join(dir, 'KH 2026.docx')]);
    expect([second.status, second.stderr.trim()]).toEqual([2, `import-plan: ${csvPath} exists; choose another name with --out, or add --force to overwrite it`]);
    expect(existsSync(join(dir, 'KH 2026.yaml'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a short table stays in the YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-import-csv-'));
    const r = runCommand('import-plan', ['test/fixtures/import/seed-003.docx', '--out', join(dir, 'seed.yaml')]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'seed.yaml'), 'utf8')).toContain('rows:');
    expect(existsSync(join(dir, 'seed.phu-luc.csv'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
