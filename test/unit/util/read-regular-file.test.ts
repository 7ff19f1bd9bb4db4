// readRegularFile reads a file in a read sized to it (src/util/read-regular-file.ts): every byte,
// whatever the size, and the limit still holds to the byte.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileTooLarge, readRegularFile } from '../../../src/util/read-regular-file.js';

const dir = mkdtempSync(join(tmpdir(), 'kh-read-'));
const fileOf = (size: number): { path: string; bytes: Buffer } => {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + (i >> 8)) & 0xff;
  const path = join(dir, `f${size}`);
  writeFileSync(path, bytes);
  return { path, bytes };
};

describe('readRegularFile', () => {
  it('gives every byte of files of any size', async () => {
    for (const size of [0, 1, 4095, 4096, 4097, 65536, (1 << 20) - 1, 1 << 20, (1 << 20) + 5, 3 * (1 << 20) + 17]) {
      const { path, bytes } = fileOf(size);
      expect((await readRegularFile(path, 8 << 20)).equals(bytes), `${size} bytes`).toBe(true);
    }
  });

  it('reads a file of exactly the limit, and refuses one byte more', async () => {
    const { path, bytes } = fileOf(5000);
    expect((await readRegularFile(path, 5000)).equals(bytes)).toBe(true);
    await expect(readRegularFile(path, 4999)).rejects.toBeInstanceOf(FileTooLarge);
  });
});
