// Takes docs/studio.png, the README's picture of the studio: plans/2026.yaml (a copy) opened in
// Debian's chromium, a target changed and a reference to a target being typed, with the help.
// `node scripts/studio-screenshot.mjs [out.png]` after `npm run build`.
import { openStudioSession } from './studio-session.mjs';

const out = process.argv[2] ?? 'docs/studio.png';
const s = await openStudioSession({ viewport: { width: 1440, height: 860 } });
const settle = async () => {
  await s.page.evaluate(() => window.studio.idle());
  await s.page.waitForTimeout(1200);
};
await s.cursorAfter('value: 95.5');
await s.page.keyboard.press('Backspace');
await s.page.keyboard.type('6', { delay: 60 });
await settle();
await s.cursorAfter('{thon-dat} đạt tỷ lệ được giao');
await s.page.keyboard.type(', trong đó thôn Ngọc Trà đạt {bao', { delay: 20 });
await s.page.waitForSelector('.cm-tooltip-autocomplete');
await settle();
await s.page.screenshot({ path: out });
await s.close();
console.log(`wrote ${out}`);
