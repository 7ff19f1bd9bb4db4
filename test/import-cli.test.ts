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
const importPlan = (args: string[]) => runCommand('import-plan', args);

describe('14-cli: import-plan', () => {
  it('writes the plan beside the Word file, checks it and names what to review', () => {
    const dir = tmp();
    copyFileSync('test/fixtures/import/seed-003.docx', join(dir, 'KH 2018.docx'));
    const r = importPlan([join(dir, 'KH 2018.docx')]);
    expect(r.status).toBe(0);
    const out = join(dir, 'KH 2018.yaml');
    expect(r.stdout).toContain(`đã ghi ${out}: 4 mục lớn, 1 phụ lục; kiểm tra: 0 lỗi, 7 cảnh báo`);
    expect(r.stderr).toMatch(/Phường Phan Thiết\): column 'chua-tham-gia-bhyt-2019' is typed as 45 but computes to 50/);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\/.*\/plans\/plan\.schema\.json$/);
    const points = Number(/xem lại (\d+) điểm/.exec(r.stdout)?.[1]);
    expect(yaml.split('\n')[1]).toBe(`# Nhập từ KH 2018.docx bằng npm run import-plan. Xem lại trước khi dùng (${points} điểm):`);
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
    expect([old.status, old.stderr.trim()]).toEqual([1, `import-plan: ${doc}: đây là file Word 97-2003 (.doc): hãy mở bằng Word hoặc LibreOffice rồi lưu lại thành .docx`]);
    expect(existsSync(join(dir, 'cu.yaml'))).toBe(false);
    const missing = importPlan([join(dir, 'none.docx')]);
    expect([missing.status, missing.stderr.trim()]).toEqual([1, `import-plan: không đọc được '${join(dir, 'none.docx')}': không có file này`]);
    const report = join(dir, 'bao-cao.docx');
    writeFileSync(report, zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p></w:body></w:document>`) }));
    const notPlan = importPlan([report]);
    expect([notPlan.status, notPlan.stderr.trim()]).toEqual([1, `import-plan: ${report}: không thấy dòng "KẾ HOẠCH" ở đầu văn bản: file này có phải là một kế hoạch không?`]);
    expect(existsSync(join(dir, 'bao-cao.yaml'))).toBe(false);
  });

  it('refuses hostile or damaged files in one line with exit code 1, never a stack trace, writing nothing', () => {
    const dir = tmp();
    const doc = (body: string) => strToU8(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
    const zeros = new Uint8Array(80 * 1024 * 1024).fill(0x20);
    const seed = readFileSync('test/fixtures/import/seed-000.docx');
    const cases: [string, Uint8Array, string][] = [
      ['bom.docx', zipSync({ 'word/document.xml': zeros }, { level: 9 }), 'nội dung file giải nén ra hơn 64 MB: không phải một kế hoạch'],
      ['sau.docx', zipSync({ 'word/document.xml': doc(`${'<w:tbl>'.repeat(300)}${'</w:tbl>'.repeat(300)}`) }), 'phần word/document.xml quá lớn (các phần tử lồng nhau quá 256 tầng): không phải một kế hoạch'],
      ['dai.docx', zipSync({ 'word/document.xml': doc('<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>'.repeat(30_001)) }), 'văn bản có hơn 30.000 đoạn văn: quá dài để là một kế hoạch'],
      ['hong.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>') }), 'file bị hỏng, phần word/document.xml không đọc được (chi tiết: unexpected </w:body>): hãy mở bằng Word hoặc LibreOffice rồi lưu lại'],
      ['cut.docx', seed.subarray(0, seed.length >> 1), 'file bị hỏng, không giải nén được (chi tiết: invalid zip data): hãy mở bằng Word hoặc LibreOffice rồi lưu lại'],
      ['rong.docx', new Uint8Array(0), 'đây không phải file Word (.docx)'],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = importPlan([join(dir, name)]);
      expect([name, r.status, r.stderr.trim()]).toEqual([name, 1, `import-plan: ${join(dir, name)}: ${message}`]);
      expect(existsSync(join(dir, name.replace('.docx', '.yaml')))).toBe(false);
    }
    const folder = importPlan([dir]);
    expect([folder.status, folder.stderr.trim()]).toEqual([1, `import-plan: ${dir}: đây là một thư mục, không phải file Word`]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers bad usage with exit code 2, the mistake and where the usage is', () => {
    const r = importPlan([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('import-plan: name exactly one Word file (.docx)\nsee: npm run import-plan -- --help\n');
  });
});
