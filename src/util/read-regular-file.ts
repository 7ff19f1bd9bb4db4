// Reads a file the user named, safely: only a regular file (a folder, a device such as /dev/zero,
// a FIFO or a socket is refused before it is opened, so nothing blocks or grows without end),
// and never more than a limit, counted while reading (stat says 0 for /proc files and devices).
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export class NotARegularFile extends Error {
  constructor(readonly kind: FileKind) {
    super(`not a regular file (${kind})`);
  }
}

export class FileTooLarge extends Error {
  /** `size` is the file's size when known, else null (more than `limit` was read). */
  constructor(
    readonly size: number | null,
    readonly limit: number,
  ) {
    super(`larger than ${limit} bytes`);
  }
}

export type FileKind = 'folder' | 'pipe' | 'device' | 'socket' | 'other';

/** What a non-regular file is (worded by the catalogues: file_kind.<kind>). */
export function fileKind(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): FileKind {
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

/** The bytes of a regular file of at most `limit` bytes; throws NotARegularFile, FileTooLarge or the fs error. */
export async function readRegularFile(path: string, limit: number): Promise<Buffer> {
  const info = await stat(path);
  if (!info.isFile()) throw new NotARegularFile(fileKind(info));
  if (info.size > limit) throw new FileTooLarge(info.size, limit);
  // O_NONBLOCK: should the path have become a FIFO since stat, opening it does not wait for a writer
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const again = await handle.stat();
    if (!again.isFile()) throw new NotARegularFile(fileKind(again));
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read is sized to the file, and a small one then sees its end (stat says 0 for
    // /proc files: those take more reads). Unzeroed buffers: only the bytes read are kept.
    let size = again.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(1, Math.min(size, 1 << 20, limit + 1 - total)));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size = bytesRead === chunk.length ? 1 << 20 : 4096;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw new FileTooLarge(null, limit);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
