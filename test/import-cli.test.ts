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
    expect(r.stdout).toContain(`wrote ${out}: 4 sections, 1 appendix; check: 0 errors, 7 warnings`);
    expect(r.stderr).toMatch(/Phường Phan Thiết\): column 'chua-tham-gia-bhyt-2019' is typed as 45 but computes to 50/);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\/.*\/plans\/plan\.schema\.json$/);
    const points = Number(/review the (\d+) points/.exec(r.stdout)?.[1]);
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
    expect([again.status, again.stderr.trim()]).toEqual([2, `import-plan: ${out} exists; choose another --out or add --force to overwrite it`]);
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
    expect([old.status, old.stderr.trim()]).toEqual([1, `import-plan: ${doc}: this is an old Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx`]);
    expect(existsSync(join(dir, 'cu.yaml'))).toBe(false);
    const missing = importPlan([join(dir, 'none.docx')]);
    expect([missing.status, missing.stderr.trim()]).toEqual([1, `import-plan: cannot read '${join(dir, 'none.docx')}': no such file`]);
    const report = join(dir, 'bao-cao.docx');
    writeFileSync(report, zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p></w:body></w:document>`) }));
    const notPlan = importPlan([report]);
    expect([notPlan.status, notPlan.stderr.trim()]).toEqual([1, `import-plan: ${report}: no line "KẾ HOẠCH" was found: is this file a plan (kế hoạch)?`]);
    expect(existsSync(join(dir, 'bao-cao.yaml'))).toBe(false);
  });

  it('answers bad usage with exit code 2 and the usage text', () => {
    const r = importPlan([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run import-plan -- <plan.docx> [--out FILE] [--force]');
  });
});
