// The studio's server without a browser: who may talk to it, and what it answers (the same
// diagnostics as `check`, the PDF, saves that never overwrite a change made on disk meanwhile,
// the files written, the comparison, the events when data files change).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../helpers/cli.js';
import { call, json, openStudio, type Answer, type StudioCase } from '../helpers/studio.js';

/** A preview answer: 4 bytes of length, the JSON head, the patch PDF (head.patch.bytes), the PDF. */
function preview(a: Answer) {
  const len = a.body.readUInt32BE(0);
  const head = JSON.parse(a.body.subarray(4, 4 + len).toString('utf8'));
  const patchEnd = 4 + len + (head.patch?.bytes ?? 0);
  return { head, patch: a.body.subarray(4 + len, patchEnd), pdf: a.body.subarray(patchEnd) };
}

let c: StudioCase;
let api: (path: string, o?: Parameters<typeof call>[2]) => Promise<Answer>;
const post = (path: string, body: unknown) => api(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

beforeAll(async () => {
  c = await openStudio(['2026.yaml', 'plan.schema.json'], 'test-token-0123456789');
  api = (path, o) => call(c.studio.port, `/test-token-0123456789/${path}`, o);
});
afterAll(() => c.studio.close());

describe('studio server: access', () => {
  it('listens on 127.0.0.1 and gives an address with the token', () => {
    expect(c.studio.url).toBe(`http://127.0.0.1:${c.studio.port}/test-token-0123456789/`);
  });

  it('answers 403 to a request without the token, or with a wrong one', async () => {
    for (const path of ['/', '/api/plan', '/index.html', '/test-token-012345678/api/plan', '/TEST-TOKEN-0123456789/api/plan'])
      expect((await call(c.studio.port, path)).status, path).toBe(403);
    expect((await api('api/plan')).status).toBe(200);
  });

  it('answers 403 to another Host (DNS rebinding) and to a change asked by another site', async () => {
    expect((await api('api/plan', { headers: { Host: `evil.example:${c.studio.port}` } })).status).toBe(403);
    expect((await api('api/plan', { headers: { Host: 'localhost:1' } })).status).toBe(403);
    expect((await api('api/plan', { headers: { Host: `localhost:${c.studio.port}` } })).status).toBe(200);
    expect((await api('api/save', { method: 'POST', body: '{}', headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await api('api/plan', { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
  });

  it('serves only its own page files, with a strict content policy', async () => {
    const page = await api('');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('lang="vi"');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    for (const path of ['../package.json', '..%2F..%2Fpackage.json', 'api/../../package.json', '2026.yaml'])
      expect((await api(path)).status, path).not.toBe(200);
  });
});

describe('studio server: the plan', () => {
  it('gives the plan as it is on disk, and the other plans of its folder', async () => {
    const state = json(await api('api/plan'));
    expect(state).toMatchObject({ name: '2026.yaml', path: '2026.yaml', lineSeparator: '\n', otherPlans: [] });
    expect(state.text).toBe(readFileSync(join(c.dir, '2026.yaml'), 'utf8'));
  });

  it('answers a good text with its PDF', async () => {
    const p = preview(await api('api/preview', { method: 'POST', body: readFileSync(join(c.dir, '2026.yaml'), 'utf8') }));
    expect(p.head).toMatchObject({ ok: true, diagnostics: [] });
    expect(p.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keys each page so that an edit redraws only the pages it changed', async () => {
    const text = readFileSync(join(c.dir, '2026.yaml'), 'utf8');
    const before = preview(await api('api/preview', { method: 'POST', body: text })).head.pageKeys as string[];
    // a village's population is printed in the appendix (the last page) only
    const edited = text.replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà, 1123, 958 ]');
    expect(edited).not.toBe(text);
    const after = preview(await api('api/preview', { method: 'POST', body: edited })).head.pageKeys as string[];
    expect(after.length).toBe(before.length);
    expect(before.length).toBeGreaterThan(2);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).not.toBe(before.at(-1));
    // a changed target is printed in the text: its page changes, the appendix too (its header names it)
    const target = preview(await api('api/preview', { method: 'POST', body: text.replace('value: 95.5', 'value: 97') })).head.pageKeys as string[];
    expect(target.filter((k, i) => k !== before[i]).length).toBeGreaterThan(0);
    expect(target.filter((k, i) => k !== before[i]).length).toBeLessThan(before.length);
  });

  it('15-patch: told which pages the page shows, it sends the places an edit changed and a small PDF of what is drawn there', async () => {
    const text = readFileSync(join(c.dir, '2026.yaml'), 'utf8');
    const shown = preview(await api('api/preview', { method: 'POST', body: text })).head.pageKeys as string[];
    const edited = text.replace('[ Thôn Ngọc Trà, 1023, 958 ]', '[ Thôn Ngọc Trà, 1029, 951 ]');
    const drawn = (keys: string) => ({ method: 'POST', body: edited, headers: { 'X-Drawn': keys } });
    const p = preview(await api('api/preview', drawn(shown.join(','))));
    expect(p.head.ok).toBe(true);
    const last = shown.length - 1;
    expect(p.head.patch.pages).toEqual([{ page: last, base: shown[last], part: 0, rects: expect.any(Array) }]);
    const rects = p.head.patch.pages[0].rects as number[][];
    expect(rects.length).toBeGreaterThan(0);
    for (const [x0, y0, x1, y1] of rects) expect(0 <= x0! && x0! < x1! && x1! <= 595.3 && 0 <= y0! && y0! < y1! && y1! <= 842).toBe(true);
    // the patch: one page of the page's size, much smaller than the whole; the whole PDF follows
    const { PDFDocument } = await import('pdf-lib');
    const patch = await PDFDocument.load(p.patch);
    const whole = await PDFDocument.load(p.pdf);
    expect(patch.getPageCount()).toBe(1);
    expect(patch.getPage(0).getSize()).toEqual(whole.getPage(last).getSize());
    expect(p.patch.length).toBeLessThan(p.pdf.length / 2);
    expect(whole.getPageCount()).toBe(shown.length);
    // pages the server does not know, or a header that is not keys: the whole PDF only
    for (const junk of ['0123456789abcdef0123,' + shown.slice(1).join(',').replace(shown[last]!, 'fedcba9876543210fedc'), '../../etc/passwd', 'x'.repeat(2000)]) {
      const q = preview(await api('api/preview', drawn(junk)));
      expect(q.head.ok).toBe(true);
      expect(q.head.patch).toBeUndefined();
      expect(q.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('answers a text with mistakes with the same messages as `check`, and no PDF', async () => {
    const text = readFileSync(join(c.dir, '2026.yaml'), 'utf8').replace('date: 2026-01\n', 'date: 2026-02-30\n').replace('title: Thực hiện', 'titel: Thực hiện');
    const p = preview(await api('api/preview', { method: 'POST', body: text }));
    expect(p.head.ok).toBe(false);
    expect(p.pdf.length).toBe(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'kh-check-'));
    writeFileSync(join(elsewhere, 'bad.yaml'), text);
    const check = runCommand('check', [join(elsewhere, 'bad.yaml')], { KE_HOACH_LANG: '' }); // both in the default language
    const fromCheck = check.stderr.split('\n').filter((l) => /^\S.*:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*?bad\.yaml:/, ''));
    const fromStudio = p.head.diagnostics.map((d: { line: number; column: number; message: string; inPlan: boolean }) => (expect(d.inPlan).toBe(true), `${d.line}:${d.column}: ${d.message}`));
    expect(fromStudio).toEqual(fromCheck);
    expect(fromStudio).toEqual([expect.stringMatching(/^12:7: .*2026-02-30/), expect.stringMatching(/^13:1: .*titel/)]);
  });

  it('saves the text atomically over the version it started from', async () => {
    const { version, text } = json(await api('api/plan'));
    const edited = text.replace('value: 95.5', 'value: 96');
    const saved = json(await post('api/save', { text: edited, baseVersion: version }));
    expect(saved.saved).toBe(true);
    expect(readFileSync(join(c.dir, '2026.yaml'), 'utf8')).toBe(edited);
    expect(saved.version).not.toBe(version);
  });

  it('refuses to save over a change made on disk meanwhile, and gives that text', async () => {
    const { version, text } = json(await api('api/plan'));
    const theirs = `${text}# changed by another editor\n`;
    writeFileSync(join(c.dir, '2026.yaml'), theirs);
    const answer = await post('api/save', { text: text.replace('Nguyễn Văn An', 'Trần Văn Bình'), baseVersion: version });
    expect(answer.status).toBe(409);
    expect(json(answer)).toMatchObject({ saved: false, conflict: true, diskText: theirs });
    expect(readFileSync(join(c.dir, '2026.yaml'), 'utf8')).toBe(theirs);
    // the user chose to keep theirs over the version they saw
    expect(json(await post('api/save', { text, baseVersion: json(answer).diskVersion })).saved).toBe(true);
    expect(readFileSync(join(c.dir, '2026.yaml'), 'utf8')).toBe(text);
  });

  it('writes the plan again when it was removed meanwhile (nothing to lose)', async () => {
    const { version, text } = json(await api('api/plan'));
    rmSync(join(c.dir, '2026.yaml'));
    expect(json(await post('api/save', { text, baseVersion: version })).saved).toBe(true);
    expect(readFileSync(join(c.dir, '2026.yaml'), 'utf8')).toBe(text);
  });

  it('writes the DOCX and PDF of the saved plan to the output folder', async () => {
    const answer = json(await post('api/export', {}));
    expect(answer).toEqual({ written: ['out/2026.docx', 'out/2026.pdf'], diagnostics: [] });
    expect(readFileSync(join(c.dir, 'out/2026.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(c.dir, 'out/2026.docx'))).toBe(true);
  });

  it('compares with another plan of the folder only', async () => {
    expect(runCommand('new-plan', [join(c.dir, '2026.yaml'), '--year', '2027', '--out', join(c.dir, '2027.yaml')]).status).toBe(0);
    const { text, otherPlans } = json(await api('api/plan'));
    expect(otherPlans).toEqual(['2027.yaml']);
    const md = json(await post('api/compare', { other: '2027.yaml', text, otherIsNewer: true })).markdown as string;
    expect(md).toMatch(/^## /m);
    expect(md).toContain('2027');
    for (const other of ['../2026.yaml', '/etc/passwd', 'plan.schema.json']) expect((await post('api/compare', { other, text, otherIsNewer: true })).status, other).toBe(400);
  });
});

describe('studio server: data files', () => {
  let d: StudioCase;
  beforeAll(async () => {
    d = await openStudio(['examples/002-trieu-son-2024.yaml', 'examples/data']);
  });
  afterAll(() => d.studio.close());

  /** Previews `plan`, changes the CSV on disk and gives the events that came meanwhile. */
  async function eventsWhenCsvChanges(plan: string, from: string, to: string): Promise<string> {
    const events: string[] = [];
    const stream = request({ host: '127.0.0.1', port: d.studio.port, path: `/${d.studio.token}/api/events`, headers: { Host: `127.0.0.1:${d.studio.port}` } }, (res) => res.on('data', (b: Buffer) => events.push(b.toString())));
    stream.end();
    const p = preview(await call(d.studio.port, `/${d.studio.token}/api/preview`, { method: 'POST', body: plan }));
    expect(p.head.ok).toBe(true);
    const csv = join(d.dir, 'examples/data/002-trieu-son-2024.csv');
    await new Promise((ok) => setTimeout(ok, 600));
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(from, to));
    for (let i = 0; i < 40 && !events.join('').includes('data-changed'); i++) await new Promise((ok) => setTimeout(ok, 100));
    stream.destroy();
    return events.join('');
  }

  it('announces a change of a data file the plan reads', async () => {
    const plan = readFileSync(join(d.dir, 'examples/002-trieu-son-2024.yaml'), 'utf8');
    expect(await eventsWhenCsvChanges(plan, '1.082', '1.083')).toContain('"type":"data-changed","file":"data/002-trieu-son-2024.csv"');
  });

  it('16-paths: also when the plan names it the Windows way (data\\file.csv)', async () => {
    const plan = readFileSync(join(d.dir, 'examples/002-trieu-son-2024.yaml'), 'utf8').replace('file: data/002', 'file: data\\002');
    expect(plan).toContain('file: data\\002-trieu-son-2024.csv');
    expect(await eventsWhenCsvChanges(plan, '1.083', '1.084')).toContain('"type":"data-changed","file":"data/002-trieu-son-2024.csv"');
  });
});
