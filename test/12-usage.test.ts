// Issue 12: every command's usage (--help) and its usage errors are sentences of the message
// catalogue: Vietnamese by default (KE_HOACH_LANG unset), English with --lang en or
// KE_HOACH_LANG=en. --help exits 0; a usage error prints the mistake and where the usage is,
// and exits 2. --lang is read before the other options, wherever it stands. Batch worker threads
// and the studio follow --lang too.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msg, word, type Lang, type TextKey } from '../src/diag/index.js';
import { slug } from '../src/util/slug.js';
import { runCommand } from './helpers/cli.js';

/** Each command: the bundle it runs from, its name for npm run, its usage sentence. */
const COMMANDS = [
  { script: 'main', name: 'build-plan', usage: 'usage.build_plan' },
  { script: 'check', name: 'check', usage: 'usage.check' },
  { script: 'fmt', name: 'fmt', usage: 'usage.fmt' },
  { script: 'new-plan', name: 'new-plan', usage: 'usage.new_plan' },
  { script: 'diff-plan', name: 'diff-plan', usage: 'usage.diff_plan' },
  { script: 'import-plan', name: 'import-plan', usage: 'usage.import_plan' },
  { script: 'studio', name: 'studio', usage: 'usage.studio' },
  { script: 'schema', name: 'schema', usage: 'usage.schema' },
] as const;

/** Runs a command with no language in the environment: Vietnamese unless the arguments say --lang en. */
const run = (script: string, args: string[], env: Record<string, string> = {}) => runCommand(script, args, { KE_HOACH_LANG: '', ...env });
/** The options a usage text names (--out, -h …), to compare the two languages' lists. */
const optionsOf = (text: string) => [...new Set(text.match(/(?<![\w-])--?[a-z][\w-]*/g))].sort();

describe('12-usage: --help in Vietnamese by default, in English with --lang en', () => {
  it.each(COMMANDS)('$name --help', ({ script, name, usage }) => {
    const vi = run(script, ['--help']);
    const en = run(script, ['--help', '--lang', 'en']);
    const envEn = run(script, ['-h'], { KE_HOACH_LANG: 'en' });
    expect([vi.status, en.status, envEn.status]).toEqual([0, 0, 0]);
    expect(vi.stdout.startsWith(`cách dùng: npm run ${name}`)).toBe(true);
    expect(en.stdout.startsWith(`usage: npm run ${name}`)).toBe(true);
    expect(envEn.stdout).toBe(en.stdout);
    // the catalogue's text, and both languages explain the same options (--lang among them)
    const data = { rows: 40 };
    expect(vi.stdout).toBe(`${word(msg(usage, data), 'vi')}\n`);
    expect(en.stdout).toBe(`${word(msg(usage, data), 'en')}\n`);
    expect(optionsOf(vi.stdout)).toEqual(optionsOf(en.stdout));
    expect(optionsOf(vi.stdout)).toEqual(expect.arrayContaining(['--help', '--lang']));
    expect(vi.stdout).not.toMatch(/\b(usage|options?|default|show|write|the)\b/); // no English left in the Vietnamese text
    expect(vi.stderr + en.stderr).toBe('');
  });

  it('explains options in office words', () => {
    const help = run('main', ['--help']).stdout;
    expect(help).toContain('cách dùng: npm run build-plan -- <tệp kế hoạch.yaml> [tệp khác.yaml …] [tùy chọn]');
    expect(help).toContain('--strict                  coi cảnh báo như lỗi: không ghi gì, mã thoát 3');
    expect(run('new-plan', ['--help']).stdout).toContain('--year NĂM    năm của kế hoạch mới, ví dụ --year 2027');
  });
});

/** A usage error of each kind: the command, its arguments, the catalogue's sentence. */
const MISTAKES: { script: string; name: string; args: string[]; key: TextKey; data?: Record<string, string | number> }[] = [
  { script: 'main', name: 'build-plan', args: ['plans/2026.yaml', '--bogus'], key: 'usage.unknown_option', data: { option: '--bogus' } },
  { script: 'main', name: 'build-plan', args: ['plans/2026.yaml', '--out'], key: 'usage.needs_value', data: { option: '--out' } },
  { script: 'main', name: 'build-plan', args: ['plans/2026.yaml', '--out='], key: 'usage.needs_value', data: { option: '--out' } },
  { script: 'main', name: 'build-plan', args: ['plans/2026.yaml', '--format', 'odt'], key: 'usage.build_format', data: { value: 'odt' } },
  { script: 'main', name: 'build-plan', args: [], key: 'usage.name_a_plan' },
  { script: 'main', name: 'build-plan', args: ['a.yaml', 'b.yaml', '--each', 'xa'], key: 'usage.each_one_plan' },
  { script: 'main', name: 'build-plan', args: ['a.yaml', '--each', 'xa', '--watch'], key: 'usage.each_no_watch' },
  { script: 'check', name: 'check', args: [], key: 'usage.name_plans' },
  { script: 'check', name: 'check', args: ['plans/2026.yaml', '--stric'], key: 'usage.unknown_option', data: { option: '--stric' } },
  { script: 'check', name: 'check', args: ['plans/2026.yaml', '--each'], key: 'usage.needs_value', data: { option: '--each' } },
  { script: 'fmt', name: 'fmt', args: [], key: 'usage.name_plans' },
  { script: 'fmt', name: 'fmt', args: ['plans/2026.yaml', '--check', '--placeholders'], key: 'usage.placeholders_check' },
  { script: 'new-plan', name: 'new-plan', args: ['plans/2026.yaml', 'plans/2027.yaml', '--year', '2027'], key: 'usage.name_one_plan' },
  { script: 'new-plan', name: 'new-plan', args: ['plans/2026.yaml'], key: 'usage.year', data: { min: 1945, max: 2100 } },
  { script: 'new-plan', name: 'new-plan', args: ['plans/2026.yaml', '--year', '20270'], key: 'usage.year', data: { min: 1945, max: 2100 } },
  { script: 'new-plan', name: 'new-plan', args: ['plans/2026.yaml', '--year', '2027', '--out', 'plans/2026.yaml'], key: 'cli.draft_is_the_plan', data: { out: 'plans/2026.yaml' } },
  { script: 'diff-plan', name: 'diff-plan', args: ['plans/2026.yaml'], key: 'usage.two_plans' },
  { script: 'diff-plan', name: 'diff-plan', args: ['a.yaml', 'b.yaml', '--format', 'pdf'], key: 'usage.diff_format' },
  { script: 'diff-plan', name: 'diff-plan', args: ['a.yaml', 'b.yaml', '--color', 'yes'], key: 'usage.color' },
  { script: 'import-plan', name: 'import-plan', args: [], key: 'usage.one_docx' },
  { script: 'import-plan', name: 'import-plan', args: ['a.docx', '--out'], key: 'usage.needs_value', data: { option: '--out' } },
  { script: 'studio', name: 'studio', args: [], key: 'usage.name_one_plan' },
  { script: 'studio', name: 'studio', args: ['plans/2026.yaml', '--port', 'x'], key: 'usage.port', data: { value: 'x' } },
  { script: 'schema', name: 'schema', args: ['a.json', 'b.json'], key: 'usage.too_many', data: { count: 2 } },
  { script: 'schema', name: 'schema', args: ['--bogus'], key: 'usage.unknown_option', data: { option: '--bogus' } },
];

const expected = (name: string, key: TextKey, data: Record<string, string | number> | undefined, lang: Lang) =>
  `${name}: ${word(msg(key, data), lang)}\n${word(msg('usage.see_help', { command: name }), lang)}\n`;

describe('12-usage: each usage error is the catalogue\'s sentence, in either language, exit 2', () => {
  it.each(MISTAKES.map((m) => ({ ...m, shown: [m.name, ...m.args].join(' ') })))('$shown', ({ script, name, args, key, data }) => {
    const vi = run(script, args);
    const en = run(script, [...args, '--lang', 'en']);
    const envEn = run(script, args, { KE_HOACH_LANG: 'en' });
    expect(vi.stderr).toBe(expected(name, key, data, 'vi'));
    expect(en.stderr).toBe(expected(name, key, data, 'en'));
    expect(envEn.stderr).toBe(en.stderr);
    expect(vi.stderr).not.toBe(en.stderr);
    expect([vi.status, en.status, envEn.status]).toEqual([2, 2, 2]);
    expect(vi.stdout + en.stdout).toBe('');
  });

  it('says them in plain Vietnamese words', () => {
    expect(run('main', ['plans/2026.yaml', '--bogus']).stderr).toBe('build-plan: không có tùy chọn --bogus\nxem cách dùng: npm run build-plan -- --help\n');
    expect(run('new-plan', ['plans/2026.yaml']).stderr).toBe('new-plan: --year cần một năm từ 1945 đến 2100, ví dụ --year 2027\nxem cách dùng: npm run new-plan -- --help\n');
    expect(run('main', ['plans/2026.yaml', '--bogus', '--lang', 'en']).stderr).toBe('build-plan: unknown option --bogus\nsee: npm run build-plan -- --help\n');
  });

  it('reads --lang before the other options, wherever it stands', () => {
    expect(run('check', ['--lang', 'en', 'plans/2026.yaml', '--stric']).stderr).toBe(expected('check', 'usage.unknown_option', { option: '--stric' }, 'en'));
    expect(run('check', ['--stric', 'plans/2026.yaml', '--lang=en']).stderr).toBe(expected('check', 'usage.unknown_option', { option: '--stric' }, 'en'));
    // --lang vi overrides KE_HOACH_LANG=en
    expect(run('check', ['--stric', '--lang', 'vi'], { KE_HOACH_LANG: 'en' }).stderr).toBe(expected('check', 'usage.unknown_option', { option: '--stric' }, 'vi'));
  });

  it('refuses a language it has no catalogue for, in the language of the environment', () => {
    for (const script of ['main', 'import-plan', 'schema']) {
      const name = script === 'main' ? 'build-plan' : script;
      const vi = run(script, ['--lang', 'fr']);
      const en = run(script, ['--lang'], { KE_HOACH_LANG: 'en' });
      expect([vi.status, en.status]).toEqual([2, 2]);
      expect(vi.stderr).toBe(expected(name, 'usage.bad_lang', { value: 'fr' }, 'vi'));
      expect(en.stderr).toBe(expected(name, 'usage.bad_lang', { value: '' }, 'en'));
    }
  });
});

describe('12-usage: batch worker threads speak the language of --lang', () => {
  it('build-plan --lang en --each: the units built on worker threads say "open in Word" in English', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kh-12-batch-')), 'out');
    mkdirSync(out);
    // every unit's PDF is "open in a PDF reader" (KE_HOACH_FAULT=word-lock: a ~$ owner file beside
    // it), built on three worker threads
    const communes = [...readFileSync('plans/2026-communes.yaml', 'utf8').matchAll(/^ {6}- \[ ([^,]+),/gm)].map((m) => m[1]!);
    expect(communes).toHaveLength(20);
    for (const n of communes) writeFileSync(join(out, `~$2026-communes-${slug(n)}.pdf`), '');
    const args = ['plans/2026-communes.yaml', '--each', 'chi-tieu-xa', '--out', out, '--format', 'pdf'];
    const env = { KE_HOACH_FAULT: 'word-lock', KE_HOACH_WORKERS: '3' };
    const en = run('main', [...args, '--lang', 'en'], env);
    const failed = en.stderr.split('\n').filter((l) => l.startsWith('failed: '));
    expect(failed).toHaveLength(20);
    for (const line of failed) expect(line).toMatch(/: the file is open in a PDF reader and cannot be replaced; .* Close 2026-communes-[a-z-]+\.pdf in a PDF reader and run again\.$/);
    expect(en.stderr).not.toMatch(/tệp|đang mở|không/);
    expect(en.stdout).toMatch(/^built 0 of 20 plans \(0 files\) in [\d.]+ s on 3 threads/m);
    expect(en.status).toBe(1); // as test/windows.test.ts pins for a batch (a single plan gives 74)
    // and in Vietnamese by default, from every thread alike
    const vi = run('main', args, env);
    expect(vi.stderr.split('\n').filter((l) => l.startsWith('không dựng được: '))).toHaveLength(20);
    expect(vi.stderr).not.toMatch(/open in a PDF reader/);
    expect(vi.stdout).toMatch(/^đã dựng 0\/20 kế hoạch \(0 tệp\)/m);
  });
});

/** Starts `npm run studio` and gives its address, the page's HTML and its api/plan answer. */
async function studioPage(args: string[], env: Record<string, string>): Promise<{ html: string; plan: { lang: string } }> {
  const child = spawn(process.execPath, ['dist/bin/studio.mjs', 'plans/2026.yaml', '--no-open', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  try {
    let out = '';
    const url = await new Promise<string>((ok, fail) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\/[\w-]{20,}\//.exec(out);
        if (m && out.includes('Ctrl+C')) ok(m[0]);
      });
      child.on('exit', () => fail(new Error(`exited: ${out}`)));
    });
    const fetch = (u: string) => new Promise<string>((ok, fail) => get(u, (res) => { let s = ''; res.on('data', (c: Buffer) => (s += c.toString())); res.on('end', () => ok(s)); }).on('error', fail));
    return { html: `${out}\n${await fetch(url)}`, plan: JSON.parse(await fetch(`${url}api/plan`)) };
  } finally {
    child.kill('SIGTERM');
  }
}

describe('12-usage: the studio page follows --lang', () => {
  it('is served in Vietnamese by default, in English with --lang en or KE_HOACH_LANG=en', async () => {
    const vi = await studioPage([], { KE_HOACH_LANG: '' });
    expect(vi.html).toContain('<html lang="vi">');
    expect(vi.html).toContain('(địa chỉ này chỉ mở được trên máy này; Ctrl+C để dừng)');
    expect(vi.plan.lang).toBe('vi');
    const en = await studioPage(['--lang', 'en'], { KE_HOACH_LANG: '' });
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('(this address opens on this computer only; Ctrl+C to stop)');
    expect(en.plan.lang).toBe('en');
    expect((await studioPage([], { KE_HOACH_LANG: 'en' })).plan.lang).toBe('en');
  });
});
