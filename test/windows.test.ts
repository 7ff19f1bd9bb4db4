// Offices run Windows with Word (issue 16). Windows' behaviour is tried here with injected
// file-system errors and path.win32: a DOCX open in Word, paths with \ and drive letters, file
// names in either Unicode form, folders with spaces, CRLF and BOM plans, Times New Roman in
// C:\Windows\Fonts.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { busyMessage, isBusyError, OutputBusyError, renameUnlessBusy } from '../src/cli/busy-output.js';
import { chooseFonts } from '../src/cli/fonts-option.js';
import { displayPath, expandWildcards, outputPath } from '../src/cli/paths.js';
import { dataFilePath } from '../src/compute/table/data-path.js';
import { findFontFiles, systemFontsDir } from '../src/fonts/find-fonts.js';
import { matchUnicodePath } from '../src/util/unicode-path.js';
import { runCli, runCommand } from './helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kh-win-'));
const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');
const errno = (code: string) => Object.assign(new Error(code), { code });
const word = (dir: string, name: string) => writeFileSync(join(dir, `~$${name}`), 'Word owner file');

describe('16-busy-output: a file open in Word', () => {
  it('is told apart from other write errors: EBUSY anywhere, EPERM and EACCES on Windows', () => {
    expect(isBusyError(errno('EBUSY'), 'linux')).toBe(true);
    expect(isBusyError(errno('EBUSY'), 'win32')).toBe(true);
    expect(isBusyError(errno('EPERM'), 'win32')).toBe(true);
    expect(isBusyError(errno('EACCES'), 'win32')).toBe(true);
    expect(isBusyError(errno('EPERM'), 'linux')).toBe(false);
    expect(isBusyError(errno('ENOSPC'), 'win32')).toBe(false);
    expect(isBusyError(null, 'win32')).toBe(false);
  });

  it('is said in Vietnamese (or English with --lang en), naming the file and the program to close it in', () => {
    expect(busyMessage('out\\2026.docx', false, [], 'vi')).toBe(
      'out\\2026.docx: tệp đang mở trong Word nên không ghi đè được; tệp cũ vẫn giữ nguyên. Hãy đóng tệp 2026.docx trong Word rồi chạy lại.',
    );
    expect(busyMessage('out/2026.pdf', false, [], 'vi')).toContain('Hãy đóng tệp 2026.pdf trong trình đọc PDF rồi chạy lại.');
    expect(busyMessage('out/2026.docx', true, [], 'vi')).toContain('Hãy đóng tệp 2026.docx trong Word: khi tệp được đóng, bản mới sẽ được ghi ngay.');
    expect(busyMessage('out\\2026.docx', false, ['out\\2026.pdf'], 'en')).toBe(
      'out\\2026.docx: the file is open in Word and cannot be replaced; the previous file is as it was. 2026.pdf was not replaced either, so that the DOCX and the PDF always come from the same build. Close 2026.docx in Word and run again.',
    );
  });

  it('is retried a few times (antivirus holds new files a moment), then reported', async () => {
    let calls = 0;
    const flaky = async () => {
      if (++calls < 3) throw errno('EPERM');
    };
    await renameUnlessBusy(flaky, 'a.tmp', 'out\\2026.docx', { platform: 'win32', delayMs: 1 });
    expect(calls).toBe(3);
    calls = 0;
    const held = async () => {
      calls++;
      throw errno('EBUSY');
    };
    const e = await renameUnlessBusy(held, 'a.tmp', 'out\\2026.docx', { platform: 'win32', delayMs: 1, attempts: 4 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OutputBusyError);
    expect((e as Error).message).toContain('Close 2026.docx in Word and run again');
    expect(calls).toBe(4);
    // another error is not a busy file: thrown at once, as it is
    const full = errno('ENOSPC');
    await expect(renameUnlessBusy(async () => Promise.reject(full), 'a', 'b', { delayMs: 1 })).rejects.toBe(full);
    await expect(renameUnlessBusy(async () => Promise.reject(errno('EPERM')), 'a', 'b', { platform: 'linux', delayMs: 1 })).rejects.toMatchObject({ code: 'EPERM' });
  });

  it('keeps the previous DOCX and PDF (they go together), builds the other plans, exits 74', () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const [a, b] = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
    writeFileSync(a, MINIMAL);
    writeFileSync(b, MINIMAL);
    expect(runCli([a, '--out', out]).status).toBe(0);
    const [oldDocx, oldPdf] = [readFileSync(join(out, 'a.docx')), readFileSync(join(out, 'a.pdf'))];
    writeFileSync(a, MINIMAL.replace('title: Thử nghiệm', 'title: Thử nghiệm lần hai'));
    word(out, 'a.docx');
    // in Vietnamese, as an office sees it (no --lang)
    const r = runCli([a, b, '--out', out], { KE_HOACH_FAULT: 'word-lock', KE_HOACH_LANG: '' });
    expect(r.status).toBe(74);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${join(out, 'a.docx')}: tệp đang mở trong Word nên không ghi đè được; tệp cũ vẫn giữ nguyên. a.pdf cũng chưa được thay, để DOCX và PDF luôn là của cùng một lần dựng. Hãy đóng tệp a.docx trong Word rồi chạy lại.`,
      '1 kế hoạch không ghi được',
    ]);
    expect(readFileSync(join(out, 'a.docx')).equals(oldDocx)).toBe(true);
    expect(readFileSync(join(out, 'a.pdf')).equals(oldPdf)).toBe(true);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([`đã ghi ${join(out, 'b.docx')}`, `đã ghi ${join(out, 'b.pdf')}`]);
    expect(readdirSync(out).sort()).toEqual(['a.docx', 'a.pdf', 'b.docx', 'b.pdf', '~$a.docx']); // no temporary file left
  });

  it('--watch waits and writes the DOCX and the PDF as soon as Word closes the file', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    const plan = join(dir, 'a.yaml');
    writeFileSync(plan, MINIMAL);
    word(out, 'a.docx');
    const child = spawn(process.execPath, ['dist/bin/main.mjs', plan, '--out', out, '--watch'], { env: { ...process.env, KE_HOACH_FAULT: 'word-lock' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const until = async (what: () => boolean) => {
      for (let i = 0; i < 1200 && !what(); i++) await new Promise((r) => setTimeout(r, 50)); // a minute, on a loaded machine
      expect(what()).toBe(true);
    };
    try {
      await until(() => stderr.includes('a.docx'));
      expect(stderr.trim()).toBe(
        `${join(out, 'a.docx')}: the file is open in Word and cannot be replaced; the previous file is as it was. a.pdf was not replaced either, so that the DOCX and the PDF always come from the same build. Close a.docx in Word: once it is closed, the new one is written at once.`,
      );
      await new Promise((r) => setTimeout(r, 2500)); // still open: still waiting (tried twice more), not reported again
      expect(stderr.match(/Close a\.docx/g)).toHaveLength(1);
      expect(readdirSync(out)).toEqual(['~$a.docx']);
      rmSync(join(out, '~$a.docx')); // Word closes the file
      await until(() => stdout.includes(`wrote ${join(out, 'a.pdf')}`));
      expect(stdout).toContain(`wrote ${join(out, 'a.docx')}`);
      expect(readFileSync(join(out, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
      expect(readFileSync(join(out, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      child.kill();
    }
  });

  it('in a batch, fails only the unit whose file is open', () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    const lines = readFileSync('plans/2026-communes.yaml', 'utf8').split('\n');
    const first = lines.findIndex((l) => l.startsWith('      - [ Quảng Ngọc'));
    writeFileSync(join(dir, 'tinh.yaml'), [...lines.slice(0, first + 3), ...lines.slice(first + 20)].join('\n'));
    word(out, 'tinh-quang-phu.docx');
    const r = runCli([join(dir, 'tinh.yaml'), '--each', 'chi-tieu-xa', '--out', out, '--format', 'docx'], { KE_HOACH_FAULT: 'word-lock', KE_HOACH_WORKERS: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`failed: Quảng Phú: ${join(out, 'tinh-quang-phu.docx')}: the file is open in Word`);
    expect(readdirSync(out).sort()).toEqual(['tinh-quang-ngoc.docx', 'tinh-quang-yen.docx', '~$tinh-quang-phu.docx']);
  });
});

describe('16-paths: Windows paths', () => {
  it('a data file written data\\thon.csv or data/thon.csv lies in the plan folder, on Windows and elsewhere', () => {
    const plan = 'C:\\Users\\Lan\\Kế hoạch 2026\\2026.yaml';
    expect(dataFilePath(plan, 'data\\thon.csv', win32)).toEqual({ file: 'C:\\Users\\Lan\\Kế hoạch 2026\\data\\thon.csv' });
    expect(dataFilePath(plan, 'data/thon.csv', win32)).toEqual({ file: 'C:\\Users\\Lan\\Kế hoạch 2026\\data\\thon.csv' });
    expect(dataFilePath(plan, '..x.csv', win32)).toEqual({ file: 'C:\\Users\\Lan\\Kế hoạch 2026\\..x.csv' });
    expect(dataFilePath('plans/2026.yaml', 'data\\thon.csv', posix)).toEqual({ file: 'plans/data/thon.csv' });
    for (const outside of ['C:\\data\\thon.csv', 'D:thon.csv', 'c:/data/thon.csv', '\\\\server\\share\\thon.csv', '\\data\\thon.csv', '/data/thon.csv', '..\\thon.csv', 'data\\..\\..\\thon.csv'])
      for (const path of [win32, posix]) expect(dataFilePath(plan, outside, path), `${outside} (${path === win32 ? 'win32' : 'posix'})`).toHaveProperty('reason');
  });

  it('outputs are named after the plan, in precomposed Unicode, in the --out folder', () => {
    expect(outputPath('out', 'plans\\Kế hoạch 2026.yaml'.normalize('NFD'), 'docx', win32)).toBe('out\\Kế hoạch 2026.docx');
    expect(outputPath('D:\\Ke hoach\\out', 'C:\\plans\\2026.yaml', 'pdf', win32)).toBe('D:\\Ke hoach\\out\\2026.pdf');
  });

  it('messages show paths inside the working folder as typed, others whole (another drive too)', () => {
    expect(displayPath('C:\\Users\\Lan\\ke-hoach\\plans\\2026.yaml', 'C:\\Users\\Lan\\ke-hoach', win32)).toBe('plans\\2026.yaml');
    expect(displayPath('D:\\plans\\2026.yaml', 'C:\\Users\\Lan\\ke-hoach', win32)).toBe('D:\\plans\\2026.yaml');
    expect(displayPath('C:\\Users\\Lan\\..plans\\a.yaml', 'C:\\Users\\Lan', win32)).toBe('..plans\\a.yaml');
    expect(displayPath('plans\\2026.yaml', 'C:\\x', win32)).toBe('plans\\2026.yaml');
  });

  it('expands wildcards that cmd.exe and PowerShell pass on as typed', () => {
    const fs = { exists: () => false, readdir: (d: string) => (d === 'plans\\examples' ? ['b.yaml', 'A.YAML', 'c.csv', '.hidden.yaml'] : []) };
    expect(expandWildcards(['plans\\examples\\*.yaml'], fs, win32)).toEqual(['plans\\examples\\A.YAML', 'plans\\examples\\b.yaml']);
    expect(expandWildcards(['plans\\examples\\*.pdf', 'x.yaml'], fs, win32)).toEqual(['plans\\examples\\*.pdf', 'x.yaml']);
    const r = runCommand('check', ['plans/examples/*.yaml']); // no shell: the command sees the *
    const examples = readdirSync('plans/examples').filter((f) => f.endsWith('.yaml')).length;
    expect(examples).toBeGreaterThan(2);
    expect(r.stdout.trim()).toBe(`checked ${examples} plans: 0 errors, 0 warnings`);
    expect(r.status).toBe(0);
  });

  it('builds a plan in a folder with spaces and Vietnamese letters whose data file is written data\\thon.csv', () => {
    const dir = join(tmp(), 'Kế hoạch 2026', 'xã Quảng Ngọc');
    mkdirSync(join(dir, 'số liệu'), { recursive: true });
    writeFileSync(join(dir, 'số liệu', 'thôn.csv'), 'Thôn;Dân số\r\nThôn Ngọc Trà;1.023\r\nThôn Đông;987\r\n');
    const table = 'appendices:\n  - id: dan-so\n    title: Dân số các thôn\n    columns:\n      - { key: thon, header: Thôn, type: text }\n      - { key: dan-so, header: Dân số, type: integer }\n    source: { file: số liệu\\thôn.csv }\n';
    writeFileSync(join(dir, 'kế hoạch.yaml'), MINIMAL + table);
    const out = join(dir, 'thư mục ra');
    const r = runCli([join(dir, 'kế hoạch.yaml'), '--out', out, '--format', 'docx']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['kế hoạch.docx']);
  });
});

describe('16-unicode-names: file names saved in the other Unicode form', () => {
  it('finds the file whichever form the name is typed in, on Windows paths too', () => {
    const nfd = `C:\\${'Kế hoạch'.normalize('NFD')}\\số liệu\\${'thôn.csv'.normalize('NFD')}`; // as saved: two parts NFD, one NFC
    const disk = new Map([
      ['C:\\', ['Kế hoạch'.normalize('NFD')]],
      ['C:\\' + 'Kế hoạch'.normalize('NFD'), ['số liệu']],
      [win32.join('C:\\' + 'Kế hoạch'.normalize('NFD'), 'số liệu'), ['thôn.csv'.normalize('NFD'), 'khác.csv']],
    ]);
    const files = new Set([nfd]);
    const fs = { exists: (p: string) => disk.has(p) || files.has(p), readdir: (d: string) => disk.get(d) ?? [], path: win32 };
    expect(matchUnicodePath('C:\\Kế hoạch\\số liệu\\thôn.csv', fs)).toBe(nfd);
    expect(matchUnicodePath('C:\\Kế hoạch\\số liệu\\xã.csv', fs)).toBe('C:\\Kế hoạch\\số liệu\\xã.csv');
    expect(matchUnicodePath('plain\\ascii.csv', fs)).toBe('plain\\ascii.csv');
  });

  it('builds a plan saved under an NFD name, typed NFC, reading an NFD-named data file the plan names in NFC', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'dữ liệu'.normalize('NFD')));
    writeFileSync(join(dir, 'dữ liệu'.normalize('NFD'), 'thôn.csv'.normalize('NFD')), 'Thôn,Dân số\nThôn Ngọc Trà,1023\n');
    const table = 'appendices:\n  - id: dan-so\n    title: Dân số\n    columns:\n      - { key: thon, header: Thôn, type: text }\n      - { key: dan-so, header: Dân số, type: integer }\n    source: { file: dữ liệu/thôn.csv }\n';
    writeFileSync(join(dir, 'Kế hoạch.yaml'.normalize('NFD')), MINIMAL + table);
    const out = join(dir, 'out');
    const r = runCli([join(dir, 'Kế hoạch.yaml'.normalize('NFC')), '--out', out, '--format', 'docx']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(['Kế hoạch.docx'.normalize('NFC')]);
  });
});

describe('16-crlf-bom: plans saved by Notepad', () => {
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');

  it('a plan with a BOM and CRLF gives the same bytes as the plan itself, and errors at the same line and column', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ke-hoach.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(readFileSync('plans/2026.yaml', 'utf8')))]));
    const r = runCli([join(dir, 'ke-hoach.yaml'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(0);
    const ref = tmp();
    runCli(['plans/2026.yaml', '--out', ref]);
    for (const f of ['docx', 'pdf']) expect(readFileSync(join(dir, 'out', `ke-hoach.${f}`)).equals(readFileSync(join(ref, `2026.${f}`))), f).toBe(true);
    const bad = MINIMAL.replace('title: Thử nghiệm', 'titel: Thử nghiệm');
    writeFileSync(join(dir, 'lf.yaml'), bad);
    writeFileSync(join(dir, 'crlf.yaml'), `\ufeff${crlf(bad)}`);
    const where = (f: string) => /:(\d+:\d+): unknown key 'titel'/.exec(runCli([join(dir, f), '--out', join(dir, 'x')]).stderr)?.[1];
    expect(where('crlf.yaml')).toBe(where('lf.yaml'));
    expect(where('lf.yaml')).toBe('9:1');
  });

  it('fmt keeps a Windows plan CRLF, and --check finds a canonical CRLF plan canonical', () => {
    const dir = tmp();
    const file = join(dir, '2026.yaml');
    writeFileSync(file, crlf(readFileSync('plans/2026.yaml', 'utf8')));
    expect(runCommand('fmt', [file, '--check']).status).toBe(0);
    writeFileSync(file, crlf(readFileSync('plans/2026.yaml', 'utf8').replace('number: null', 'number:   null')));
    expect(runCommand('fmt', [file, '--check']).status).toBe(1);
    expect(runCommand('fmt', [file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(crlf(readFileSync('plans/2026.yaml', 'utf8')));
  });
});

describe('16-fonts-windows: Times New Roman where Windows keeps it', () => {
  const tinos = (face: string) => `node_modules/@expo-google-fonts/tinos/${face}.ttf`;
  const FACES = ['400Regular/Tinos_400Regular', '700Bold/Tinos_700Bold', '400Regular_Italic/Tinos_400Regular_Italic', '700Bold_Italic/Tinos_700Bold_Italic'];

  it("finds the four faces by Windows' file names, in any case", () => {
    const fs = { readdir: () => ['arial.ttf', 'TIMES.TTF', 'TimesBd.ttf', 'timesi.TTF', 'TIMESBI.TTF', 'times new roman.fon'], path: win32 };
    expect(findFontFiles('C:\\Windows\\Fonts', fs)).toEqual({
      files: { regular: 'C:\\Windows\\Fonts\\TIMES.TTF', bold: 'C:\\Windows\\Fonts\\TimesBd.ttf', italic: 'C:\\Windows\\Fonts\\timesi.TTF', boldItalic: 'C:\\Windows\\Fonts\\TIMESBI.TTF' },
    });
    expect(findFontFiles('C:\\Windows\\Fonts', { readdir: () => ['times.ttf', 'timesbd.ttf'], path: win32 })).toEqual({ missing: ['timesi.ttf', 'timesbi.ttf'] });
    const denied = {
      readdir: () => {
        throw errno('EACCES');
      },
      path: win32,
    };
    expect(findFontFiles('C:\\Windows\\Fonts', denied)).toMatchObject({ missing: ['times.ttf', 'timesbd.ttf', 'timesi.ttf', 'timesbi.ttf'], reason: { key: 'fs.EACCES' } });
  });

  it('knows where Windows keeps its fonts, and that other systems have no such folder', () => {
    expect(systemFontsDir('win32', { SystemRoot: 'D:\\WINNT' })).toBe('D:\\WINNT\\Fonts');
    expect(systemFontsDir('win32', { windir: 'C:\\WINDOWS' })).toBe('C:\\WINDOWS\\Fonts');
    expect(systemFontsDir('win32', {})).toBe('C:\\Windows\\Fonts');
    expect(systemFontsDir('linux', { SystemRoot: 'C:\\Windows' })).toBeNull();
  });

  it('without --fonts on Windows, draws with the system Times New Roman when it has every Vietnamese letter', async () => {
    const root = tmp();
    mkdirSync(join(root, 'Fonts'));
    const names = ['times.ttf', 'TIMESBD.TTF', 'timesi.ttf', 'timesbi.ttf'];
    FACES.forEach((f, i) => copyFileSync(tinos(f), join(root, 'Fonts', names[i]!)));
    const windows = { platform: 'win32' as const, env: { SystemRoot: root }, fs: { readdir: (d: string) => readdirSync(d), path: posix } };
    const chosen = await chooseFonts(null, windows);
    expect(chosen).toEqual({ fonts: { regular: join(root, 'Fonts', 'times.ttf'), bold: join(root, 'Fonts', 'TIMESBD.TTF'), italic: join(root, 'Fonts', 'timesi.ttf'), boldItalic: join(root, 'Fonts', 'timesbi.ttf') }, note: `PDF fonts: Times New Roman from ${join(root, 'Fonts')} (--fonts tinos for the bundled Tinos)` });
    expect(await chooseFonts('tinos', windows)).toEqual({ fonts: undefined });
    expect(await chooseFonts(null, { ...windows, platform: 'linux' })).toEqual({ fonts: undefined });
    expect(await chooseFonts(null, { ...windows, env: { SystemRoot: join(root, 'none') } })).toEqual({ fonts: undefined });
    // an old Times New Roman without Vietnamese letters: Tinos instead, and the user is told
    const { default: subsetFont } = await import('subset-font');
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const xp = tmp(); // a Windows XP machine's fonts
    cpSync(join(root, 'Fonts'), join(xp, 'Fonts'), { recursive: true });
    writeFileSync(join(xp, 'Fonts', 'timesi.ttf'), await subsetFont(readFileSync(tinos(FACES[2]!)), ascii, { targetFormat: 'sfnt' }));
    const old = await chooseFonts(null, { ...windows, env: { SystemRoot: xp } });
    expect(old).toMatchObject({ fonts: undefined });
    expect((old as { note: string }).note).toMatch(/^PDF fonts: Tinos; the Times New Roman in .* lacks Vietnamese letters \(à ả ã á ạ … in timesi\.ttf\)$/);
  });

  it('--fonts C:\\Windows\\Fonts-like folders: a file where a folder should be is refused in one line', () => {
    const file = join(tmp(), 'times.ttf');
    writeFileSync(file, '');
    const r = runCli(['plans/2026.yaml', '--fonts', file, '--out', tmp()]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`build-plan: --fonts ${file}: not a folder (the folder needs times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf)`);
  });
});

describe('16-package-folder: ke-hoach installed in a folder with spaces and Vietnamese letters', () => {
  it('finds its templates and fonts and builds', () => {
    const root = join(tmp(), 'Tài liệu của tôi', 'ke hoach');
    mkdirSync(root, { recursive: true });
    for (const d of ['dist', 'templates']) cpSync(d, join(root, d), { recursive: true });
    copyFileSync('package.json', join(root, 'package.json'));
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'junction');
    const r = spawnSync(process.execPath, [join('dist', 'bin', 'main.mjs'), join(process.cwd(), 'plans', '2026.yaml'), '--out', 'out'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['2026.docx', '2026.pdf']);
    const here = tmp();
    runCli(['plans/2026.yaml', '--out', here]);
    for (const f of ['2026.docx', '2026.pdf']) expect(readFileSync(join(root, 'out', f)).equals(readFileSync(join(here, f))), f).toBe(true);
  });
});
