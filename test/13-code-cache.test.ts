// Regression tests of issue 13 (cold start): the commands start from one-file bundles with a V8
// code cache made at build time (scripts/bundle.mjs, scripts/code-cache-loader.mjs,
// scripts/code-cache.mjs). A cache is a speed-up only: a missing, stale or damaged one never
// changes what a command does.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCommand } from './helpers/cli.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kh-13c-'));

/** A folder laid out as dist/bin with the loader and a command `t` whose bundle is `body`. */
function fakeCommand(body: string): string {
  const dir = tmp();
  copyFileSync('scripts/code-cache-loader.mjs', join(dir, 'code-cache-loader.mjs'));
  writeFileSync(join(dir, 't.mjs'), "import { start } from './code-cache-loader.mjs';\nstart('t', import.meta.url);\n");
  writeFileSync(join(dir, 't.code.cjs'), body);
  return dir;
}

const runT = (dir: string, env: Record<string, string> = {}) => spawnSync(process.execPath, [join(dir, 't.mjs')], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('13-code-cache: the commands start from their bundles and caches', () => {
  it('the build made a cache for build-plan from its very bundle, and every bundle is ASCII only', () => {
    const bundles = readdirSync('dist/bin').filter((f) => f.endsWith('.code.cjs'));
    expect(bundles).toEqual(expect.arrayContaining(['main.code.cjs', 'check.code.cjs', 'fmt.code.cjs', 'new-plan.code.cjs', 'diff-plan.code.cjs']));
    for (const f of bundles) expect(/[^\x00-\x7f]/.test(readFileSync(join('dist/bin', f), 'latin1')), f).toBe(false);
    const id = readFileSync('dist/bin/main.code.cjs', 'latin1').split('\n')[0]!;
    expect(id).toMatch(/^\/\/ ke-hoach build-plan [0-9a-f]{16}$/);
    expect(readFileSync('dist/bin/main.code.cache').subarray(0, id.length + 1).toString('latin1')).toBe(`${id}\n`);
  });

  it('build-plan writes the same bytes with its code cache and without it (KE_HOACH_CODE_CACHE=off)', () => {
    const [a, b] = [tmp(), tmp()];
    expect(runCli(['plans/2026.yaml', '--out', a]).status).toBe(0);
    expect(runCli(['plans/2026.yaml', '--out', b], { KE_HOACH_CODE_CACHE: 'off' }).status).toBe(0);
    for (const f of ['2026.docx', '2026.pdf']) expect(Buffer.compare(readFileSync(join(a, f)), readFileSync(join(b, f))), f).toBe(0);
  });

  it('the Vietnamese messages, escaped to ASCII in the bundle, print as before', () => {
    const r = runCommand('check', ['test/fixtures/plans/minimal.yaml', '--lang', 'vi']);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/kế hoạch/i);
  });

  it('a cache made from another bundle of the same length is not used (V8 alone would take it)', () => {
    const dir = fakeCommand("// ke-hoach t 1111111111111111\nconsole.log('first ' + (() => 'bundle')());\n");
    expect(runT(dir, { KE_HOACH_CODE_CACHE: 'write' }).stdout).toBe('first bundle\n');
    expect(readFileSync(join(dir, 't.code.cache')).length).toBeGreaterThan(40);
    writeFileSync(join(dir, 't.code.cjs'), "// ke-hoach t 2222222222222222\nconsole.log('other ' + (() => 'bundle')());\n");
    const r = runT(dir);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 'other bundle\n', '']);
  });

  it('a damaged cache is refused by V8 and the bundle is compiled from its text', () => {
    const dir = fakeCommand("// ke-hoach t 3333333333333333\nconsole.log(require('node:path').basename(__filename), new URL('.', __kh_entry_url).href === new URL('.', 'file://' + __dirname + '/').href);\n");
    expect(runT(dir, { KE_HOACH_CODE_CACHE: 'write' }).stdout).toBe('t.code.cjs true\n');
    const cache = readFileSync(join(dir, 't.code.cache'));
    for (let i = 40; i < cache.length; i += 7) cache[i] = cache[i]! ^ 0x5a;
    writeFileSync(join(dir, 't.code.cache'), cache);
    const r = runT(dir);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, 't.code.cjs true\n', '']);
  });
});
