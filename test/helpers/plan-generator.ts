// A generator of valid plans (fast-check): every construct of the plan format, in random
// combinations and sizes, with unusual text. One arbitrary per construct, composed at the end
// (`planArb`); a construct added to the format gets its arbitrary here and a place in `planArb`
// and in `constructsOf`. Data files (CSV, XLSX) are returned beside the YAML.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { stringify } from 'yaml';

export interface GeneratedPlan {
  /** Plan data (written as YAML by planYaml). */
  data: Record<string, unknown>;
  /** Data files the plan reads, by name (beside the plan). */
  files: Record<string, Uint8Array>;
}

type Json = Record<string, unknown>;

// ---- text ------------------------------------------------------------------

const WORDS = ['kế', 'hoạch', 'thực', 'hiện', 'bảo', 'hiểm', 'y', 'tế', 'toàn', 'dân', 'Ủy', 'ban', 'nhân', 'xã', 'thôn', 'Quảng', 'Ngọc', 'người', 'tham', 'gia', 'năm', 'đạt', 'chỉ', 'tiêu', 'HĐND', 'UBND', '02', '31/12', 'v.v.', '(a)', '"trích"', 'đ/c'];
/** Text that has broken documents before: markup, XML, templates, asterisks, odd Unicode. */
const UNUSUAL = ['5*3', '(*)', '2 * 4', '**đậm**', '*nghiêng*', '\\*', 'A & B', '<b>', '{{title}}', '::end', '#1', '- gạch', '| ô |', '\\', 'e\u0301', 'Ủy\u0301', '😀', 'ﬁ', 'ß', 'Ω', '‰', 'a\u00a0b', '漢字', 'עברית', '\u0001x', 'y\ufffe', 'z\uffff', 'đ\u0085', '–', '“…”'];

/** A short text: a few words, sometimes unusual ones. */
export const shortText = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...UNUSUAL) }), { minLength: 1, maxLength: 8 })
  // (never "kế hoạch …" at the start: a title typed so prints the document's name twice, and is refused)
  .map((ws) => `${WORDS[0]} ${ws[0] === 'hoạch' ? 'thực ' : ''}${ws.join(' ')}`);

/** A long text (a description in one cell, a long paragraph): hundreds to thousands of words. */
export const longText = fc.tuple(fc.integer({ min: 200, max: 6000 }), fc.nat()).map(([n, seed]) => Array.from({ length: n }, (_, i) => (i % 11 === 0 ? `mục${letters(i)}` : WORDS[(seed + i * 7) % WORDS.length]!)).join(' '));

/** 0 → a, 25 → z, 26 → ba …: numbering without digits (digits in text may read as years). */
function letters(n: number): string {
  let out = '';
  do out = String.fromCharCode(97 + (n % 26)) + out;
  while ((n = Math.floor(n / 26)) > 0);
  return out;
}

/** Text that may refer to the plan's targets, appendices and year. */
const textWithRefs = (refs: readonly string[]) =>
  fc.tuple(shortText, fc.subarray([...refs, 'year', 'year-1'], { maxLength: 2 })).map(([t, rs]) => [t, ...rs.map((r) => `{${r}}`)].join(' '));

// ---- the parts of a plan -----------------------------------------------------

const dateText = fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

export const issuerArb = fc.record({
  parent: fc.option(shortText, { nil: null }),
  name: fc.oneof(shortText, fc.array(shortText, { minLength: 1, maxLength: 3 })),
  shortName: shortText,
  symbol: fc.constantFrom('UBND', 'UBND-VX', 'BCĐ', 'SYT'),
});

export const planDateArb = fc.oneof(dateText, dateText.map((d) => d.slice(0, 7)), fc.integer({ min: 2000, max: 2030 }));

const basisObjectArb = fc.record({
  verb: fc.option(fc.constantFrom('Căn cứ', 'Thực hiện', 'Theo'), { nil: null }),
  kind: fc.constantFrom('Quyết định', 'Nghị quyết', 'Chỉ thị', 'Kế hoạch', 'Công văn', 'Luật'),
  name: fc.option(shortText, { nil: null }),
  number: fc.option(fc.constantFrom('08/QĐ-UBND', '52-CT/TW', '46/NQ-HĐND'), { nil: null }),
  date: fc.option(dateText, { nil: null }),
  issuer: fc.option(shortText, { nil: null }),
  subject: fc.option(shortText, { nil: null }),
  dateStyle: fc.option(fc.constantFrom('short', 'long'), { nil: null }),
  separator: fc.option(fc.constantFrom(';', ','), { nil: null }),
  joinNext: fc.boolean(),
});

/** Legal bases (issue 10 too: plain sentences, names, own verbs, separators, joined bases, a lead-in). */
export const legalBasesArb = fc.record({
  verb: fc.constantFrom('Căn cứ', 'Thực hiện'),
  layout: fc.constantFrom('separate', 'combined'),
  leadIn: fc.boolean(),
  dateStyle: fc.constantFrom('short', 'long'),
  items: fc.array(fc.oneof({ weight: 4, arbitrary: basisObjectArb }, { weight: 1, arbitrary: shortText.map((t) => `Luật ${t}`) }), { maxLength: 4 }),
});

export const targetsArb = fc
  .array(fc.record({ label: shortText, unit: fc.constantFrom('%', 'người', 'thôn'), value: fc.integer({ min: 0, max: 10000 }), decimals: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }) }), { maxLength: 3 })
  .map((ts) => Object.fromEntries(ts.map((t, i) => [`t${i}`, { ...t, value: t.unit === '%' ? t.value / 100 : t.value }])));

const unitDuty = (refs: readonly string[]) => fc.oneof(shortText, fc.record({ unit: shortText, task: textWithRefs(refs) }));

export const dutiesArb = (refs: readonly string[]) => fc.record({ lead: fc.array(unitDuty(refs), { minLength: 1, maxLength: 3 }), cooperating: fc.array(unitDuty(refs), { maxLength: 3 }) });

/** A table in the body of a section (issue 10): the appendix table's columns and inline rows, with a title or not. */
const bodyTableArb = (targets: readonly string[]) =>
  fc.record({ title: fc.option(shortText, { nil: null }), numbered: fc.boolean(), table: fc.constant(null).chain(() => tableArb(targets)), total: fc.option(shortText, { nil: null }) }).map((o) => ({
    table: { title: o.title, numbered: o.numbered, columns: o.table.columns, rows: o.table.rows, total: o.total === null ? null : { label: o.total, given: o.table.given } },
  }));

/** One entry of a body: paragraph, "-" item (with "+" items and a nested body), "+" item, timeline entry, table. */
export const bodyEntryArb = (refs: readonly string[], targets: readonly string[] = [], depth = 0): fc.Arbitrary<unknown> => {
  const nested = depth < 2 ? fc.array(fc.constant(null).chain(() => bodyEntryArb(refs, targets, depth + 1)), { maxLength: 2 }) : fc.constant([]);
  return fc.oneof(
    { weight: 4, arbitrary: textWithRefs(refs) },
    { weight: 1, arbitrary: longText },
    { weight: 2, arbitrary: fc.record({ item: textWithRefs(refs), items: fc.array(shortText, { maxLength: 3 }), body: nested }) },
    { weight: 1, arbitrary: fc.record({ plus: textWithRefs(refs), body: nested }) },
    { weight: 1, arbitrary: fc.record({ when: shortText, task: textWithRefs(refs) }) },
    { weight: depth === 0 ? 1 : 0, arbitrary: bodyTableArb(targets) },
  );
};

/** How a section begins (issue 10): a heading, an unnumbered heading, a numbered paragraph, a run-in heading. */
const sectionFormArb = fc.oneof(
  { weight: 4, arbitrary: shortText.map((title) => ({ title })) },
  { weight: 1, arbitrary: shortText.map((title) => ({ title, numbered: false })) },
  { weight: 1, arbitrary: shortText.map((paragraph) => ({ paragraph })) },
  { weight: 1, arbitrary: fc.tuple(fc.option(shortText, { nil: null }), shortText).map(([title, text]) => ({ title, text })) },
);

/** Sections nested up to the four numbered levels. */
export const sectionArb = (refs: readonly string[], depth = 1, targets: readonly string[] = []): fc.Arbitrary<Json> =>
  fc
    .record({
      form: sectionFormArb,
      body: fc.array(bodyEntryArb(refs, targets), { maxLength: 4 }),
      duties: fc.option(dutiesArb(refs), { nil: null }),
      sections: depth < 4 ? fc.array(fc.constant(null).chain(() => sectionArb(refs, depth + 1, targets)), { maxLength: depth === 1 ? 3 : 2 }) : fc.constant([]),
      after: fc.array(textWithRefs(refs), { maxLength: 1 }),
    })
    .map(({ form, ...rest }) => ({ ...form, ...rest }));

export const signatureArb = fc.oneof(
  fc.record({ onBehalfOf: shortText, title: shortText, name: shortText }),
  fc.record({ authority: fc.constantFrom('KT.', 'Q.', 'TL.', 'TUQ.'), authorityTitle: shortText, title: fc.option(shortText, { nil: null }), name: shortText }),
  fc.record({ title: shortText, name: shortText }),
);

const recipientLineArb = fc.oneof(
  shortText,
  fc.record({ to: fc.array(shortText, { minLength: 1, maxLength: 3 }), purpose: fc.option(fc.constantFrom('để b/c', 'để t/h', 'để ph/h'), { nil: null }), brace: fc.boolean() }),
);

/** Nơi nhận: lines, lines under one purpose (a brace or not), and named groups (issue 10), the "Lưu" line in one of them or last. */
export const recipientsArb = fc
  .record({
    to: fc.array(fc.oneof({ weight: 5, arbitrary: recipientLineArb }, { weight: 1, arbitrary: fc.record({ group: shortText, to: fc.array(recipientLineArb, { minLength: 1, maxLength: 3 }) }) }), { minLength: 1, maxLength: 40 }),
    archive: fc.array(fc.constantFrom('VT', 'VHXH', 'TCKT'), { minLength: 1, maxLength: 2 }),
    archiveInGroup: fc.boolean(),
  })
  .map(({ to, archive, archiveInGroup }) => {
    const group = archiveInGroup ? to.findIndex((r) => typeof r === 'object' && 'group' in r) : -1;
    if (group < 0) return { to, archive };
    return { to: to.map((r, i) => (i === group ? { ...(r as object), archive } : r)), archive: null };
  });

// ---- appendices ------------------------------------------------------------

type Cell = string | number | null;
interface TableDraft {
  columns: Json[];
  /** The input columns (no formula, or given), in order: key, type, header in a data file. */
  inputs: { key: string; type: string; from: string }[];
  rows: Cell[][];
  given: Record<string, number>;
}

const cellArb = (type: string): fc.Arbitrary<Cell> =>
  type === 'text'
    ? fc.oneof({ weight: 6, arbitrary: shortText }, { weight: 1, arbitrary: longText }, { weight: 1, arbitrary: fc.constant(null) })
    : type === 'integer'
      ? fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 200000 }) }, { weight: 1, arbitrary: fc.constant(null) })
      : type === 'percent'
        ? fc.integer({ min: 0, max: 10000 }).map((n) => n / 100)
        : fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100);

/** Columns: a text column, integer inputs, computed columns (rates, sums, given sums), a repeated group. */
const tableArb = (targets: readonly string[]) =>
  fc
    .record({
      extraInputs: fc.array(fc.constantFrom('integer', 'decimal', 'percent', 'text'), { maxLength: 3 }),
      rate: fc.boolean(),
      sum: fc.boolean(),
      givenSum: fc.boolean(),
      ceilTarget: fc.option(fc.constantFrom(...(targets.length ? targets : ['none'])), { nil: null }),
      group: fc.option(fc.uniqueArray(fc.integer({ min: 2018, max: 2030 }), { minLength: 1, maxLength: 3 }), { nil: null }),
      decimals: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      widths: fc.boolean(),
      rows: fc.integer({ min: 0, max: 12 }),
      typedTotal: fc.boolean(),
    })
    .chain((o) => {
      const columns: Json[] = [{ key: 'ten', header: 'Tên đơn vị', type: 'text', ...(o.widths ? { width: 3 } : {}) }, { key: 'a', header: 'Số A (người)', type: 'integer', allow: ['blank'], rollover: o.sum ? 'tong' : null }, { key: 'b', header: 'Số B', type: 'integer', allow: ['blank'], from: 'Cột B' }];
      const inputs = [{ key: 'ten', type: 'text', from: 'Tên đơn vị' }, { key: 'a', type: 'integer', from: 'Số A (người)' }, { key: 'b', type: 'integer', from: 'Cột B' }];
      o.extraInputs.forEach((type, i) => {
        columns.push({ key: `x${i}`, header: `Thêm ${i} ({year})`, type, ...(type === 'integer' ? { allow: ['blank'] } : {}), ...(o.decimals !== null && type !== 'text' ? { decimals: o.decimals } : {}) });
        inputs.push({ key: `x${i}`, type, from: `Thêm ${i} (YEAR)` });
      });
      if (o.rate) columns.push({ key: 'ty-le', header: 'Tỷ lệ (%)', type: 'percent', formula: 'a / max(b, 1) * 100', allow: ['over-100'], ...(targets.length ? { goal: targets[0] } : {}) });
      if (o.sum) columns.push({ key: 'tong', header: 'Tổng', type: 'integer', formula: 'a + b' });
      if (o.givenSum) {
        columns.push({ key: 'tong-nhap', header: 'Tổng (đã nhập)', type: 'integer', formula: 'a + b', given: true, allow: ['blank'] });
        inputs.push({ key: 'tong-nhap', type: 'given-sum', from: 'Tổng (đã nhập)' });
      }
      if (o.ceilTarget && o.ceilTarget !== 'none') columns.push({ key: 'chi-tieu', header: `Chỉ tiêu ({${o.ceilTarget}})`, type: 'integer', formula: `ceil(a * ${o.ceilTarget} / 100)`, total: 'sum' });
      if (o.group) {
        columns.push({ group: 'Đến hết năm {each}', each: o.group, columns: [{ key: 'g', header: 'Số thẻ', type: 'integer', allow: ['blank'], from: 'Số thẻ {each}' }, { key: 'gr', header: 'Tỷ lệ', type: 'decimal', formula: 'g / max(a, 1)' }] });
        for (const y of o.group) inputs.push({ key: `g-${y}`, type: 'integer', from: `Số thẻ ${y}` });
      }
      const row = fc.tuple(...inputs.map((c) => (c.type === 'given-sum' ? fc.constant(0) : cellArb(c.type)))) as fc.Arbitrary<Cell[]>;
      return fc.array(row, { minLength: o.rows, maxLength: o.rows }).map((rows): TableDraft => {
        // a typed sum equals the computed one (a + b), or is left empty when a or b is
        const at = (key: string) => inputs.findIndex((c) => c.key === key);
        for (const r of rows) if (at('tong-nhap') >= 0) r[at('tong-nhap')] = typeof r[1] === 'number' && typeof r[2] === 'number' ? r[1] + r[2] : null;
        const sumA = rows.reduce((s, r) => s + (typeof r[1] === 'number' ? r[1] : 0), 0);
        return { columns, inputs, rows, given: o.typedTotal && rows.some((r) => typeof r[1] === 'number') ? { a: sumA } : {} };
      });
    });

/** How an appendix gives its rows: inline, or a CSV or XLSX file beside the plan. */
type RowsFrom = 'inline' | 'csv' | 'xlsx';

const csvField = (v: Cell): string => (v === null ? '' : typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** A minimal XLSX workbook (inline strings), as spreadsheet programs write it. */
export function xlsxOf(rows: Cell[][], sheet: string): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  const col = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);
  const cells = rows.map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => (v === null ? '' : typeof v === 'number' ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>` : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`)).join('')}</row>`);
  const ns = 'http://schemas.openxmlformats.org';
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>${cells.join('')}</sheetData></worksheet>`),
  });
}

/** An appendix of text (issue 10): paragraphs, items and tables, numbered sections; or one issued separately. */
const textAppendixArb = (index: number, targets: readonly string[], refs: readonly string[]) =>
  fc
    .record({
      title: textWithRefs(refs),
      separate: fc.boolean(),
      body: fc.array(bodyEntryArb(refs, targets), { maxLength: 3 }),
      sections: fc.array(fc.constant(null).chain(() => sectionArb(refs, 2, targets)), { maxLength: 2 }),
    })
    .map((o) => ({
      appendix: o.separate ? { id: `pl${index}`, title: o.title, separate: true } : { id: `pl${index}`, title: o.title, body: o.body.length || o.sections.length ? o.body : ['…'], sections: o.sections },
      files: (): Record<string, Uint8Array> => ({}),
    }));

export const appendixArb = (index: number, targets: readonly string[], refs: readonly string[]) =>
  fc.oneof({ weight: 3, arbitrary: tableAppendixArb(index, targets, refs) }, { weight: 1, arbitrary: textAppendixArb(index, targets, refs) });

const tableAppendixArb = (index: number, targets: readonly string[], refs: readonly string[]) =>
  fc
    .record({
      title: textWithRefs(refs),
      orientation: fc.constantFrom('auto', 'portrait', 'landscape'),
      numbered: fc.boolean(),
      table: tableArb(targets),
      rowsFrom: fc.constantFrom<RowsFrom>('inline', 'inline', 'csv', 'xlsx'),
      total: fc.option(shortText, { nil: null }),
    })
    .map((o) => {
      const id = `pl${index}`;
      const appendix: Json = { id, title: o.title, orientation: o.orientation, numbered: o.numbered, columns: o.table.columns };
      const file = `${id}.${o.rowsFrom}`;
      if (o.rowsFrom === 'inline') appendix.rows = o.table.rows;
      else appendix.source = { file, ...(o.rowsFrom === 'xlsx' ? { sheet: 'Số liệu' } : {}) };
      if (o.total !== null) appendix.total = { label: o.total, given: o.table.given };
      /** The data file, its headers with the plan's year written out where the plan says {year}. */
      const files = (year: number): Record<string, Uint8Array> => {
        if (o.rowsFrom === 'inline') return {};
        const header = o.table.inputs.map((c) => c.from.replace('YEAR', String(year)));
        const rows = [header, ...o.table.rows];
        return { [file]: o.rowsFrom === 'csv' ? strToU8(rows.map((r) => r.map(csvField).join(',')).join('\r\n')) : xlsxOf(rows, 'Số liệu') };
      };
      return { appendix, files };
    });

// ---- the plan ----------------------------------------------------------------

export const planArb: fc.Arbitrary<GeneratedPlan> = fc
  .record({ targets: targetsArb, appendixCount: fc.integer({ min: 0, max: 4 }) })
  .chain(({ targets, appendixCount }) => {
    const targetIds = Object.keys(targets);
    const refs = [...targetIds, ...Array.from({ length: appendixCount }, (_, i) => `pl${i}`)];
    return fc
      .record({
        joint: fc.option(fc.tuple(issuerArb, signatureArb), { nil: null, freq: 5 }),
        issuer: issuerArb,
        number: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
        place: shortText,
        date: planDateArb,
        period: fc.option(fc.tuple(dateText, dateText).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })), { nil: null }),
        appendixLabel: fc.option(fc.constantFrom('Phụ lục {I}', 'Phụ lục {01}', 'Phụ lục số {01}', 'Phụ lục {1}'), { nil: null }),
        title: fc.oneof(textWithRefs(refs), fc.array(shortText, { minLength: 1, maxLength: 4 })),
        legalBases: legalBasesArb,
        intro: fc.oneof(textWithRefs(refs), fc.array(textWithRefs(refs), { minLength: 1, maxLength: 3 })),
        sections: fc.array(sectionArb(refs, 1, targetIds), { minLength: 1, maxLength: 4 }),
        closing: textWithRefs(refs),
        signature: signatureArb,
        recipients: recipientsArb,
        appendices: fc.tuple(...Array.from({ length: appendixCount }, (_, i) => appendixArb(i, targetIds, refs))),
      })
      .map(({ joint, ...p }): GeneratedPlan => {
        const year = typeof p.date === 'number' ? p.date : Number(String(p.date).slice(0, 4));
        const files = Object.assign({}, ...p.appendices.map((a) => a.files(year))) as Record<string, Uint8Array>;
        // a joint plan (issue 10): two issuers, one signature each; {period} where the plan has one
        const parties = joint ? { issuer: [p.issuer, joint[0]], signature: [p.signature, joint[1]] } : {};
        const closing = p.period ? `${p.closing} {period}` : p.closing;
        return { data: { ...p, ...parties, closing, targets, appendices: p.appendices.map((a) => a.appendix) }, files };
      });
  });

export const planYaml = (p: GeneratedPlan): string => stringify(p.data, { aliasDuplicateObjects: false, lineWidth: 0 });

/** The constructs a generated plan uses (for the coverage figures). */
export function constructsOf(data: Json): string[] {
  const out = new Set<string>();
  const visit = (v: unknown, path: string[]) => {
    if (Array.isArray(v)) return v.forEach((x) => visit(x, path));
    if (v && typeof v === 'object') return Object.entries(v).forEach(([k, x]) => (x !== null && x !== undefined && !(Array.isArray(x) && x.length === 0) ? (out.add([...path.filter((s) => !/^\d/.test(s)), k].slice(-2).join('.')), visit(x, [...path, k])) : undefined));
    if (typeof v === 'string' && v.length > 1000) out.add('long text');
  };
  visit(data, []);
  const appendices = (data.appendices as unknown[]) ?? [];
  out.add(`${appendices.length} appendices`);
  const depth = (ss: Json[], d: number): number => Math.max(d, ...ss.map((s) => depth((s.sections as Json[]) ?? [], d + 1)));
  out.add(`sections ${depth(data.sections as Json[], 0)} deep`);
  for (const a of appendices as Json[]) if (a.source) out.add(`data file .${String((a.source as Json).file).split('.').pop()}`);
  return [...out].sort();
}
