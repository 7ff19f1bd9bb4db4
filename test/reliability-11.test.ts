// Regression tests of issue 11 (reliability II): no input or fault writes a wrong document, loses
// text, hangs, crashes or corrupts output. Each test is named 11-<topic>.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boxSides } from '../src/layout/box-sides.js';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { runCli, runCommand } from './helpers/cli.js';
import { docxFilesIn, docxParagraphs, docxParts, renderDocx, wellFormedDocx } from './helpers/docx.js';
import { pdfText } from './helpers/read-pdf.js';
import { requireTools } from './helpers/tools.js';
import { missingWords, qpdfProblems } from './helpers/words.js';
import { en } from './helpers/en.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kh-11-'));
const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');

/** The minimal plan with `body` as the first section's body and `extra` appended. */
function planWith(dir: string, body: string[], extra = '', name = 'p.yaml'): string {
  const file = join(dir, name);
  writeFileSync(file, MINIMAL.replace('      - Một đoạn văn.', body.map((b) => `      - ${b}`).join('\n')) + extra);
  return file;
}

describe('11-asterisks: literal asterisks are kept', () => {
  it('prints "5*3 = 15" and "(*) … (*)" as written, in DOCX and PDF; \\* is a literal asterisk', async () => {
    const file = planWith(tmp(), ['"Tỷ lệ 5*3 = 15 và 2*4 = 8."', '"Số liệu (*) tạm tính, ghi chú (*) cuối bảng."', '"Viết \\\\*sao\\\\* và **đậm**."']);
    const { document } = await buildDocument(file);
    const paragraphs = docxParagraphs(await renderDocx(document));
    expect(paragraphs).toContain('Tỷ lệ 5*3 = 15 và 2*4 = 8.');
    expect(paragraphs).toContain('Số liệu (*) tạm tính, ghi chú (*) cuối bảng.');
    expect(paragraphs).toContain('Viết *sao* và đậm.');
    const text = (await pdfText((await renderFormat(document, 'pdf')).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Tỷ lệ 5*3 = 15 và 2*4 = 8.');
    expect(text).toContain('Số liệu (*) tạm tính, ghi chú (*) cuối bảng.');
  });
});

describe('11-xml-chars: every DOCX part is well-formed XML', () => {
  const table = (rows: string, header = 'Tên\\x01') =>
    `appendices:\n  - id: a\n    title: Bảng\n    columns:\n      - { key: t, header: "${header}" }\n      - { key: n, header: Số, type: integer }\n${rows}`;

  it('drops U+FFFE, U+FFFF and C0 controls from plan text and inline rows', async () => {
    const file = planWith(tmp(), ['"Đoạn\\uFFFE có\\uFFFF ký tự\\x02 lạ\\x1F."'], table('    rows:\n      - ["Thôn\\x00 A\\x07", 5]\n      - ["\\uFFFEThôn B", 6]\n'));
    const bytes = await renderDocx((await buildDocument(file)).document);
    const paragraphs = docxParagraphs(bytes);
    expect(paragraphs).toContain('Đoạn có ký tự lạ.');
    expect(paragraphs).toContain('Thôn A');
    expect(paragraphs).toContain('Thôn B');
  });

  it('drops them from CSV cells too, and the CLI writes a DOCX that parses', () => {
    const dir = tmp();
    const file = planWith(dir, ['Một đoạn.'], table('    source: { file: d.csv }\n', 'Tên'));
    writeFileSync(join(dir, 'd.csv'), 'Tên,Số\nThôn\u0001 A\u000b,5\n"Thôn\uFFFE B",6\n');
    const out = join(dir, 'out');
    const r = runCli([file, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(docxFilesIn(out)).toEqual(['p.docx']);
    expect(docxParagraphs(readFileSync(join(out, 'p.docx')))).toEqual(expect.arrayContaining(['Thôn A', 'Thôn B']));
  });
});


describe('11-each-rows: --each builds only good rows, each reported under its own name', () => {
  const communes = readFileSync('plans/2026-communes.yaml', 'utf8');
  const batchPlan = (edit: (s: string) => string) => {
    const dir = tmp();
    writeFileSync(join(dir, 'c.yaml'), edit(communes));
    return { dir, plan: join(dir, 'c.yaml'), out: join(dir, 'out') };
  };

  it.each(['1', '2'])('a short row and a later bad number: both rows fail under their names and lines, the others are built (%s thread(s))', (workers) => {
    const { plan, out } = batchPlan((s) =>
      s.replace('[ Quảng Phú, Lê Thị Bình, 16314, 15175 ]', '[ Quảng Phú, Lê Thị Bình, 16314 ]').replace('[ Quảng Trạch, Nguyễn Hữu Dũng, 16623, 15687 ]', '[ Quảng Trạch, Nguyễn Hữu Dũng, nhiều, 15687 ]'),
    );
    const r = runCli([plan, '--each', 'chi-tieu-xa', '--out', out, '--format', 'docx'], { KE_HOACH_WORKERS: workers });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${plan}:102:9: row 2: this row has 3 values, the table takes 4`);
    expect(r.stderr).toContain(`${plan}:104:41: row 4: column 'dan-so': expected a number, found "nhiều"`);
    expect(r.stderr).toContain('failed: Quảng Phú: row 2: this row has 3 values');
    expect(r.stderr).toContain('failed: Quảng Trạch: row 4: column');
    expect(r.stdout).toMatch(/built 18 of 20 plans \(18 files\)/);
    const files = docxFilesIn(out);
    expect(files).toHaveLength(18);
    expect(files).not.toContain('c-quang-phu.docx');
    expect(files).not.toContain('c-quang-trach.docx');
    expect(files).toContain('c-quang-yen.docx');
    expect(files).toContain('c-quang-chinh.docx');
    expect(docxParagraphs(readFileSync(join(out, 'c-quang-yen.docx'))).join('\n')).toContain('Quảng Yên');
  });

  it("prints the units' warnings with their names; --strict fails those units with exit code 3", () => {
    const { plan, out, dir } = batchPlan((s) => s.replace('[ Quảng Hợp, Trần Ngọc Hải,', '[ Quảng Hợp 漢, Trần Ngọc Hải,'));
    const r = runCli([plan, '--each', 'chi-tieu-xa', '--out', out, '--format', 'pdf']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: the regular font .* has no glyph for '漢'/);
    expect(r.stderr).toContain('in 1 plan: Quảng Hợp 漢');
    expect(r.stdout).toMatch(/built 20 of 20 plans .*; 0 failed; 3 warnings$/m);
    const strictOut = join(dir, 'strict');
    const s = runCli([plan, '--each', 'chi-tieu-xa', '--out', strictOut, '--format', 'pdf', '--strict']);
    expect(s.status).toBe(3);
    expect(s.stderr).toContain('failed: Quảng Hợp 漢: warning with --strict');
    expect(s.stdout).toMatch(/built 19 of 20 plans/);
  });
});

describe('11-same-output: two plans with the same output name', () => {
  it('are refused before anything is written, naming both', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const a = planWith(join(dir, 'a'), ['Kế hoạch A.'], '', 'plan.yaml');
    const b = planWith(join(dir, 'b'), ['Kế hoạch B.'], '', 'Plan.yaml');
    const out = join(dir, 'out');
    const r = runCli([a, b, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`'${a}' and '${b}' would both be written as '${join(out, 'Plan.*')}'`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('11-regular-files: only regular files are read, within limits', () => {
  const fifo = (dir: string, name: string) => {
    const file = join(dir, name);
    execFileSync('mkfifo', [file]);
    return file;
  };

  it('refuses a FIFO as plan (build-plan, check, fmt, new-plan) or as data file, without waiting on it', (ctx) => {
    requireTools(ctx, 'mkfifo');
    const dir = tmp();
    const plan = fifo(dir, 'fifo.yaml');
    const r = runCli([plan, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${plan}:1:1: '${plan}' is a pipe (FIFO), not an ordinary file`);
    for (const [command, args] of [['check', [plan]], ['fmt', [plan]], ['new-plan', [plan, '--year', '2027', '--out', join(dir, 'n.yaml')]]] as const)
      expect(runCommand(command, [...args]).stderr, command).toContain('is a pipe (FIFO), not an ordinary file');
    fifo(dir, 'd.csv');
    const withData = planWith(dir, ['Một đoạn.'], 'appendices:\n  - id: a\n    title: Bảng\n    columns:\n      - { key: t, header: Tên }\n    source: { file: d.csv }\n');
    const d = runCli([withData, '--out', join(dir, 'out')]);
    expect(d.status).toBe(1);
    expect(d.stderr).toContain(`is a pipe (FIFO), not an ordinary file`);
  });

  it('refuses /dev/zero and a folder as plan', () => {
    if (process.platform !== 'win32') {
      // (Windows has no /dev)
      const zero = runCli(['/dev/zero', '--out', tmp()]);
      expect(zero.status).toBe(1);
      expect(zero.stderr).toContain("/dev/zero:1:1: '/dev/zero' is a device, not an ordinary file");
    }
    const folder = tmp();
    expect(runCli([folder, '--out', tmp()]).stderr).toContain(`'${folder}' is a folder, not an ordinary file`);
  });

  it('reads a plan no further than its limit, whatever stat says (stat gives 0 for /proc files)', async () => {
    const { readRegularFile, FileTooLarge } = await import('../src/util/read-regular-file.js');
    if (!existsSync('/proc/self/maps')) return;
    await expect(readRegularFile('/proc/self/maps', 64)).rejects.toBeInstanceOf(FileTooLarge);
    expect((await readRegularFile('/proc/self/maps', 1 << 24)).length).toBeGreaterThan(64);
  });

  it('refuses a data file over 32 MiB before reading it, naming the file and the limit', () => {
    const dir = tmp();
    const plan = planWith(dir, ['Một đoạn.'], 'appendices:\n  - id: a\n    title: Bảng\n    columns:\n      - { key: t, header: Tên }\n    source: { file: big.csv }\n');
    writeFileSync(join(dir, 'big.csv'), 'Tên\n');
    truncateSync(join(dir, 'big.csv'), 600 * 1024 * 1024); // sparse: no disk used
    const r = runCli([plan, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('big.csv: the file is 629145600 bytes; a data file may be at most 33554432 bytes (32 MiB)');
  });
});

/** Runs build-plan commands in a mount namespace where `dir` is a small tmpfs (`ro` to make it read-only after `setup`). */
function onSmallDisk(dir: string, sizeKb: number, commands: string[][], ro = false) {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const list = `ls -a ${q(dir)}; sha1sum ${q(dir)}/* 2>/dev/null`;
  const run = commands.map((args) => `${q(process.execPath)} dist/bin/main.mjs ${args.map(q).join(' ')}; echo "rc=$?"; ${list}`);
  const script = [`mount -t tmpfs -o size=${sizeKb}k tmpfs ${q(dir)}`, run[0], ...(ro ? [`mount -o remount,ro ${q(dir)}`] : []), ...run.slice(1)].join('\n');
  return spawnSync('unshare', ['-rm', 'sh', '-c', script], { encoding: 'utf8', timeout: 120_000 });
}

describe('11-io-faults: a disk fault is an ordinary error, exit 74; other plans are built; DOCX and PDF go together', () => {
  it('--out that is a file: a plain message naming it, exit 74, no stack', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'out'), 'a file');
    const r = runCli(['plans/2026.yaml', '--out', join(dir, 'out')]);
    expect(r.status).toBe(74);
    expect(r.stderr).toContain(`cannot write '${join(dir, 'out')}': a file of that name is in the way (EEXIST); nothing of plans/2026.yaml was written`);
    expect(r.stderr).not.toMatch(/internal error|This is a bug|\n\s+at /);
  });

  it('a plan whose PDF cannot be replaced keeps its previous DOCX too; the next plan is built', () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const one = planWith(dir, ['Lần một.'], '', 'one.yaml');
    const two = planWith(dir, ['Kế hoạch hai.'], '', 'two.yaml');
    mkdirSync(join(out, 'one.pdf', 'busy'), { recursive: true }); // a folder where the PDF goes: renaming onto it fails
    writeFileSync(join(out, 'one.docx'), 'previous DOCX');
    const r = runCli([one, two, '--out', out]);
    expect(r.status).toBe(74);
    expect(r.stderr).toContain(`cannot write '${join(out, 'one.pdf')}'`);
    expect(readFileSync(join(out, 'one.docx'), 'utf8')).toBe('previous DOCX');
    expect(r.stdout).toContain(`wrote ${join(out, 'two.pdf')}`);
    wellFormedDocx(readFileSync(join(out, 'two.docx')));
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a full disk: the new DOCX does not sit beside the old PDF, nothing is left behind, exit 74', (ctx) => {
    requireTools(ctx, 'user-namespaces');
    const dir = tmp();
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    const plan = join(dir, '2026.yaml');
    writeFileSync(plan, readFileSync('plans/2026.yaml', 'utf8'));
    const changed = join(dir, 'changed', '2026.yaml');
    mkdirSync(dirname(changed));
    writeFileSync(changed, readFileSync('plans/2026.yaml', 'utf8').replace('Duy trì và mở rộng', 'Duy trì, mở rộng'));
    const r = onSmallDisk(disk, 200, [[plan, '--out', disk], [changed, '--out', disk]]);
    expect(r.stdout).toMatch(/rc=0[\s\S]*rc=74/);
    expect(r.stderr).toMatch(/cannot write '.*2026\.pdf': the disk is full \(ENOSPC\); nothing of .*changed\/2026\.yaml was written; its previous files are as they were/);
    const [first, second] = r.stdout.split(/^rc=\d+$/m).slice(1);
    expect(second).not.toMatch(/\.tmp|\.old/);
    const sums = (s: string) => [...s.matchAll(/^([0-9a-f]{40}) +\S+\/(2026\.\w+)$/gm)].map((m) => `${m[2]} ${m[1]}`);
    expect(sums(first!)).toHaveLength(2);
    expect(sums(second!)).toEqual(sums(first!));
  });

  it('a read-only disk: exit 74 with a plain message', (ctx) => {
    requireTools(ctx, 'user-namespaces');
    const disk = join(tmp(), 'disk');
    mkdirSync(disk);
    const r = onSmallDisk(disk, 1024, [['--help'], ['plans/2026.yaml', '--out', disk]], true);
    expect(r.stdout).toContain('rc=74');
    expect(r.stderr).toContain('the disk or folder is read-only (EROFS)');
  });

  it('damaged --fonts files: a plain message naming the file, exit 2, before anything is built', () => {
    const dir = tmp();
    for (const f of ['times.ttf', 'timesbd.ttf', 'timesi.ttf']) writeFileSync(join(dir, f), readFileSync('node_modules/@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'));
    writeFileSync(join(dir, 'timesbi.ttf'), readFileSync('node_modules/@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf').subarray(0, 3000));
    const r = runCli(['plans/2026.yaml', '--fonts', dir, '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--fonts: cannot use '${join(dir, 'timesbi.ttf')}': it is not a TrueType font file, or it is damaged`);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('11-leftovers: no temporary file outlives a build', () => {
  /** Starts build-plan; `until` resolves when its output matches. */
  async function start(args: string[]) {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['dist/bin/main.mjs', ...args]);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<string | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    const until = async (pattern: RegExp, from = 0) => {
      for (let i = 0; i < 400 && !pattern.test(output.slice(from)); i++) await new Promise((r) => setTimeout(r, 50));
      expect(output.slice(from)).toMatch(pattern);
      return output.length;
    };
    return { child, exited, until, output: () => output };
  }

  // Linux only: the test watches the build wait in /proc
  it.skipIf(!existsSync('/proc/self/task')).for(['SIGTERM', 'SIGINT'] as const)('%s during a write removes the temporary file', async (signal, ctx) => {
    requireTools(ctx, 'mkfifo');
    const out = tmp();
    const build = await start(['plans/2026.yaml', '--out', out, '--format', 'docx']);
    // the build's temporary file, made a FIFO before the build gets there: writing it waits for a reader
    const temp = join(out, `.2026.docx.${build.child.pid}.tmp`);
    execFileSync('mkfifo', [temp]);
    // wait until one of its threads blocks opening it ("wait_for_partner" in Linux's /proc)
    const waiting = () => readdirSync(`/proc/${build.child.pid}/task`).some((t) => readFileSync(`/proc/${build.child.pid}/task/${t}/wchan`, 'utf8') === 'wait_for_partner');
    for (let i = 0; i < 600 && !waiting(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(waiting()).toBe(true);
    build.child.kill(signal);
    expect(await build.exited).toBe(signal);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a build removes the temporary files of processes that died, and keeps those of running ones', () => {
    const out = tmp();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has ended
    writeFileSync(join(out, `.2026.docx.${dead}.tmp`), 'left by a killed build');
    writeFileSync(join(out, `.2026.pdf.${dead}.old`), 'left by a killed build');
    writeFileSync(join(out, `.other.docx.${process.pid}.tmp`), 'a build still running');
    expect(runCli(['plans/2026.yaml', '--out', out, '--format', 'docx']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`.other.docx.${process.pid}.tmp`, '2026.docx']);
  });

  it('--watch reports a write that fails and keeps watching', async () => {
    const dir = tmp();
    const plan = planWith(dir, ['Một đoạn.']);
    const out = join(dir, 'out');
    writeFileSync(out, 'a file where the folder should be');
    const watch = await start([plan, '--watch', '--out', out, '--format', 'docx']);
    try {
      let at = await watch.until(/cannot write .*a file of that name is in the way[\s\S]*watching/);
      rmSync(out);
      writeFileSync(plan, `${readFileSync(plan, 'utf8')}\n`);
      at = await watch.until(/rebuilding\s+wrote .*p\.docx/, at);
      expect(watch.child.exitCode).toBeNull();
      expect(watch.output()).not.toMatch(/internal error|\n\s+at /);
    } finally {
      watch.child.kill();
    }
  });
});

describe('11-pdf-long-cell: a table row taller than a page splits across pages, no text lost', () => {
  const longText = Array.from({ length: 5200 }, (_, i) => `từ${i}`).join(' '); // about 40 000 characters
  const plan = (dir: string) =>
    planWith(dir, ['Một đoạn.'], `appendices:\n  - id: a\n    title: Bảng có ô dài\n    columns:\n      - { key: t, header: Nội dung }\n      - { key: n, header: Số, type: integer }\n    rows:\n      - [ Ngắn, 1 ]\n      - [ "${longText}", 2 ]\n      - [ Sau ô dài, 3 ]\n`);

  it('every word of the cell is laid out in order, each page of the row has its borders and the header row, and the PDF has every word of the DOCX', async () => {
    const { document } = await buildDocument(plan(tmp()));
    const docx = await renderDocx(document);
    const pdf = (await renderFormat(document, 'pdf')).bytes;
    const { layoutDocument } = await import('../src/layout/layout-document.js');
    const { createTextMetrics } = await import('../src/fonts/measure.js');
    const pages = layoutDocument(document, createTextMetrics()).pages;
    const words = pages.flatMap((p) => p.items.flatMap((i) => (i.type === 'text' ? i.text.split(/\s+/) : []))).filter((w) => /^từ\d+$/.test(w));
    expect(words).toEqual(longText.split(' '));
    const rowPages = pages.filter((p) => p.items.some((i) => i.type === 'text' && /^từ\d+/.test(i.text)));
    expect(rowPages.length).toBeGreaterThan(5);
    for (const p of rowPages) {
      const texts = p.items.filter((i) => i.type === 'text').map((i) => (i as { text: string }).text);
      expect(texts).toContain('Nội dung'); // the header row, repeated
      const bottom = Math.max(...p.items.filter((i) => i.type === 'text').map((i) => (i as { yPt: number }).yPt));
      const lines = p.items.flatMap((i) => (i.type === 'box' ? boxSides(i) : [i])); // (a cell's borders are a box, drawn as four lines)
      expect(lines.some((i) => i.type === 'line' && i.y1Pt === i.y2Pt && i.y1Pt > bottom)).toBe(true); // a border under the fragment
      expect(bottom).toBeLessThan(p.heightPt - 40); // nothing runs into the bottom margin
    }
    expect(docxParagraphs(docx)).toContain(longText);
    expect(docxParts(docx)['word/document.xml']).toMatch(/<w:tr><w:trPr><\/w:trPr>/); // the long row may split in Word too
    expect(await missingWords(docx, pdf)).toBeNull();
  });

  it('gives a PDF that qpdf --check finds clean', async (ctx) => {
    requireTools(ctx, 'qpdf');
    const { document } = await buildDocument(plan(tmp()));
    expect(qpdfProblems((await renderFormat(document, 'pdf')).bytes)).toBeNull();
  });
});

describe('11-smaller', () => {
  it('fmt: aliases and several documents are reported at their line, not as internal errors', () => {
    const dir = tmp();
    const alias = planWith(dir, ['&a Một đoạn.', '*a'], '', 'alias.yaml');
    const multi = join(dir, 'multi.yaml');
    writeFileSync(multi, `${MINIMAL}---\ntitle: Hai\n`);
    const a = runCommand('fmt', [alias]);
    expect(a.status).toBe(1);
    expect(a.stderr).toMatch(new RegExp(`${alias}:15:9: text starting with \\* is read by YAML as one of its own marks`));
    const m = runCommand('fmt', [multi]);
    expect(m.status).toBe(1);
    expect(m.stderr).toMatch(/multi\.yaml:22:1: YAML syntax error: a "---" line in the middle makes YAML see several documents/);
    expect(a.stderr + m.stderr).not.toMatch(/internal error|:1:1:/);
  });

  it('escape sequences in plan text do not reach the terminal (diagnostics, diff-plan)', () => {
    const dir = tmp();
    const a = planWith(dir, ['"Đoạn \\e[2J\\e]0;x\\a một."'], '', 'a.yaml');
    const b = planWith(dir, ['"Đoạn \\e[31m hai \\u202E."'], '"x\\e[2J": 1\n', 'b.yaml');
    const diff = runCommand('diff-plan', [a, join(dir, 'a2.yaml')]);
    writeFileSync(join(dir, 'a2.yaml'), readFileSync(b, 'utf8').replace('"x\\e[2J": 1\n', ''));
    const d = runCommand('diff-plan', [a, join(dir, 'a2.yaml')]);
    expect(diff.status).toBe(1);
    expect(d.status).toBe(0);
    expect(d.stdout).toContain('Đoạn [2J]0;x một.'); // diff-plan reads the built document, which drops control characters
    expect(d.stdout).toContain('<U+202E>');
    const check = runCommand('check', [b]);
    expect(check.stderr).toContain("unknown key 'x<U+001B>[2J'");
    expect(d.stdout + check.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
  });

  it('a data file whose name starts with two dots is inside the plan folder', () => {
    const dir = tmp();
    const plan = planWith(dir, ['Một đoạn.'], 'appendices:\n  - id: a\n    title: Bảng\n    columns:\n      - { key: t, header: Tên }\n    source: { file: ..x.csv }\n');
    writeFileSync(join(dir, '..x.csv'), 'Tên\nThôn A\n');
    const r = runCommand('check', [plan]);
    expect(r.stderr).not.toContain('inside the plan');
    expect(r.status).toBe(0);
    const outside = planWith(dir, ['Một đoạn.'], 'appendices:\n  - id: a\n    title: Bảng\n    columns:\n      - { key: t, header: Tên }\n    source: { file: ../x.csv }\n', 'o.yaml');
    expect(runCommand('check', [outside]).stderr).toContain("a data file must be inside the plan's folder");
  });

  it('targets: { __proto__: … } is an error, not silently dropped', () => {
    const plan = planWith(tmp(), ['Đạt {t}.'], 'targets:\n  __proto__: { label: X, value: 5 }\n  t: { label: Y, value: 6 }\n');
    const r = runCommand('check', [plan]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${plan}:23:3: unknown key '__proto__' in targets`);
  });

  it('sections nested 500 deep get a plain message', () => {
    const dir = tmp();
    const deep = `sections: [${'{title: M, sections: ['.repeat(500)}{title: C}${']}'.repeat(500)}]\n`;
    const file = join(dir, 'deep.yaml');
    writeFileSync(file, MINIMAL.replace(/sections:[\s\S]*?closing:/, `${deep}closing:`));
    const r = runCli([file, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the YAML nests far too deeply to be a plan (sections nest at most 4 levels deep');
    expect(r.stderr).not.toMatch(/Maximum call stack|internal error/);
  });

  it('an empty CSV says the file is empty and which columns it needs', () => {
    const dir = tmp();
    const plan = planWith(dir, ['Một đoạn.'], 'appendices:\n  - id: a\n    title: Bảng\n    columns:\n      - { key: t, header: Tên }\n      - { key: n, header: Số, type: integer }\n    source: { file: d.csv }\n');
    writeFileSync(join(dir, 'd.csv'), '');
    const r = runCommand('check', [plan]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('there is no header row: the file is empty');
    expect(r.stderr).toContain('its first row names the columns: "Tên", "Số"');
    expect(r.stderr).not.toMatch(/the file's columns: *\n/);
  });

  it('new-plan and diff-plan read a plan built per unit (plans/2026-communes.yaml)', () => {
    const next = join(tmp(), '2027-communes.yaml');
    const n = runCommand('new-plan', ['plans/2026-communes.yaml', '--year', '2027', '--out', next]);
    expect(n.stderr).not.toContain('--each');
    expect(n.status).toBe(0);
    const d = runCommand('diff-plan', ['plans/2026-communes.yaml', next]);
    expect(d.status).toBe(0);
    expect(d.stdout).toContain('Quảng Ngọc');
  });
});

describe('11-proto-keys (found by fuzzing)', () => {
  it('a key named constructor holding a __proto__ key is an unknown key, not a crash', async () => {
    const { validatePlan } = await import('../src/plan/validate.js');
    const { parsePlanText } = await import('../src/plan/load.js');
    const r = validatePlan(parsePlanText('p.yaml', 'constructor:\n  issuer:\n    __proto__: null\n'));
    expect(r.value).toBeNull();
    expect(r.diagnostics.map((d) => en(d))).toContain("unknown key 'constructor'");
  });
});
