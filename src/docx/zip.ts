// Stage: docx. The package's parts (as the docx library made them) → a zip archive,
// deterministically: fixed entry times, fixed order, and the same compressor for the same input.
// Written here (the format is three record types) to compress with node:zlib, natively (fflate's
// JavaScript deflate was the largest single cost of a cold build), and so that parts that never
// change, such as the settings, are compressed once per run.
import { crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 12:00 in DOS time and date fields (a zip entry cannot predate 1980). */
const DOS_TIME = 12 << 11;
const DOS_DATE = (1 << 5) | 1;

let table: Uint32Array | undefined;
/** CRC-32 of the bytes (node:zlib's where Node has it, 20.15 and later). */
function crc32(bytes: Uint8Array): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(bytes);
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  crc: number;
  size: number;
  data: Uint8Array;
}

const utf8 = new TextEncoder(); // (several times faster than Buffer.from on Vietnamese text)

/** zlib's fastest level: twice as fast as its default on our XML, for a package a few per cent larger. */
const DEFLATE_LEVEL = 1;

/** A part compressed for the archive. */
export function zipEntry(name: string, content: string | Uint8Array, level = DEFLATE_LEVEL): ZipEntry {
  const raw = typeof content === 'string' ? utf8.encode(content) : content;
  return { name, crc: crc32(raw), size: raw.length, data: deflateRawSync(raw, { level }) };
}

const constants = new Map<string, ZipEntry>();
/** The same for a part whose text rarely changes (kept for the run of the program, 64 at most). */
export function constantEntry(name: string, text: string): ZipEntry {
  const key = `${name}\u0000${text}`;
  let e = constants.get(key);
  if (!e) {
    if (constants.size >= 64) constants.clear();
    constants.set(key, (e = zipEntry(name, text, 9))); // compressed once: as small as can be
  }
  return e;
}

export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const names = entries.map((e) => Buffer.from(e.name, 'utf8'));
  const local = entries.reduce((n, e, i) => n + 30 + names[i]!.length + e.data.length, 0);
  const central = entries.reduce((n, _, i) => n + 46 + names[i]!.length, 0);
  const out = Buffer.alloc(local + central + 22);
  let at = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    out.writeUInt32LE(0x04034b50, at);
    out.writeUInt16LE(20, at + 4); // version needed: deflate
    out.writeUInt16LE(0, at + 6); // flags
    out.writeUInt16LE(8, at + 8); // method: deflate
    out.writeUInt16LE(DOS_TIME, at + 10);
    out.writeUInt16LE(DOS_DATE, at + 12);
    out.writeUInt32LE(e.crc, at + 14);
    out.writeUInt32LE(e.data.length, at + 18);
    out.writeUInt32LE(e.size, at + 22);
    out.writeUInt16LE(names[i]!.length, at + 26);
    out.writeUInt16LE(0, at + 28);
    names[i]!.copy(out, at + 30);
    out.set(e.data, at + 30 + names[i]!.length);
    at += 30 + names[i]!.length + e.data.length;
  });
  const centralAt = at;
  entries.forEach((e, i) => {
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(20, at + 4); // made by
    out.writeUInt16LE(20, at + 6); // needed
    out.writeUInt16LE(0, at + 8);
    out.writeUInt16LE(8, at + 10);
    out.writeUInt16LE(DOS_TIME, at + 12);
    out.writeUInt16LE(DOS_DATE, at + 14);
    out.writeUInt32LE(e.crc, at + 16);
    out.writeUInt32LE(e.data.length, at + 20);
    out.writeUInt32LE(e.size, at + 24);
    out.writeUInt16LE(names[i]!.length, at + 28);
    // extra, comment, disk, internal and external attributes: 0 (Buffer.alloc zeroed them)
    out.writeUInt32LE(offsets[i]!, at + 42);
    names[i]!.copy(out, at + 46);
    at += 46 + names[i]!.length;
  });
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(entries.length, at + 8);
  out.writeUInt16LE(entries.length, at + 10);
  out.writeUInt32LE(at - centralAt, at + 12);
  out.writeUInt32LE(centralAt, at + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
