// "Xuất DOCX và PDF" in the studio while the DOCX is open in Word (Windows refuses to replace
// it; KE_HOACH_FAULT=word-lock makes a file with Word's owner file ~$<name> beside it busy, as
// there), or while a file cannot be written at all: the page says so in the words build-plan
// prints, and the DOCX and PDF stay the previous build's, together.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, json, openStudio, type StudioCase } from '../helpers/studio.js';

vi.hoisted(() => {
  process.env.KE_HOACH_FAULT = 'word-lock'; // read when write-output.ts loads
});

let c: StudioCase;
const post = (path: string, body: unknown) =>
  call(c.studio.port, `/test-token-busy-0123456789/${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const out = (name: string) => join(c.dir, 'out', name);

/** Saves the plan with its title changed, so that the next export gives other bytes. */
async function retitle(year: string): Promise<void> {
  const { text, version } = json(await call(c.studio.port, '/test-token-busy-0123456789/api/plan'));
  const changed = (text as string).replace(/^title: (.*)$/m, `title: $1 (${year})`);
  expect(changed).not.toBe(text);
  expect(json(await post('api/save', { text: changed, baseVersion: version })).saved).toBe(true);
}

beforeAll(async () => {
  c = await openStudio(['2026.yaml'], 'test-token-busy-0123456789');
});
afterAll(() => c.studio.close());

describe('16-busy-output: the studio writes DOCX and PDF while Word holds the DOCX', () => {
  it('says in Vietnamese which file to close, keeps both previous files, and writes them once it is closed', async () => {
    expect(json(await post('api/export', {})).written).toEqual(['out/2026.docx', 'out/2026.pdf']);
    const before = { docx: readFileSync(out('2026.docx')), pdf: readFileSync(out('2026.pdf')) };

    await retitle('2027');
    writeFileSync(out('~$2026.docx'), 'Word'); // Word opens the file
    const busy = json(await post('api/export', {}));
    expect(busy.written).toEqual([]);
    expect(busy.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'output_busy',
        message: expect.stringMatching(/^out[\\/]2026\.docx: tệp đang mở trong Word nên không ghi đè được; tệp cũ vẫn giữ nguyên\. 2026\.pdf cũng chưa được thay.* Hãy đóng tệp 2026\.docx trong Word rồi chạy lại\.$/),
        hints: [],
        inPlan: false,
      },
    ]);
    expect(readFileSync(out('2026.docx')).equals(before.docx)).toBe(true);
    expect(readFileSync(out('2026.pdf')).equals(before.pdf)).toBe(true);
    expect(readdirSync(join(c.dir, 'out')).sort()).toEqual(['2026.docx', '2026.pdf', '~$2026.docx']); // no temporary files left

    rmSync(out('~$2026.docx')); // Word closes it
    expect(json(await post('api/export', {}))).toEqual({ written: ['out/2026.docx', 'out/2026.pdf'], diagnostics: [] });
    expect(readFileSync(out('2026.docx')).equals(before.docx)).toBe(false);
    expect(readFileSync(out('2026.pdf')).equals(before.pdf)).toBe(false);
  });

  it('says which file cannot be written for another reason, and keeps the DOCX as it was', async () => {
    const docx = readFileSync(out('2026.docx'));
    await retitle('2028');
    rmSync(out('2026.pdf'));
    mkdirSync(out('2026.pdf/thư mục'), { recursive: true }); // a folder where the PDF should go
    const answer = json(await post('api/export', {}));
    expect(answer.written).toEqual([]);
    expect(answer.diagnostics).toMatchObject([{ severity: 'error', code: 'output_unwritable', file: join('out', '2026.pdf'), inPlan: false }]);
    expect(readFileSync(out('2026.docx')).equals(docx)).toBe(true);
  });
});
