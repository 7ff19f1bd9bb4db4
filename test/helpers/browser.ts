// A real browser for the studio's tests: Debian's chromium driven by playwright-core (nothing is
// downloaded). Without chromium the tests skip (requireTools('chromium'): the line at the end of
// the run names it), except in CI, which installs it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from './tools.js';

export const CHROMIUM = findChromium();

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

/** A browser with an empty profile of its own. */
export function launchBrowser(viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kh-chromium-')), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport });
}
