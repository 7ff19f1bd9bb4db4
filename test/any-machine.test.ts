// npm test on any machine (issue 16): checks that need a system tool find it on PATH without a
// shell, skip with a note where it is missing, and one line at the end of the run names what
// was skipped and how to install it; under CI=true a missing tool fails the check.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipLine, toolsOfNote } from './helpers/skip-reporter.js';
import { findOnPath, findSoffice, inCi, installHint, skipFor } from './helpers/tools.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kh-any-'));

describe('16-tools-on-path', () => {
  it('finds an executable on PATH, and not a file that cannot be run', () => {
    const [a, b] = [tmp(), tmp()];
    writeFileSync(join(a, 'qpdf'), '');
    writeFileSync(join(b, 'qpdf'), '#!/bin/sh\n');
    chmodSync(join(b, 'qpdf'), 0o755);
    expect(findOnPath('qpdf', { PATH: a }, 'linux')).toBeUndefined();
    expect(findOnPath('qpdf', { PATH: `${a}:${b}` }, 'linux')).toBe(join(b, 'qpdf'));
    expect(findOnPath('qpdf', { PATH: '' }, 'linux')).toBeUndefined();
  });

  it('on Windows, tries the extensions of PATHEXT, in a PATH separated by ;', () => {
    const [a, b] = [tmp(), tmp()];
    writeFileSync(join(b, 'soffice.EXE'), '');
    expect(findOnPath('soffice', { PATH: `${a};${b}`, PATHEXT: '.COM;.EXE;.BAT' }, 'win32')).toBe(join(b, 'soffice.EXE'));
    expect(findOnPath('soffice', { PATH: `${a};${b}`, PATHEXT: '.BAT' }, 'win32')).toBeUndefined();
  });
});

describe('16-skip-line', () => {
  it('names each tool with its count and the packages to install, in one line', () => {
    const line = skipLine(['needs soffice (libreoffice-writer-nogui), serif-font (fonts-liberation2)', 'needs soffice (libreoffice-writer-nogui)', 'needs pdftotext (poppler-utils)', 'skipped for another reason']);
    expect(line).toBe(
      'skipped 3 checks for want of system tools: pdftotext (poppler) 1, serif-font (Liberation Serif 2 or Times New Roman) 1, soffice (LibreOffice) 2. ' +
        'To run them: Debian/Ubuntu: sudo apt-get install poppler-utils fonts-liberation2 libreoffice-writer-nogui. CI=true requires them.',
    );
    expect(line).not.toContain('\n');
  });

  it('tells a Windows machine how to get the tools there', () => {
    expect(installHint(['soffice', 'qpdf'], 'win32')).toBe('LibreOffice from libreoffice.org; qpdf (winget install QPDF.QPDF) on PATH');
    expect(installHint(['soffice', 'canvas'], 'linux')).toBe('Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; npm install (optional package @napi-rs/canvas)');
  });

  it('finds LibreOffice where its Windows installer puts it, off PATH', () => {
    const programFiles = tmp();
    mkdirSync(join(programFiles, 'LibreOffice', 'program'), { recursive: true });
    writeFileSync(join(programFiles, 'LibreOffice', 'program', 'soffice.exe'), '');
    expect(findSoffice({ PATH: tmp(), ProgramFiles: programFiles }, 'win32')).toBe(join(programFiles, 'LibreOffice', 'program', 'soffice.exe'));
    expect(findSoffice({ PATH: tmp(), ProgramFiles: tmp() }, 'win32')).toBeUndefined();
  });

  it('says nothing when no check was skipped for want of a tool', () => {
    expect(skipLine([])).toBeNull();
    expect(skipLine(['slow'])).toBeNull();
  });

  it('reads back the tools a note names', () => {
    expect(toolsOfNote('needs qpdf (qpdf), canvas (npm install (optional package @napi-rs/canvas))')).toEqual(['qpdf', 'canvas']);
  });
});

describe('16-ci-requires-tools', () => {
  const none = () => false;

  it('skips with a note outside CI, fails under CI=true', () => {
    expect(skipFor(['soffice', 'pdftotext'], none, {})).toBe('needs soffice (libreoffice-writer-nogui), pdftotext (poppler-utils)');
    expect(() => skipFor(['qpdf'], none, { CI: 'true' })).toThrow('CI=true and this check needs qpdf (qpdf): Debian/Ubuntu: sudo apt-get install qpdf');
    expect(skipFor(['qpdf'], () => true, { CI: 'true' })).toBeNull();
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({ CI: '1' })).toBe(true);
  });

  it('prints the line at the very end of a run on a machine without the tools, and fails under CI=true', () => {
    // a vitest of its own on test/fixtures/skip-probe/, with a PATH that holds nothing
    const empty = tmp();
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--root', '.', '--config', 'test/fixtures/skip-probe/vitest.config.ts'], {
        encoding: 'utf8',
        env: { HOME: process.env.HOME ?? '', SystemRoot: process.env.SystemRoot ?? '', PATH: empty, ...env },
      });
    const r = run({});
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('skipped 1 check for want of system tools: pdftotext (poppler) 1, qpdf (qpdf) 1. To run them: Debian/Ubuntu: sudo apt-get install poppler-utils qpdf. CI=true requires them.');
    const ci = run({ CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.stdout + ci.stderr).toContain('CI=true and this check needs qpdf (qpdf), pdftotext (poppler-utils)');
  });
});

describe('16-checks-ask-for-their-tools', () => {
  // a check that calls a system tool without asking for it fails on a machine without it (as
  // 18-numbers-never-split did, which asked `which pdftotext`); the helpers' users are checked
  const USES: Record<string, RegExp> = {
    soffice: /\bdocxToPdfs?\(/,
    pdftotext: /\bpopplerLines\(|['"]pdftotext['"]/,
    qpdf: /\bqpdfProblems\(|['"]qpdf['"]/,
    chromium: /\blaunchBrowser\(/,
    mkfifo: /['"]mkfifo['"]/,
    'user-namespaces': /['"]unshare['"]/,
    canvas: /\bdarkPixels\(/,
  };
  const checks = readdirRecursive('test').filter((f) => f.endsWith('.test.ts') && !f.endsWith('any-machine.test.ts'));

  it.each(checks)('%s asks requireTools for every system tool it calls, and never `which`', (file) => {
    const text = readFileSync(file, 'utf8');
    for (const [tool, use] of Object.entries(USES))
      if (use.test(text)) expect(text, `${file} calls ${tool}`).toMatch(new RegExp(`(requireTools\\([^)]*|hasTool\\()'${tool}'`));
    expect(text).not.toMatch(/['"]which['"]|skipIf\([^)]*process\.env\.CI/);
  });
});

describe('16-npm-scripts', () => {
  const scripts = Object.entries((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

  it('run in cmd.exe as in sh: no env prefixes, quotes, POSIX commands or shell expansions', () => {
    for (const [name, script] of scripts) {
      expect(script, name).not.toMatch(/(^|&&\s*)[A-Z_][A-Z0-9_]*=\S/); // FUZZ_RUNS=1000 vitest
      expect(script, name).not.toMatch(/['$`;*?]|\b(rm|cp|mv|mkdir|export|cat|ls)\s|\/tmp|\|/);
    }
    expect(Object.fromEntries(scripts).fuzz).toMatch(/^vitest run test\/fuzz.test.ts .*--mode fuzz$/);
  });

  it('--mode fuzz gives the property tests 1 000 runs', async () => {
    const { default: config } = await import('../vitest.config.js');
    const resolve = config as unknown as (env: { mode: string }) => { test: { env: Record<string, string> } };
    expect(resolve({ mode: 'fuzz' }).test.env.FUZZ_RUNS).toBe(process.env.FUZZ_RUNS ?? '1000');
    expect(resolve({ mode: 'test' }).test.env.FUZZ_RUNS).toBeUndefined();
  });
});

describe('16-no-posix-only-code', () => {
  // SIGINT, SIGTERM and SIGHUP may be listened to (Node emulates or accepts them on Windows);
  // signals that Windows never delivers may not be what a feature relies on
  it('src/ and scripts/ use no shell, which, /tmp or POSIX-only signals', () => {
    const files = (dir: string): string[] => readdirRecursive(dir).filter((f) => /\.(ts|mjs)$/.test(f));
    for (const file of [...files('src'), ...files('scripts')]) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/['"]which['"]|['"]\/tmp|\bSIG(USR1|USR2|QUIT|PIPE|CHLD|ALRM|CONT|TSTP)\b|shell:\s*true|spawn\w*\(\s*['"](sh|bash)['"]/);
    }
  });
});

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? readdirRecursive(join(dir, e.name)) : [join(dir, e.name)]));
}
