// Regression tests 14-cli: `npm run import-plan` as a user runs it (the bundled command):
// the YAML written beside the Word file or where --out says, checked, never overwritten by
// accident, and files that are not a plan refused with a message and exit code 1.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCommand } from './helpers/cli.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'kh-import-'));
const importPlan = (args: string[], env: Record<string, string> = {}) => runCommand('import-plan', args, env);

describe('14-cli: import-plan', () => {
  it('writes the plan beside the Word file, checks it and names what to review', () => {
    const dir = tmp();
    copyFileSync('test/fixtures/import/seed-003.docx', join(dir, 'KH 2018.docx'));
    const r = importPlan([join(dir, 'KH 2018.docx')]);
    expect(r.status).toBe(0);
    const out = join(dir, 'KH 2018.yaml');
    expect(r.stdout).toContain(`wrote ${out}: 4 main sections, 1 appendix; check: 0 errors, 7 warnings`);
    expect(r.stderr).toMatch(/Phường Phan Thiết\): column 'chua-tham-gia-bhyt-2019' is typed as 45 but computes to 50/);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\/.*\/plans\/plan\.schema\.json$/);
    const points = Number(/review the (\d+) points/.exec(r.stdout)?.[1]);
    expect(yaml.split('\n')[1]).toBe(`# Imported from KH 2018.docx by npm run import-plan. Review before use (${points} points):`);
    expect(yaml.split('\n').filter((l) => l.startsWith('# - [')).length).toBe(points);
    // the written plan builds with build-plan
    const build = runCommand('main', [out, '--out', dir, '--format', 'docx']);
    expect(build.status).toBe(0);
  });

  it('writes where --out says, with the schema line relative inside the package, and refuses to overwrite without --force', () => {
    const dir = mkdtempSync(join('out', 'import-'));
    const out = join(dir, '2025.yaml');
    expect(importPlan(['test/fixtures/import/seed-000.docx', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../plans/plan.schema.json');
    writeFileSync(out, 'kept');
    const again = importPlan(['test/fixtures/import/seed-000.docx', '--out', out]);
    expect([again.status, again.stderr.trim()]).toEqual([2, `import-plan: ${out} exists; choose another name with --out, or add --force to overwrite it`]);
    expect(readFileSync(out, 'utf8')).toBe('kept');
    expect(importPlan(['test/fixtures/import/seed-000.docx', '--out', out, '--force']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('name: Lê Văn Trường');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses files that are not a plan in Word, in one line, writing nothing', () => {
    const dir = tmp();
    const doc = join(dir, 'cu.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const old = importPlan([doc]);
    expect([old.status, old.stderr.trim()]).toEqual([1, `import-plan: ${doc}: this is a Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx`]);
    expect(existsSync(join(dir, 'cu.yaml'))).toBe(false);
    const missing = importPlan([join(dir, 'none.docx')]);
    expect([missing.status, missing.stderr.trim()]).toEqual([1, `import-plan: cannot read '${join(dir, 'none.docx')}': no such file`]);
    const report = join(dir, 'bao-cao.docx');
    writeFileSync(report, zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p></w:body></w:document>`) }));
    const notPlan = importPlan([report]);
    expect([notPlan.status, notPlan.stderr.trim()]).toEqual([1, `import-plan: ${report}: no "KẾ HOẠCH" line at the top of the document: is this file a plan?`]);
    expect(existsSync(join(dir, 'bao-cao.yaml'))).toBe(false);
  });

  it('refuses hostile or damaged files in one line with exit code 1, never a stack trace, writing nothing', () => {
    const dir = tmp();
    const doc = (body: string) => strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
    const zeros = new Uint8Array(80 * 1024 * 1024).fill(0x20);
    const seed = readFileSync('test/fixtures/import/seed-000.docx');
    const cases: [string, Uint8Array, string][] = [
      ['bom.docx', zipSync({ 'word/document.xml': zeros }, { level: 9 }), 'the file unpacks to more than 64 MB: not a plan'],
      ['sau.docx', zipSync({ 'word/document.xml': doc(`${'<w:tbl>'.repeat(300)}${'</w:tbl>'.repeat(300)}`) }), 'part word/document.xml is too large (elements nested more than 256 levels deep): not a plan'],
      ['dai.docx', zipSync({ 'word/document.xml': doc('<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>'.repeat(30_001)) }), 'the document has more than 30,000 paragraphs: too long to be a plan'],
      ['hong.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }), 'the file is damaged, part word/document.xml cannot be read (detail: unexpected </w:body>): open it in Word or LibreOffice and save it again'],
      ['cut.docx', seed.subarray(0, seed.length >> 1), 'the file is damaged and cannot be unpacked (detail: invalid zip data): open it in Word or LibreOffice and save it again'],
      ['rong.docx', new Uint8Array(0), 'this is not a Word file (.docx)'],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = importPlan([join(dir, name)]);
      expect([name, r.status, r.stderr.trim()]).toEqual([name, 1, `import-plan: ${join(dir, name)}: ${message}`]);
      expect(existsSync(join(dir, name.replace('.docx', '.yaml')))).toBe(false);
    }
    const folder = importPlan([dir]);
    expect([folder.status, folder.stderr.trim()]).toEqual([1, `import-plan: ${dir}: this is a folder, not a Word file`]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('speaks Vietnamese by default and English with --lang en: the summary, the review list on top of the YAML, the refusals', () => {
    const dir = tmp();
    const vi = { KE_HOACH_LANG: '' };
    const out = join(dir, 'vi.yaml');
    const r = importPlan(['test/fixtures/import/seed-002.docx', '--out', out], vi);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`đã ghi ${out}: `);
    const points = Number(/hãy xem lại (\d+) điểm ghi ở đầu file, rồi chạy: npm run build-plan -- /.exec(r.stdout)?.[1]);
    const yaml = readFileSync(out, 'utf8').split('\n');
    expect(yaml[1]).toBe(`# Nhập từ seed-002.docx bằng npm run import-plan. Xem lại trước khi dùng (${points} điểm):`);
    expect(yaml).toContain('# - [Thể thức (ND30)] Văn bản cũ in "PHỤ LỤC" chữ hoa: ND30 viết "Phụ lục" (chữ thường, in đậm); công cụ in đúng.');
    expect(yaml).toContain('# Số thứ tự các mục, "./.", chữ in hoa và dòng "Kèm theo" của phụ lục do công cụ tự in: không gõ lại.');
    const en = join(dir, 'en.yaml');
    const e = importPlan(['test/fixtures/import/seed-002.docx', '--out', en, '--lang', 'en'], vi);
    expect(e.stdout).toContain(`review the ${points} points listed at the top of the file, then run: npm run build-plan -- ${en}`);
    const english = readFileSync(en, 'utf8').split('\n');
    expect(english[1]).toBe(`# Imported from seed-002.docx by npm run import-plan. Review before use (${points} points):`);
    expect(english).toContain('# - [Form (ND30)] The old document prints "PHỤ LỤC" in capitals: ND30 writes "Phụ lục" (lower case, bold); the tool prints it right.');
    // the same points, the plan itself the same: only the comment on top speaks another language
    expect(english.filter((l) => l.startsWith('# - [')).length).toBe(points);
    expect(english.filter((l) => !l.startsWith('#'))).toEqual(yaml.filter((l) => !l.startsWith('#')));
    const doc = join(dir, 'cu.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(importPlan([doc], vi).stderr.trim()).toBe(`import-plan: ${doc}: đây là file Word 97-2003 (.doc): hãy mở bằng Word hoặc LibreOffice rồi lưu lại thành .docx`);
    expect(importPlan([join(dir, 'none.docx')], vi).stderr.trim()).toBe(`import-plan: không đọc được '${join(dir, 'none.docx')}': không có tệp này`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers bad usage with exit code 2, the mistake and where the usage is', () => {
    const r = importPlan([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('import-plan: name exactly one Word file (.docx)\nsee: npm run import-plan -- --help\n');
  });
});
