// A real browser for the studio's tests: Debian's chromium driven by playwright-core (nothing is
// downloaded). Without chromium the tests skip with a notice, except in CI, which installs it.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = [process.env.KE_HOACH_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!CHROMIUM && !process.env.CI) console.warn('studio browser tests skipped: no chromium (apt-get install chromium, or set KE_HOACH_CHROMIUM)');

/** A browser with an empty profile of its own. */
export function launchBrowser(viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kh-chromium-')), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport });
}
