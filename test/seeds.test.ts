// Each plan in plans/examples/ reproduces a real plan whose text is in
// test/fixtures/seeds/. The generated DOCX's words, and its paragraph breaks where the seed
// keeps them, must equal the seed's — except for the differences listed here, each one a typo,
// an arithmetic or extraction error of the seed, or a rule of ND30 that the seed does not follow.
import { readFileSync } from 'node:fs';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/pipeline.js';
import { renderDocx } from './helpers/docx.js';
import { docxTokens, seedTokens } from './helpers/seed-text.js';

interface Known {
  /** The seed's words just before the difference (to tell repeated differences apart). */
  after: string;
  seed: string;
  ours: string;
  why: string;
}

const HEADER_NOT_IN_SEED = 'the seed text lacks the header block (issuer, quốc hiệu, tiêu ngữ), which was not extracted';

const CASES: { seed: string; plan: string; paragraphs: boolean; known: Known[] }[] = [
  {
    seed: '000_65548cc86cc43599.txt',
    plan: 'plans/examples/000-quang-ngoc-2025.yaml',
    paragraphs: true,
    known: [
      { after: '', seed: '', ours: 'ỦY BAN NHÂN DÂN XÃ QUẢNG NGỌC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc ¶', why: HEADER_NOT_IN_SEED },
      { after: 'Số KH-UBND', seed: '¶', ours: '', why: 'our header block puts "Số:" and the place and date on one row' },
      { after: 'Thực hiện Chỉ thị', seed: '52/CT-TW', ours: 'số 52-CT/TW', why: 'seed typo in the symbol (Chỉ thị 52-CT/TW of the Ban Bí thư); legal bases always say "số"' },
      { after: 'tháng 10 năm 2025', seed: '', ours: 'của Ban Bí thư', why: 'a legal basis names its issuer; the seed omits it' },
      { after: 'toàn dân vào năm', seed: '20230', ours: '2030', why: 'seed typo: the year 2030 typed as "20230"' },
      { after: 'tư liên tịch số', seed: '05/2015/TTLT BTP-BCA-BYT', ours: '05/2015/TTLT-BTP-BCA-BYT', why: 'seed typo: a space inside the symbol' },
      { after: 'hài lòng của người', seed: '¶', ours: '', why: 'the seed text breaks this paragraph at a page break' },
      { after: 'có', seed: 'thể', ours: 'thẻ', why: 'seed typo: "có thể bảo hiểm y tế" for "có thẻ"' },
      { after: 'trên địa bàn có', seed: 'thể', ours: 'thẻ', why: 'seed typo: "có thể" for "có thẻ"' },
      { after: 'thẻ bảo hiểm và', seed: 'đơn', ours: 'đôn', why: 'seed typo: "đơn đốc" for "đôn đốc"' },
      { after: 'để công dân tham', seed: '', ours: 'gia', why: 'seed typo: "tham" for "tham gia"' },
      { after: 'BHXH cơ sở Lưu', seed: 'vệ', ours: 'Vệ', why: 'seed typo: the place name Lưu Vệ in lower case' },
      { after: '¶ Các thành viên', seed: 'BCD', ours: 'BCĐ', why: 'seed typo: BCD for BCĐ (Ban Chỉ đạo)' },
      { after: 't/h ¶ Lưu VT', seed: 'VHXXH', ours: 'VHXH', why: 'seed typo in the drafting unit VHXH' },
    ],
  },
  {
    seed: '002_75e6fe68c4f792c4.txt',
    plan: 'plans/examples/002-trieu-son-2024.yaml',
    paragraphs: false, // the seed is hard-wrapped PDF text: its paragraph breaks are lost
    known: [
      { after: '', seed: '', ours: 'UBND HUYỆN TRIỆU SƠN ỦY BAN NHÂN DÂN THỊ TRẤN TRIỆU SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Số KH-UBND', why: HEADER_NOT_IN_SEED },
      { after: '95,5 III GIẢI PHÁP', seed: '1.Tăng', ours: '1 Tăng', why: 'seed typo: no space after the heading number "1."' },
      { after: 'nhân dân các ban', seed: 'gành', ours: 'ngành', why: 'seed typo: "ban gành" for "ban ngành"' },
      { after: 'THỰC HIỆN 1 Công', seed: 'Chức', ours: 'chức', why: 'seed typo: "Công Chức" capitalised in one heading only' },
      { after: 'các tổ dân phố', seed: 'phố', ours: '', why: 'seed typo: "phố" doubled' },
      { after: 'TỊCH Phạm Viết Thư', seed: 'PHỤ LỤC', ours: 'Phụ lục', why: 'ND30: the appendix label is "Phụ lục" in normal case, bold' },
      { after: 'số KH-UBND ngày tháng', seed: '3', ours: '', why: 'the seed gives its appendix a month (3) that its own date line leaves blank; ours repeats the plan date' },
      { after: 'BHYT năm 2024 1', seed: 'ổ', ours: 'Tổ', why: 'seed typo: "ổ dân phố" for "Tổ dân phố"' },
    ],
  },
  {
    seed: '003_2571ff96c225effc.txt',
    plan: 'plans/examples/003-tuyen-quang-2018.yaml',
    paragraphs: true,
    known: [
      { after: '', seed: 'Số 131 KH-UBND', ours: 'ỦY BAN NHÂN DÂN THÀNH PHỐ TUYÊN QUANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc', why: HEADER_NOT_IN_SEED },
      { after: '¶', seed: '', ours: 'Số 131/KH-UBND', why: 'the seed writes "131 /KH-UBND" with a space; the symbol has none' },
      { after: 'TP Tuyên Quang ngày', seed: '8', ours: '08', why: 'ND30: days below 10 take a leading zero' },
      { after: '2020 ¶ Nơi nhận', seed: 'SLP', ours: '', why: 'extraction artifact beside "Nơi nhận" in the seed' },
      { after: 'Nguyễn Xuân Hùng ¶', seed: 'Nguyễn Xuân Hùng', ours: 'Phụ lục', why: 'the seed repeats the signer (image caption); ND30 labels the appendix "Phụ lục"' },
      { after: 'VỚI CÁC XÃ PHƯỜNG', seed: '¶ PHÂN ĐẦU', ours: 'PHẤN ĐẤU', why: 'seed typo "PHÂN ĐẦU" for "PHẤN ĐẤU"; its title is broken by hand' },
      { after: 'theo Kế hoạch số', seed: '31 KH-UBND', ours: '131/KH-UBND', why: 'the seed appendix cites plan "số 31"; the plan is số 131 (our line is generated from the plan)' },
      { after: 'ngày', seed: '8 11/2018', ours: '08 tháng 11 năm 2018', why: 'ND30 date form with leading zero' },
      // Non-participants are derived (population - participants): six 2019 rows of the seed do
      // not add up, nor does its 2019 total (test/compute.test.ts shows the check catching them).
      { after: '125 10.125 98,8 10.250', seed: '45', ours: '50', why: 'seed arithmetic: 10.300 - 10.250 = 50' },
      { after: '124 10.514 98,8 11.390', seed: '58', ours: '50', why: 'seed arithmetic: 11.440 - 11.390 = 50' },
      { after: '237 7.738 96,9 7.989', seed: '59', ours: '49', why: 'seed arithmetic: 8.038 - 7.989 = 49' },
      { after: '39 4.069 99,0 4.260', seed: '31', ours: '36', why: 'seed arithmetic: 4.296 - 4.260 = 36' },
      { after: '66 3.319 98,0 3.480', seed: '31', ours: '20', why: 'seed arithmetic: 3.500 - 3.480 = 20' },
      { after: '262 7.562 96,5 7.680', seed: '68', ours: '46', why: 'seed arithmetic: 7.726 - 7.680 = 46' },
      { after: '2.043 104.276 98,0 107.511', seed: '540', ours: '499', why: 'seed arithmetic: the 2019 total of non-participants is 108.010 - 107.511 = 499' },
    ],
  },
];

function hunks(a: string[], b: string[]): Omit<Known, 'why'>[] {
  const parts = diffArrays(a, b);
  const out: Omit<Known, 'why'>[] = [];
  let before: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) {
      before = p.value.slice(-4);
      continue;
    }
    const next = parts[i + 1];
    const seed = p.removed ? p.value.join(' ') : '';
    const ours = p.added ? p.value.join(' ') : next?.added ? (i++, next.value.join(' ')) : '';
    out.push({ after: before.join(' '), seed, ours });
  }
  return out;
}

describe.each(CASES)('$plan reproduces seed $seed', ({ seed, plan, paragraphs, known }) => {
  it('differs from the seed only where the seed is wrong or ND30 says otherwise', async () => {
    const expected = seedTokens(readFileSync(`test/fixtures/seeds/${seed}`, 'utf8'), paragraphs);
    const actual = docxTokens(await renderDocx((await buildDocument(plan)).document), paragraphs);
    expect(hunks(expected, actual)).toEqual(known.map(({ why: _why, ...k }) => k));
    const same = actual.length - known.reduce((n, k) => n + (k.ours ? k.ours.split(' ').length : 0), 0);
    expect(same / expected.length).toBeGreaterThan(0.95);
  });
});
