// Stage: compute (tables). The parts of a ZIP archive (an .xlsx workbook is one), each inflated
// only when asked for and never past a size limit: a small file whose one part inflates to
// hundreds of megabytes is refused while it inflates, long before memory runs out.
import { Inflate } from 'fflate';

/** Why an archive cannot be read; the message is for the user. */
export class ZipError extends Error {}

/** A part that inflates past the limit. */
export class PartTooLarge extends ZipError {
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`part ${part} is larger than ${limit} bytes uncompressed`);
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  headerOffset: number;
}

export interface Zip {
  names: string[];
  /** The part's bytes (names compare case-insensitively, as in OPC packages); null when absent. */
  read(name: string, limit: number): Uint8Array | null;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed input is fed to the inflater in slices of this size, so output is checked as it grows. */
const SLICE = 16 * 1024;

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65535); at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new ZipError('not a ZIP archive (an .xlsx file is one): no central directory');
}

function entries(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, Entry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('damaged ZIP central directory');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry = {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    };
    if (flags & 1) throw new ZipError(`part ${name} is encrypted (save the workbook without a password)`);
    if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff || entry.headerOffset === 0xffffffff) throw new ZipError(`part ${name} is larger than 4 GB`);
    out.set(name.toLowerCase(), entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function inflateCapped(data: Uint8Array, part: string, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new PartTooLarge(part, limit);
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length || i === 0; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError(`part ${part} is damaged (${(e as Error).message})`);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.length);
  return out;
}

export function openZip(bytes: Uint8Array): Zip {
  const list = entries(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    names: [...list.values()].map((e) => e.name),
    read(name, limit) {
      const e = list.get(name.toLowerCase());
      if (!e) return null;
      if (e.declaredSize > limit) throw new PartTooLarge(e.name, limit);
      const at = e.headerOffset;
      if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipError(`part ${e.name} is damaged`);
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      const data = bytes.subarray(start, start + e.compressedSize);
      if (data.length !== e.compressedSize) throw new ZipError(`part ${e.name} is cut short`);
      if (e.method === 0) {
        if (data.length > limit) throw new PartTooLarge(e.name, limit);
        return data;
      }
      if (e.method !== 8) throw new ZipError(`part ${e.name} uses a compression this reader does not know (method ${e.method})`);
      return inflateCapped(data, e.name, limit);
    },
  };
}
