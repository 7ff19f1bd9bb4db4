// The studio in a real browser, as a chuyên viên uses it: edit the plan, see the document change,
// see mistakes at their line, save, write DOCX and PDF, meet a change made on disk meanwhile.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDocument, renderFormat } from '../../src/index.js';
import { CHROMIUM, launchBrowser } from '../helpers/browser.js';
import { runCommand } from '../helpers/cli.js';
import { openStudio, type StudioCase } from '../helpers/studio.js';
import { requireTools } from '../helpers/tools.js';

let browser: BrowserContext;
let c: StudioCase | undefined;
let page: Page;

async function open(files: string[], lang?: 'vi' | 'en'): Promise<void> {
  c = await openStudio(files, undefined, lang);
  page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(c.studio.url);
  await page.waitForFunction(() => window.studio?.previewCount > 0, null, { timeout: 30_000 });
  await documentShows([]);
}

/** Waits until the document's text layer (read back from pdf.js) contains every string. */
const documentShows = (texts: string[]) =>
  page
    .waitForFunction(
    (texts) => {
      const layers = [...document.querySelectorAll('#pages .textLayer')];
      const all = layers.map((l) => l.textContent).join(' ').replace(/\s+/g, ' ');
      return layers.length > 0 && texts.every((t) => all.includes(t));
    },
    texts,
    { timeout: 30_000 },
  )
    .catch(async (e: unknown) => {
      const shown = await page.evaluate(() => [...document.querySelectorAll('#pages .textLayer')].map((l) => l.textContent).join(' ').replace(/\s+/g, ' '));
      throw new Error(`the document does not show ${JSON.stringify(texts)}; it shows: ${shown.slice(-1500)}`, { cause: e });
    });

/** Puts the cursor after the first occurrence of `text` (plus `offset`). */
const cursorAfter = (text: string, offset = 0) =>
  page.evaluate(
    ([text, offset]) => {
      const v = window.studio.view;
      const i = v.state.doc.toString().indexOf(text);
      if (i < 0) throw new Error(`not in the plan: ${text}`);
      v.dispatch({ selection: { anchor: i + text.length + offset }, scrollIntoView: true });
      v.focus();
    },
    [text, offset] as const,
  );

const editorText = () => page.evaluate(() => window.studio.view.state.sliceDoc());
const diskText = () => readFileSync(join(c!.dir, c!.plan), 'utf8');

async function replaceBefore(count: number, typed: string): Promise<void> {
  for (let i = 0; i < count; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type(typed, { delay: 30 });
}

/** Each page of the preview looks exactly as the page of the document shown drawn whole now
 * (pixels compared in the page, after the drawing has settled). */
async function expectPagesAsDrawnWhole(): Promise<void> {
  await page.evaluate(() => window.studio.idle());
  const differing = await page.evaluate(async () => {
    const out: number[] = [];
    for (let i = 0; i < document.querySelectorAll('#pages .page').length; i++) out.push(await window.studio.differsFromWhole(i));
    return out;
  });
  expect(differing.length).toBeGreaterThan(2);
  expect(differing).toEqual(differing.map(() => 0));
}

describe('studio in a browser', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    if (CHROMIUM) browser = await launchBrowser();
  });
  // without chromium each check skips, named in the line at the end of the run (CI requires it)
  beforeEach((ctx) => requireTools(ctx, 'chromium'));
  afterAll(() => browser?.close());
  afterEach(async () => {
    await page?.close();
    await c?.studio.close();
    c = undefined;
  });

  it('a target and a village figure changed: the text and the totals change; saved; DOCX and PDF written', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    await documentShows(['95,5%', '40.519']);
    expect(await page.locator('#outline-list').innerText()).toContain('Nội dung');
    // what each page's canvas shows now; pages the edits do not change keep theirs
    await page.evaluate(() => document.querySelectorAll('#pages canvas').forEach((c, i) => ((c as HTMLElement).dataset.was = String(i + 1))));
    await cursorAfter('value: 95.5');
    await replaceBefore(4, '97');
    await cursorAfter('[ Thôn Ngọc Trà, 1023');
    await replaceBefore(4, '1123');
    await documentShows(['97%', '40.619', '1.123']);
    // every page shows the new document exactly (those the edits changed were drawn again, whole
    // or in the places that changed), and pages the edits did not change kept their canvases
    await expectPagesAsDrawnWhole();
    expect(await page.evaluate(() => document.querySelectorAll('#pages canvas[data-was]').length)).toBeGreaterThan(0);
    // the preview was scrolled to the row being edited, in the appendix
    // (smooth scrolling takes a moment)
    const rowInView = () => page.evaluate(() => {
      const scroller = document.getElementById('preview-scroll')!;
      const span = [...document.querySelectorAll('#pages .textLayer span')].find((s) => s.textContent === 'Thôn Ngọc Trà');
      if (!span) return `no text 'Thôn Ngọc Trà' in the text layers (scrollTop ${scroller.scrollTop})`;
      const r = span.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom ? 'in view' : `row at ${r.top}..${r.bottom}, view ${box.top}..${box.bottom}`;
    });
    await expect.poll(rowInView, { timeout: 5_000 }).toBe('in view');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('#save-state').innerText()).toMatch(/^Đã lưu/);
    expect(diskText()).toBe(await editorText());
    expect(diskText()).toContain('value: 97\n');
    await page.click('#btn-export');
    await expect.poll(() => page.locator('#notice').innerText(), { timeout: 30_000 }).toBe('Đã ghi out/2026.docx và out/2026.pdf.');
    const built = await buildDocument(join(c!.dir, c!.plan));
    expect(readFileSync(join(c!.dir, 'out/2026.pdf'))).toEqual(Buffer.from((await renderFormat(built.document, 'pdf')).bytes));
  });

  it('15-stale: typing again after a pause, the first key\'s answer (outdated by the second key) is not drawn before the newest text', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    await page.evaluate(() => window.studio.idle());
    await cursorAfter('value: 95.5');
    // a pause longer than the 2 s after which a preview that lags behind the typing is refreshed
    // with an outdated answer: the preview is up to date, so it does not lag
    await page.waitForTimeout(2_500);
    const before = await page.evaluate(() => window.studio.drawings);
    // two edits in the page itself (the server shares this process: its build would hold back a
    // key sent from here), the second once the first text is on its way
    await page.evaluate(async () => {
      const v = window.studio.view;
      const at = v.state.selection.main.head;
      v.dispatch({ changes: { from: at - 1, to: at } });
      await new Promise((ok) => setTimeout(ok, 0)); // the first text is on its way
      v.dispatch({ changes: { from: at - 1, insert: '6' } });
    });
    await documentShows(['95,6%']);
    await page.evaluate(() => window.studio.idle());
    expect(await page.evaluate(() => window.studio.drawings)).toBe(before + 1);
  });

  it('15-send: an edit\'s text is sent in the edit\'s own dispatch, before the editor takes it in', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    await page.evaluate(() => window.studio.idle());
    await cursorAfter('value: 95.5');
    const sent = await page.evaluate(() => {
      const sent: { url: string; editorHadIt: boolean }[] = [];
      const fetch = window.fetch;
      const v = window.studio.view;
      window.fetch = (input, init) => (sent.push({ url: String(input), editorHadIt: v.state.doc.toString().includes('value: 95.6') }), fetch(input, init));
      const at = v.state.selection.main.head;
      v.dispatch({ changes: { from: at - 1, to: at, insert: '6' } });
      window.fetch = fetch; // the edit's own dispatch: no microtask, no timer, no frame yet
      return sent.filter((s) => s.url.endsWith('api/preview'));
    });
    // sent before the editor took the edit in (parsed it and drew it): that then overlaps the build
    expect(sent).toEqual([{ url: 'api/preview', editorHadIt: false }]);
    await documentShows(['95,6%']);
  });

  it('15-patch: a figure changed in the appendix in view is drawn anew in its places only, and the page then looks as drawn whole; a long edit redraws whole pages', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    await cursorAfter('[ Thôn Ngọc Trà, 1023');
    await replaceBefore(1, '9');
    await documentShows(['1.029']);
    // the preview has scrolled to the row: the appendix is in view; its canvas is kept and redrawn in part
    await page.evaluate(() => window.studio.idle());
    await page.evaluate(() => document.querySelectorAll('#pages canvas').forEach((c, i) => ((c as HTMLElement).dataset.was = String(i + 1))));
    const patchedBefore = await page.evaluate(() => window.studio.patched);
    await cursorAfter('[ Thôn Ngọc Trà, 1029, 958');
    await replaceBefore(1, '1');
    await documentShows(['1.029', '951']);
    expect(await page.evaluate(() => window.studio.patched)).toBeGreaterThan(patchedBefore);
    expect(await page.evaluate(() => document.querySelectorAll('#pages canvas').length)).toBe(await page.evaluate(() => document.querySelectorAll('#pages canvas[data-was]').length));
    await expectPagesAsDrawnWhole();
    // a long sentence added to a purpose moves the text of every page after it: pages drawn whole
    await cursorAfter('một cách công khai, minh bạch, đúng quy định của pháp luật.');
    await page.keyboard.insertText(' Mỗi thôn lập danh sách hộ gia đình chưa tham gia bảo hiểm y tế, phân công cán bộ vận động từng hộ và báo cáo kết quả hằng tháng về Ủy ban nhân dân xã.'.repeat(3));
    await documentShows(['báo cáo kết quả hằng tháng']);
    await expectPagesAsDrawnWhole();
  });

  it('a mistake: a marker at its line with the message of `check`, the last good document greyed, a click jumps there', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    await cursorAfter('date: 2026-01');
    await replaceBefore(2, '13');
    const underline = page.locator('.cm-lintRange-error');
    await underline.waitFor({ timeout: 30_000 });
    expect(await underline.evaluate((e) => e.closest('.cm-line')!.textContent)).toBe('date: 2026-13');
    const check = runCommand('check', [join(c!.dir, c!.plan)]);
    writeFileSync(join(c!.dir, 'bad.yaml'), await editorText());
    const expected = runCommand('check', [join(c!.dir, 'bad.yaml')], { KE_HOACH_LANG: '' }).stderr.split('\n')[0]!.replace(/^.*bad\.yaml:\d+:\d+: /, '');
    expect(check.status).toBe(0); // the file on disk is untouched
    const problem = page.locator('#problems li.error');
    await expect.poll(() => problem.innerText()).toContain('Lỗi · Dòng 12, cột 7');
    expect(await problem.locator('.message').innerText()).toBe(expected);
    expect(await page.locator('#problems .problems-head').innerText()).toMatch(/^Kế hoạch còn 1 lỗi/);
    expect(await page.locator('#pages').getAttribute('class')).toContain('stale');
    await cursorAfter('closing:');
    await problem.locator('button').click();
    expect(await page.evaluate(() => window.studio.view.state.doc.lineAt(window.studio.view.state.selection.main.head).number)).toBe(12);
    await cursorAfter('date: 2026-13');
    await replaceBefore(2, '02');
    await documentShows(['tháng 02 năm 2026']);
    await expect.poll(() => page.locator('#pages').getAttribute('class')).not.toContain('stale');
    expect(await page.locator('#problems').isHidden()).toBe(true);
  });

  it('12-lang: a studio started with --lang en speaks English: its buttons, its list of problems, the messages of `check --lang en`', async () => {
    await open(['2026.yaml', 'plan.schema.json'], 'en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#btn-save').innerText()).toBe('Save');
    expect(await page.locator('#btn-compare').innerText()).toBe('Compare with another plan');
    expect(await page.locator('nav.outline h2').textContent()).toBe('Outline');
    expect(await page.title()).toBe('2026.yaml — Plan studio');
    await cursorAfter('date: 2026-01');
    await replaceBefore(2, '13');
    writeFileSync(join(c!.dir, 'bad.yaml'), await editorText());
    const expected = runCommand('check', [join(c!.dir, 'bad.yaml'), '--lang', 'en'], { KE_HOACH_LANG: '' }).stderr.split('\n')[0]!.replace(/^.*bad\.yaml:\d+:\d+: /, '');
    const problem = page.locator('#problems li.error');
    await expect.poll(() => problem.innerText()).toContain('Error · Line 12, column 7');
    expect(await problem.locator('.message').innerText()).toBe(expected);
    expect(await page.locator('#problems .problems-head').innerText()).toMatch(/^The plan has 1 error\./);
    expect(await page.locator('#counts').innerText()).toBe('1 error');
    // the page's own words (not the plan's text): nothing left in Vietnamese
    const chrome = await page.evaluate(() => ['header.bar', 'nav.outline h2', '.preview-head', '#problems', 'footer.status'].map((s) => document.querySelector(s)!.textContent).join(' | '));
    expect(chrome).toContain('Export DOCX and PDF');
    expect(chrome).not.toMatch(/Lưu|Soạn|Xuất|Mục lục|Bản xem trước|Kế hoạch còn|Dòng \d|lỗi|cột/);
  });

  it('a change made on disk meanwhile: taken in when nothing is unsaved, otherwise the user chooses', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    const original = diskText();
    // nothing unsaved: the new text comes in, with a notice
    writeFileSync(join(c!.dir, c!.plan), original.replace('Nguyễn Văn An', 'Lê Văn Cường'));
    await expect.poll(() => editorText(), { timeout: 15_000 }).toContain('Lê Văn Cường');
    expect(await page.locator('#notice').innerText()).toMatch(/thay đổi bên ngoài/);
    // unsaved edits: the prompt, and nothing is overwritten before the user chooses
    await cursorAfter('name: Lê Văn Cường');
    await page.keyboard.type(' Minh');
    writeFileSync(join(c!.dir, c!.plan), original.replace('Nguyễn Văn An', 'Phạm Thị Dung'));
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.locator('h2').innerText(), { timeout: 15_000 }).toBe('Tệp kế hoạch đã bị thay đổi bên ngoài');
    expect(await dialog.locator('.line-diff').innerText()).toContain('Phạm Thị Dung');
    await dialog.getByRole('button', { name: 'Để sau' }).click();
    expect(diskText()).toContain('Phạm Thị Dung');
    // saving later asks again; keeping this text overwrites the disk
    await page.click('#btn-save');
    await dialog.getByRole('button', { name: /Giữ bản đang soạn/ }).click();
    await expect.poll(() => diskText()).toContain('Lê Văn Cường Minh');
    expect(diskText()).toBe(await editorText());
    // and taking the disk's text replaces the editor's
    await cursorAfter('name: Lê Văn Cường Minh');
    await page.keyboard.type('!');
    writeFileSync(join(c!.dir, c!.plan), original);
    await dialog.getByRole('button', { name: /Dùng bản trên đĩa/ }).click({ timeout: 15_000 });
    await expect.poll(() => editorText()).toBe(original);
  });

  it('a request without the token is refused (403)', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    const port = c!.studio.port;
    expect((await page.evaluate(() => fetch('/api/plan').then((r) => r.status)))).toBe(403);
    expect((await page.evaluate(() => fetch('api/plan').then((r) => r.status)))).toBe(200);
    const other = await browser.newPage();
    expect((await other.goto(`http://127.0.0.1:${port}/`))!.status()).toBe(403);
    expect((await other.goto(`http://localhost:${port}/wrong-token/`))!.status()).toBe(403);
    await other.close();
  });

  it('help while typing: Vietnamese descriptions on hover, keys offered, references completed', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    const key = page.locator('.cm-line', { hasText: 'layout: separate' }).locator('span', { hasText: 'layout' }).first();
    const box = (await key.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 3 });
    await expect.poll(() => page.locator('.help-tip').innerText(), { timeout: 10_000 }).toMatch(/mỗi căn cứ một đoạn[\s\S]*separate, combined/);
    await cursorAfter('  - title: Mục đích, yêu cầu\n');
    await page.keyboard.type('    du');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allInnerTexts(), { timeout: 10_000 }).toContain('duties');
    await page.keyboard.press('Escape');
    await cursorAfter('hoàn thành chỉ tiêu **');
    await page.keyboard.type('{bao');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringMatching(/^bao-phu/), expect.stringMatching(/^bao-phu-2030/)]);
  });

  it('compares with another year: diff-plan rendered as a page', async () => {
    await open(['2026.yaml', 'plan.schema.json']);
    expect(runCommand('new-plan', [join(c!.dir, '2026.yaml'), '--year', '2027', '--out', join(c!.dir, '2027.yaml')]).status).toBe(0);
    await page.reload();
    await page.waitForFunction(() => window.studio?.previewCount > 0);
    await page.click('#btn-compare');
    expect(await page.locator('#compare-other').inputValue()).toBe('2027.yaml');
    expect(await page.locator('#compare-direction').inputValue()).toBe('newer');
    await page.getByRole('button', { name: 'So sánh', exact: true }).click();
    await expect.poll(() => page.locator('.compare-result h3').innerText(), { timeout: 30_000 }).toBe('Những thay đổi từ 2026.yaml đến 2027.yaml');
    expect(await page.locator('.compare-result .markdown h2').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Thông tin chung/)]));
  });

  it('a change of a data file (CSV) redraws the document', async () => {
    await open(['examples/002-trieu-son-2024.yaml', 'examples/data']);
    await documentShows(['Tổ dân phố Dân Dân', '1.082']);
    const csv = join(c!.dir, 'examples/data/002-trieu-son-2024.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('Tổ dân phố Dân Dân,1.082', 'Tổ dân phố Dân Dân,1.182'));
    await documentShows(['1.182']);
    expect(await page.locator('#notice').innerText()).toContain('data/002-trieu-son-2024.csv');
  });
});
