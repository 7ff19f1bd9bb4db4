// Workbooks for tests that exceljs cannot write: a ZIP written part by part (each stored or
// deflated by node:zlib, its declared size free to lie), the smallest .xlsx around one sheet,
// and a sheet whose one cell inflates to hundreds of megabytes from a few hundred kilobytes.
import * as zlib from 'node:zlib';

export interface Part {
  name: string;
  /** Raw DEFLATE data and the size it inflates to. */
  deflated: Uint8Array;
  size: number;
  crc: number;
  /** The uncompressed size the headers claim (default: the true one). */
  declaredSize?: number;
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array, crc = 0): number {
  const native = (zlib as { crc32?: (d: Uint8Array, c: number) => number }).crc32; // Node ≥ 20.15
  if (native) return native(data, crc);
  let c = ~crc >>> 0;
  for (const b of data) c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export const part = (name: string, text: string): Part => {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: zlib.deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** A ZIP archive of the parts (local headers, data, central directory, end record). */
export function zipParts(parts: Part[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.deflated.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    chunks.push(local, name, Buffer.from(p.deflated));
    offset += local.length + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The smallest workbook Excel opens: one sheet named `name` (given as a part of its own). */
export function minimalXlsx(sheet: Part, name = 'Thôn'): Uint8Array {
  return zipParts([
    part('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    part('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    part('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
  ]);
}

/** A sheet part: a header row, then `cellMegabytes` MB of "a" in one inline text cell (B2). */
export function inflatingSheet(cellMegabytes: number): Part {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Thôn</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>`);
  const tail = Buffer.from('</t></is></c></row></sheetData></worksheet>');
  const megabyte = Buffer.alloc(1 << 20, 'a');
  // full-flushed segments end on a byte boundary and refer to nothing before them: they chain
  const flushed = (b: Buffer) => zlib.deflateRawSync(b, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const block = flushed(megabyte);
  let crc = crc32(head);
  for (let i = 0; i < cellMegabytes; i++) crc = crc32(megabyte, crc);
  crc = crc32(tail, crc);
  const deflated = Buffer.concat([flushed(head), ...Array.from({ length: cellMegabytes }, () => block), zlib.deflateRawSync(tail)]);
  return { name: 'sheet', deflated, size: head.length + cellMegabytes * megabyte.length + tail.length, crc };
}
