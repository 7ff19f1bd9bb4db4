// The build-plan command as a user runs it: files written, identical bytes on every run and
// time zone, nothing half-written, the DOCX opens in LibreOffice.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { shippedPlans } from './helpers/plans.js';
import { docxFilesIn } from './helpers/docx.js';
import { pdfText } from './helpers/read-pdf.js';
import { docxToPdf } from './helpers/soffice.js';
import { requireTools } from './helpers/tools.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'kh-cli-'));

describe('build-plan', () => {
  it('writes out/<name>.docx and out/<name>.pdf for plans/2026.yaml', () => {
    const out = tmp();
    const r = runCli(['plans/2026.yaml', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`wrote ${join(out, '2026.docx')}`);
    expect(r.stdout).toContain(`wrote ${join(out, '2026.pdf')}`);
    expect(readdirSync(out).sort()).toEqual(['2026.docx', '2026.pdf']);
    expect(docxFilesIn(out)).toEqual(['2026.docx']);
    expect(readFileSync(join(out, '2026.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes one format with --format', () => {
    const out = tmp();
    expect(runCli(['plans/2026.yaml', '--out', out, '--format', 'pdf']).status).toBe(0);
    expect(readdirSync(out)).toEqual(['2026.pdf']);
  });

  it('gives byte-identical files across runs and time zones', () => {
    const [a, b] = [tmp(), tmp()];
    runCli(['plans/2026.yaml', 'plans/examples/003-tuyen-quang-2018.yaml', '--out', a], { TZ: 'UTC' });
    runCli(['plans/2026.yaml', 'plans/examples/003-tuyen-quang-2018.yaml', '--out', b], { TZ: 'Asia/Ho_Chi_Minh' });
    for (const f of ['2026.docx', '2026.pdf', '003-tuyen-quang-2018.docx', '003-tuyen-quang-2018.pdf']) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('leaves the previous output untouched when a build fails', () => {
    const out = tmp();
    const plan = join(tmp(), 'ke-hoach.yaml');
    writeFileSync(plan, readFileSync('plans/2026.yaml'));
    expect(runCli([plan, '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'ke-hoach.docx'));
    const beforePdf = readFileSync(join(out, 'ke-hoach.pdf'));
    writeFileSync(plan, readFileSync('plans/2026.yaml', 'utf8').replace('title: Thực hiện', 'titel: Thực hiện'));
    const r = runCli([plan, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("unknown key 'titel'");
    expect(readFileSync(join(out, 'ke-hoach.docx')).equals(before)).toBe(true);
    expect(readFileSync(join(out, 'ke-hoach.pdf')).equals(beforePdf)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['ke-hoach.docx', 'ke-hoach.pdf']);
  });

  it('answers bad usage with exit code 2, the mistake and where the usage is', () => {
    expect(runCli([]).status).toBe(2);
    const r = runCli(['plans/2026.yaml', '--format', 'odt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format must be docx, pdf or all');
    expect(r.stderr).toContain('see: npm run build-plan -- --help');
    expect(runCli(['plans/2026.yaml', '--bogus']).stderr).toContain('unknown option --bogus');
  });

  it('reports a missing plan file in one line', () => {
    const r = runCli(['plans/2099.yaml', '--out', tmp()]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe("plans/2099.yaml:1:1: cannot read 'plans/2099.yaml': no such file");
  });
});

describe('LibreOffice', () => {
  it.for(shippedPlans())('converts $name (DOCX → PDF)', async ({ file, name }, ctx) => {
    requireTools(ctx, 'soffice');
    const out = tmp();
    expect(runCli([file, '--out', out]).status).toBe(0);
    docxFilesIn(out);
    const base = name.split('/').pop()!;
    const lo = join(out, 'libreoffice');
    const pdf = docxToPdf(join(out, `${base}.docx`), lo);
    expect(existsSync(pdf)).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('KẾ HOẠCH');
  });
});

describe('--fonts', () => {
  const tinos = (face: string) => readFileSync(`node_modules/@expo-google-fonts/tinos/${face}.ttf`);

  it('draws the PDF with the fonts of a folder, and warns of characters they lack', async () => {
    const { default: subsetFont } = await import('subset-font');
    const dir = tmp();
    // an "old Times New Roman" without Vietnamese letters: Tinos cut down to ASCII
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    writeFileSync(join(dir, 'TIMES.TTF'), await subsetFont(tinos('400Regular/Tinos_400Regular'), ascii, { targetFormat: 'sfnt' }));
    writeFileSync(join(dir, 'timesbd.ttf'), tinos('700Bold/Tinos_700Bold'));
    writeFileSync(join(dir, 'timesi.ttf'), tinos('400Regular_Italic/Tinos_400Regular_Italic'));
    writeFileSync(join(dir, 'timesbi.ttf'), tinos('700Bold_Italic/Tinos_700Bold_Italic'));
    const out = tmp();
    const r = runCli(['plans/2026.yaml', '--fonts', dir, '--out', out, '--format', 'pdf']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: the regular font \(.*TIMES\.TTF\) has no glyph for .*'ạ' \(U\+1EA1\)/);
    expect(r.stderr).toContain('1 warning');
    expect(runCli(['plans/2026.yaml', '--fonts', dir, '--out', out, '--format', 'pdf', '--strict']).status).toBe(3);
  });

  it('refuses a folder without the four Times New Roman files', () => {
    const r = runCli(['plans/2026.yaml', '--fonts', tmp(), '--out', tmp()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf');
  });
});
