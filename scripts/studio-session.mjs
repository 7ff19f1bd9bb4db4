// The studio on a copy of plans/2026.yaml in a temporary folder, opened in Debian's chromium
// (playwright-core, empty profile): what `npm run bench` measures and scripts/studio-screenshot.mjs
// photographs. Needs dist/ (npm run build). The studio runs as the user runs it, as a process of
// its own (`npm run studio -- plans/2026.yaml --no-open`): in this script's process, each build
// would also hold back the keys this script types.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const chromiumPath = [process.env.KE_HOACH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function openStudioSession({ viewport = { width: 1440, height: 900 }, files = ['2026.yaml', 'plan.schema.json'] } = {}) {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'kh-studio-'));
  for (const f of files) cpSync(join('plans', f), join(dir, 'plans', f), { recursive: true });
  const studio = await startStudioProcess(dir, join('plans', files[0]));
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kh-chromium-')), { executablePath: chromiumPath, headless: true, args: FLAGS, viewport });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(studio.url);
  await page.waitForFunction(() => window.studio?.previewCount > 0, null, { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('#pages .textLayer'), null, { timeout: 60_000 });
  return {
    dir,
    page,
    studio,
    /** Puts the cursor after the first `text` of the plan. */
    cursorAfter: (text) =>
      page.evaluate((text) => {
        const v = window.studio.view;
        const i = v.state.doc.toString().indexOf(text);
        if (i < 0) throw new Error(`not in the plan: ${text}`);
        v.dispatch({ selection: { anchor: i + text.length }, scrollIntoView: true });
        v.focus();
      }, text),
    close: async () => {
      await browser.close();
      await studio.close();
    },
  };
}

/** `node dist/bin/studio.mjs plan --no-open` in `dir`; its address is read from what it prints. */
async function startStudioProcess(dir, plan) {
  const child = spawn(process.execPath, [resolve('dist/bin/studio.mjs'), plan, '--no-open'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((ok) => child.once('exit', ok));
  const stop = () => child.kill();
  process.once('exit', stop); // also when the bench fails midway
  const url = await new Promise((ok, fail) => {
    let printed = '';
    child.stdout.on('data', (d) => {
      printed += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/[^\s/]+\//.exec(printed);
      if (m) ok(m[0]);
    });
    void exited.then((code) => fail(new Error(`the studio stopped (exit ${code}): ${printed}`)));
  });
  return {
    url,
    close: async () => {
      process.off('exit', stop);
      child.kill();
      await exited;
    },
  };
}
