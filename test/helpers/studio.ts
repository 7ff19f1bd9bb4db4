// The studio on a copy of a shipped plan in a temporary folder (saving must never touch plans/),
// started in-process with the page built by the test setup (dist/studio/web).
import { cpSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStudio, type Studio } from '../../src/studio/server.js';

export interface StudioCase {
  dir: string;
  /** The plan's file name inside `dir`. */
  plan: string;
  studio: Studio;
}

/** Copies `files` (relative to plans/) into a fresh folder and opens the first one. */
export async function openStudio(files: string[], token?: string, lang?: 'vi' | 'en'): Promise<StudioCase> {
  const dir = mkdtempSync(join(tmpdir(), 'kh-studio-'));
  for (const f of files) cpSync(join('plans', f), join(dir, f), { recursive: true });
  const studio = await startStudio({ plan: files[0]!, cwd: dir, outDir: 'out', webDir: 'dist/studio/web', token, lang });
  return { dir, plan: files[0]!, studio };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request to the studio on 127.0.0.1:`port`, as its page sends it. */
export function call(port: number, path: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: o.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...o.headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', fail);
    req.end(o.body);
  });
}

export const json = (a: Answer) => JSON.parse(a.body.toString('utf8'));
