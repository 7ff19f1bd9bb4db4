// YAML traps of Vietnamese text (issue 12) that the corpus cannot show because they are warnings
// or need --strict / --lang: a list in brackets split by its commas, the language switch, and no
// false alarm on the shipped plans. The errors (colons, signs, typed labels) are in
// test/diagnostics/12-*.yaml, in both languages.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand as run } from './helpers/cli.js';

/** The commands as a Vietnamese office runs them: no language set. */
const runCommand = (script: string, args: string[]) => run(script, args, { KE_HOACH_LANG: '' });

const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');

function planWith(replace: [string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kh-traps-'));
  const file = join(dir, 'ke-hoach.yaml');
  writeFileSync(file, replace.reduce((text, [a, b]) => text.replace(a, b), MINIMAL));
  return file;
}

describe('12-comma-split: a list in brackets that commas split inside a phrase', () => {
  const file = planWith([['to: [ Các thôn ]', 'to: [ Các phòng, ban, đơn vị thuộc huyện, UBND các xã, thị trấn ]']]);

  it('is a warning at its line, showing the pieces and how to keep the phrase', () => {
    const r = runCommand('check', [file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(':21:7: cảnh báo: dấu phẩy trong [ … ] đã tách câu này thành 5 mục: "Các phòng"; "ban"; "đơn vị thuộc huyện"; "UBND các xã"; "thị trấn"');
    expect(r.stderr).toContain('[ "Các phòng, ban, đơn vị thuộc huyện, UBND các xã, thị trấn" ]');
  });

  it('fails with --strict', () => {
    expect(runCommand('check', [file, '--strict']).status).toBe(1);
  });

  it('says nothing of pieces that each start a new name', () => {
    const clean = planWith([['to: [ Các thôn ]', 'to: [ Các phòng, Ban Chỉ huy quân sự, UBND các xã ]']]);
    const r = runCommand('check', [clean, '--strict']);
    expect(r.stderr).not.toContain('dấu phẩy');
    expect(r.status).toBe(0);
  });

  it('says nothing on the shipped plans', () => {
    for (const f of readdirSync('plans').filter((n) => n.endsWith('.yaml')))
      expect(runCommand('check', [join('plans', f)]).stderr, f).not.toMatch(/dấu phẩy trong \[/);
  });
});

describe('12-text-as-key: only one line of text is taken for text read as a key', () => {
  // found by the fuzz test: an empty key with a value over several lines was "fixed" into a quote
  // holding line breaks, and the message ended on an empty key
  it('says nothing of it for an empty key, nor for a value over several lines', () => {
    for (const item of ['- "": |+\n\n', '- Kinh phí: |\n          dòng một\n          dòng hai']) {
      const r = runCommand('check', [planWith([['- Một đoạn văn.', item]])]);
      expect(r.status, item).toBe(1);
      expect(r.stderr, item).not.toContain('thành tên một trường');
    }
  });
});

describe('12-lang: Vietnamese by default, English behind --lang en', () => {
  const file = planWith([['title: Mục đích', 'title: I. Mục đích']]);

  it('prints the same diagnostic in either language, at the same place', () => {
    const vi = runCommand('check', [file]);
    const en = runCommand('check', [file, '--lang', 'en']);
    expect(vi.stderr).toContain(":12:12: Tiêu đề mục (title): 'I.' do công cụ tự thêm; gõ ở đây thì khi in sẽ thành hai lần (\"I. I. Mục đích\")");
    expect(vi.stderr).toContain('hãy viết: title: "Mục đích"');
    expect(vi.stdout).toBe('đã kiểm tra 1 kế hoạch: 1 lỗi, 0 cảnh báo\n');
    expect(en.stderr).toContain(":12:12: ");
    expect(en.stderr).toContain('write: title: "Mục đích"');
    expect(en.stdout).toBe('checked 1 plan: 1 error, 0 warnings\n');
    expect([vi.status, en.status]).toEqual([1, 1]);
  });

  it('refuses a language it has no catalogue for (exit 2)', () => {
    const r = runCommand('check', [file, '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('check: --lang chỉ nhận vi (tiếng Việt, mặc định) hoặc en (English), không nhận "fr"\nxem cách dùng: npm run check -- --help\n');
  });

  it('a section marked numbered: false may start with its own number', () => {
    const own = planWith([['title: Mục đích', 'title: I. Mục đích\n    numbered: false']]);
    expect(runCommand('check', [own]).status).toBe(0);
  });
});
