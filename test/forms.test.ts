// Forms a plan can take that the shipped plans do not all use: combined legal bases, every
// signature authority, four heading levels, blank and partial dates.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump } from '../src/model/dump.js';
import { buildDocument } from '../src/pipeline.js';

const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');
async function dumpOf(edit: (s: string) => string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'kh-forms-')), 'p.yaml');
  writeFileSync(file, edit(MINIMAL));
  return dump((await buildDocument(file)).document);
}

describe('plan forms', () => {
  it('writes combined legal bases as one "Thực hiện …; …." paragraph', async () => {
    const d = await dumpOf((s) =>
      s.replace('intro:', 'legalBases:\n  verb: Thực hiện\n  layout: combined\n  items:\n    - { kind: Quyết định, number: 08/QĐ-UBND, date: 2024-01-04, issuer: UBND huyện }\n    - { kind: Nghị quyết, number: 46/NQ-ĐU, date: 2023-12-29, dateStyle: long }\nintro:'),
    );
    expect(d).toContain('Para Intro "Thực hiện Quyết định số 08/QĐ-UBND ngày 04/01/2024 của UBND huyện; Nghị quyết số 46/NQ-ĐU ngày 29 tháng 12 năm 2023."');
  });

  it.each([
    ['onBehalfOf: Ủy ban nhân dân\n  title: Chủ tịch', ['SignAuthority "TM. ỦY BAN NHÂN DÂN"', 'SignTitle "CHỦ TỊCH"']],
    ['authority: Q.\n  authorityTitle: Chủ tịch', ['SignTitle "Q. CHỦ TỊCH"']],
    ['authority: TL.\n  authorityTitle: Chủ tịch\n  title: Chánh Văn phòng', ['SignTitle "TL. CHỦ TỊCH"', 'SignTitle "CHÁNH VĂN PHÒNG"']],
    ['authority: TUQ.\n  authorityTitle: Chủ tịch\n  title: Trưởng phòng Văn hóa - Xã hội', ['SignTitle "TUQ. CHỦ TỊCH"', 'SignTitle "TRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI"']],
  ])('prints the signature %#', async (signature, lines) => {
    const d = await dumpOf((s) => s.replace('onBehalfOf: Ủy ban nhân dân\n  title: Chủ tịch', signature));
    for (const l of lines) expect(d).toContain(`Para ${l}`);
    expect(d).toContain('Para SignerName "Nguyễn Văn A"');
  });

  it('numbers four levels of sections and nests items', async () => {
    const d = await dumpOf((s) =>
      s.replace('  - title: Mục đích\n    body:\n      - Một đoạn văn.', '  - title: Mục đích\n    sections:\n      - title: Cấp hai\n        sections:\n          - title: Cấp ba\n            sections:\n              - title: Cấp bốn\n                body:\n                  - item: Ý\n                    items: [ Ý con ]'),
    );
    expect(d).toContain('Heading 1 "I." "MỤC ĐÍCH"');
    expect(d).toContain('Heading 2 "1." "Cấp hai"');
    expect(d).toContain('Heading 3 "1.1." "Cấp ba"');
    expect(d).toContain('Heading 4 "a)" "Cấp bốn"');
    expect(d).toContain('Item "+" "Ý con"');
  });

  it('leaves a blank day, or day and month, for the văn thư', async () => {
    const blank = '\u2007'.repeat(4);
    expect(await dumpOf((s) => s.replace('date: 2026-02-05', 'date: 2026-12'))).toContain(`Para PlaceDate "Thử Nghiệm, ngày ${blank} tháng 12 năm 2026"`);
    expect(await dumpOf((s) => s.replace('date: 2026-02-05', 'date: 2026'))).toContain(`Para PlaceDate "Thử Nghiệm, ngày ${blank} tháng ${blank} năm 2026"`);
    expect(await dumpOf((s) => s)).toContain('Para PlaceDate "Thử Nghiệm, ngày 05 tháng 02 năm 2026"');
    expect(await dumpOf((s) => s)).toContain('Para Number "Số: 05/KH-UBND"');
  });
});
