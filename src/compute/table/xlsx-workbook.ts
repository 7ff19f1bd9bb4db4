// Stage: compute (tables). The parts of an .xlsx workbook a data sheet needs besides the sheet
// itself: where each sheet's part is (workbook and relationships), the shared strings, and
// which cell styles show numbers as percents or dates.
import { msg, type Msg } from '../../diag/index.js';
import { attr, scanXml } from './xml-scan.js';
import type { Zip } from './unzip.js';

/** Uncompressed size allowed for each part of a workbook (a 20 000-row sheet takes about 5 MB). */
export const MAX_XLSX_PART_BYTES = 64 * 1024 * 1024;

export class XlsxError extends Error {
  constructor(
    readonly reason: Msg,
    readonly hints: Msg[] = [],
  ) {
    super(reason.key);
  }
}

export interface SheetRef {
  name: string;
  part: string;
}

export type CellFormat = 'number' | 'percent' | 'date';

export interface Workbook {
  sheets: SheetRef[];
  sharedStrings: string[];
  /** Format of each cell style (the `s` attribute of a cell). */
  formats: CellFormat[];
}

const text = (zip: Zip, part: string): string | null => {
  const bytes = zip.read(part, MAX_XLSX_PART_BYTES);
  return bytes === null ? null : new TextDecoder().decode(bytes);
};

/** Excel's escapes for characters XML cannot hold: _x000D_ → carriage return. */
const unescapeX = (s: string): string => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
export const cellText = (s: string): string => unescapeX(s).normalize('NFC');

/** Relationship targets by id and by type (the last segment of the type URI), resolved against `base`. */
function relationships(zip: Zip, relsPart: string, base: string): { byId: Map<string, string>; byType: Map<string, string> } {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  const xml = text(zip, relsPart);
  if (xml)
    scanXml(xml, {
      open(name, attrs) {
        if (name !== 'Relationship') return;
        const target = attr(attrs, 'Target');
        if (!target || attr(attrs, 'TargetMode') === 'External') return;
        const resolved = resolvePart(base, target);
        byId.set(attr(attrs, 'Id') ?? '', resolved);
        byType.set((attr(attrs, 'Type') ?? '').split('/').pop()!, resolved);
      },
    });
  return { byId, byType };
}

function resolvePart(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function sharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let current = '';
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 'si') out.push(cellText(current));
      else if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
    },
    text(t) {
      if (inText && phonetic === 0) current += t;
    },
  });
  return out;
}

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** What a number format code shows: percent (a % outside quotes), a date (d, m, y), or a number. */
export function formatOf(id: number, code: string | undefined): CellFormat {
  if (code === undefined) return BUILTIN_PERCENT.has(id) ? 'percent' : BUILTIN_DATE.has(id) ? 'date' : 'number';
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  if (bare.includes('%')) return 'percent';
  return /[dmy]/i.test(bare.split(';')[0]!) && !/general/i.test(bare) ? 'date' : 'number';
}

function cellFormats(xml: string | null): CellFormat[] {
  if (!xml) return [];
  const codes = new Map<number, string>();
  const formats: CellFormat[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'numFmt') codes.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(attrs, 'numFmtId') ?? 0);
        formats.push(formatOf(id, codes.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

export function readWorkbook(zip: Zip): Workbook {
  const root = relationships(zip, '_rels/.rels', '');
  const book = root.byType.get('officeDocument') ?? 'xl/workbook.xml';
  const base = book.slice(0, book.lastIndexOf('/') + 1);
  const xml = text(zip, book);
  if (xml === null) throw new XlsxError(msg('xlsx.no_workbook'), [msg('xlsx.save_as_xlsx')]);
  const rels = relationships(zip, `${base}_rels/${book.slice(base.length)}.rels`, base);
  const sheets: SheetRef[] = [];
  scanXml(xml, {
    open(name, attrs) {
      if (name !== 'sheet') return;
      const part = rels.byId.get(attr(attrs, 'id') ?? '');
      if (part) sheets.push({ name: cellText(attr(attrs, 'name') ?? ''), part });
    },
  });
  return {
    sheets,
    sharedStrings: sharedStrings(text(zip, rels.byType.get('sharedStrings') ?? `${base}sharedStrings.xml`)),
    formats: cellFormats(text(zip, rels.byType.get('styles') ?? `${base}styles.xml`)),
  };
}
