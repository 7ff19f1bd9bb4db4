// System tools some checks need (LibreOffice, poppler, qpdf, a Times-metric serif font, and the
// canvas pdf.js draws on, an optional npm package with a native binary). A check
// asks for every tool it uses: where one is missing it is skipped with a note naming the tool
// and its package (test/helpers/skip-reporter.ts sums the notes up in one line at the end);
// under CI=true the tools are required and a missing one fails the check.
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { readTtfMetrics } from '../../src/fonts/ttf-metrics.js';

export type Tool = 'soffice' | 'pdftotext' | 'qpdf' | 'serif-font' | 'canvas' | 'chromium' | 'mkfifo' | 'user-namespaces';

/** What brings each tool: its Debian package, how to get it on Windows (or elsewhere), and what it is. */
export const INSTALL: Record<Tool, { debian?: string; windows?: string; other?: string; what: string; ciOptional?: true }> = {
  soffice: { debian: 'libreoffice-writer-nogui', windows: 'LibreOffice from libreoffice.org', what: 'LibreOffice' },
  pdftotext: { debian: 'poppler-utils', windows: 'poppler (winget install oschwartz10612.Poppler) on PATH', what: 'poppler' },
  qpdf: { debian: 'qpdf', windows: 'qpdf (winget install QPDF.QPDF) on PATH', what: 'qpdf' },
  'serif-font': { debian: 'fonts-liberation2', windows: 'Times New Roman', what: 'Liberation Serif 2 or Times New Roman' },
  canvas: { other: 'npm install (optional package @napi-rs/canvas)', what: 'a canvas for pdf.js' },
  chromium: { debian: 'chromium', windows: 'Chrome or Edge, named by KE_HOACH_CHROMIUM', what: 'a browser for the studio' },
  mkfifo: { debian: 'coreutils', windows: 'a POSIX system (Windows has no FIFOs)', what: 'FIFOs' },
  // a property of the kernel and the container, which no package brings: not required under CI
  'user-namespaces': { other: 'a Linux that lets unprivileged users mount in a namespace (unshare -rm)', what: 'private mounts', ciOptional: true },
};

/** How to get the tools: "Debian/Ubuntu: sudo apt-get install a b; npm install (…)", or the Windows way on Windows. */
export function installHint(tools: readonly Tool[], platform: NodeJS.Platform = process.platform): string {
  const other = tools.flatMap((t) => INSTALL[t].other ?? []);
  if (platform === 'win32') return [...tools.flatMap((t) => INSTALL[t].windows ?? []), ...other].join('; ');
  const debian = tools.flatMap((t) => INSTALL[t].debian ?? []);
  return [...(debian.length ? [`Debian/Ubuntu: sudo apt-get install ${debian.join(' ')}`] : []), ...other].join('; ');
}

/** LibreOffice's soffice: on PATH, or where its installer puts it on Windows and macOS. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const onPath = findOnPath('soffice', env, platform) ?? findOnPath('libreoffice', env, platform);
  if (onPath) return onPath;
  const usual =
    platform === 'win32'
      ? [env.ProgramFiles, env['ProgramFiles(x86)']].flatMap((d) => (d ? [join(d, 'LibreOffice', 'program', 'soffice.exe')] : []))
      : platform === 'darwin'
        ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
        : [];
  return usual.find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
}

/** Marks the notes this module writes, so that the reporter tells them from other skips. */
export const SKIP_PREFIX = 'needs ';

export const inCi = (env: NodeJS.ProcessEnv = process.env): boolean => !!env.CI && env.CI !== 'false' && env.CI !== '0';

/** The executable `name` on PATH (with PATHEXT on Windows), or undefined; no shell, no `which`. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const exts = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = join(dir, name + ext);
      try {
        if (!statSync(file).isFile()) continue;
        if (platform !== 'win32') accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** Folders where LibreOffice finds fonts (fontconfig's defaults, Windows, macOS). */
function fontDirs(): string[] {
  const home = homedir();
  if (process.platform === 'win32') return [join(process.env.SystemRoot ?? 'C:\\Windows', 'Fonts'), join(process.env.LOCALAPPDATA ?? home, 'Microsoft', 'Windows', 'Fonts')];
  if (process.platform === 'darwin') return ['/Library/Fonts', '/System/Library/Fonts/Supplemental', join(home, 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local', 'share', 'fonts'), join(home, '.fonts')];
}

const SERIF_FILES = /^(LiberationSerif-Regular\.ttf|times\.ttf|Times New Roman\.ttf)$/i;
/** Letters LibreOffice must find in the font for our Vietnamese text to break as ours does. */
const VIETNAMESE = 'ẠẶẬỆỘƠƯỰỬỮđặậệộơưựửữỳỹ';

/** A serif font with Times New Roman's metrics that covers Vietnamese (Liberation Serif 1 does not). */
function hasSerifFont(): boolean {
  const seen = new Set<string>();
  const walk = (dir: string, depth: number): boolean => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && depth < 4 && !seen.has(p) && (seen.add(p), walk(p, depth + 1))) return true;
      if (e.isFile() && SERIF_FILES.test(e.name) && covers(p)) return true;
    }
    return false;
  };
  return fontDirs().some((d) => walk(d, 0));
}

function covers(file: string): boolean {
  try {
    const m = readTtfMetrics(readFileSync(file));
    return [...VIETNAMESE].every((ch) => m.has(ch.codePointAt(0)!));
  } catch {
    return false;
  }
}

/** pdf.js draws pages on @napi-rs/canvas, which npm installs where a binary for the platform exists. */
function hasCanvas(): boolean {
  try {
    const fromPdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    (fromPdfjs('@napi-rs/canvas') as { createCanvas(w: number, h: number): unknown }).createCanvas(1, 1);
    return true;
  } catch {
    return false;
  }
}

/** Can a test mount a small tmpfs of its own (a full or read-only disk) without privileges? */
const canMount = (): boolean =>
  process.platform === 'linux' && !!findOnPath('unshare') && spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${tmpdir()}`]).status === 0;

/** The browser the studio's tests drive: KE_HOACH_CHROMIUM, or chromium on PATH (Debian's /usr/bin/chromium). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.KE_HOACH_CHROMIUM;
  if (named) return statSync(named, { throwIfNoEntry: false })?.isFile() ? named : undefined;
  return findOnPath('chromium', env) ?? findOnPath('chromium-browser', env);
}

function detect(tool: Tool): boolean {
  if (tool === 'serif-font') return hasSerifFont();
  if (tool === 'chromium') return !!findChromium();
  if (tool === 'user-namespaces') return canMount();
  if (tool === 'canvas') return hasCanvas();
  if (tool === 'soffice') return !!findSoffice();
  return !!findOnPath(tool);
}

const found = new Map<Tool, boolean>();
export function hasTool(tool: Tool): boolean {
  let v = found.get(tool);
  if (v === undefined) found.set(tool, (v = detect(tool)));
  return v;
}

/** The note of a check skipped for want of `missing`: "needs pdftotext (poppler-utils)". */
export const skipNote = (missing: Tool[]): string => `${SKIP_PREFIX}${missing.map((t) => `${t} (${INSTALL[t].debian ?? INSTALL[t].other})`).join(', ')}`;

interface SkipContext {
  skip: (note?: string) => never;
}

/**
 * Called first in a check: skips it (with a note naming what is missing) unless every tool is
 * there. Under CI=true a missing tool is an error: CI must run every check.
 */
export function requireTools(ctx: SkipContext, ...tools: Tool[]): void {
  const note = skipFor(tools);
  if (note) ctx.skip(note);
}

/** The skip note for a check that uses `tools` (null: all there); throws under CI=true. */
export function skipFor(tools: readonly Tool[], has: (t: Tool) => boolean = hasTool, env: NodeJS.ProcessEnv = process.env): string | null {
  const missing = tools.filter((t) => !has(t));
  if (missing.length === 0) return null;
  if (inCi(env) && missing.some((t) => !INSTALL[t].ciOptional)) throw new Error(`CI=true and this check ${skipNote(missing)}: ${installHint(missing)} (.ci/run installs them)`);
  return skipNote(missing);
}
