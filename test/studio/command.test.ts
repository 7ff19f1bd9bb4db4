// `npm run studio -- plan.yaml`: the command as users start it (the bundle in dist/bin).
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../helpers/cli.js';

const status = (url: string) => new Promise<number>((ok, fail) => get(url, (res) => (res.resume(), ok(res.statusCode!))).on('error', fail));

describe('npm run studio', () => {
  it('prints the address (127.0.0.1, with the token) and serves the page there until stopped', async () => {
    const child = spawn(process.execPath, ['dist/bin/studio.mjs', 'plans/2026.yaml', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((ok, fail) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/[\w-]{20,}\//.exec(out);
        if (m) ok(m[0]);
      });
      child.on('exit', () => fail(new Error(`exited: ${out}`)));
    });
    expect(await status(url)).toBe(200);
    expect(await status(new URL('/', url).href)).toBe(403);
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('says what is wrong with its arguments (exit 2) or with the file (exit 1)', () => {
    expect(runCommand('studio', [])).toMatchObject({ status: 2, stderr: expect.stringContaining('name exactly one plan file') });
    expect(runCommand('studio', ['plans/2026.yaml', '--port', 'x'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--port') });
    expect(runCommand('studio', ['plans/none.yaml', '--no-open'])).toMatchObject({ status: 1, stderr: expect.stringContaining("cannot read 'plans/none.yaml': no such file") });
  });
});
