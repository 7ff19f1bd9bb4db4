// Reliability: odd input gets a clear answer; Unicode forms do not change the output; plan text
// never changes the document's structure; bugs are reported as bugs.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '../src/plan/load.js';
import { buildDocument, renderFormat } from '../src/pipeline.js';
import { runCli } from './helpers/cli.js';
import { docxFilesIn, docxParagraphs, renderDocx, wellFormedDocx } from './helpers/docx.js';
import { pdfText } from './helpers/read-pdf.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kh-rel-'));
const MINIMAL = readFileSync('test/fixtures/plans/minimal.yaml', 'utf8');

describe('input', () => {
  it('refuses a file far too large, before reading it', () => {
    const file = join(tmp(), 'big.yaml');
    writeFileSync(file, `title: "${'x'.repeat(MAX_PLAN_BYTES)}"\n`);
    const r = runCli([file, '--out', tmp()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:1:1: the file is ${MAX_PLAN_BYTES + 10} bytes; a plan may be at most ${MAX_PLAN_BYTES} bytes`);
  });

  it('gives the same bytes for a plan saved in decomposed Unicode (NFD) as in NFC', async () => {
    const dir = tmp();
    const nfc = readFileSync('plans/2026.yaml', 'utf8');
    expect(nfc.normalize('NFD')).not.toBe(nfc);
    writeFileSync(join(dir, 'nfd.yaml'), nfc.normalize('NFD'));
    const a = (await buildDocument('plans/2026.yaml')).document;
    const b = (await buildDocument(join(dir, 'nfd.yaml'))).document;
    expect(Buffer.from(wellFormedDocx((await renderFormat(b, 'docx')).bytes)).equals(Buffer.from((await renderFormat(a, 'docx')).bytes)), 'docx').toBe(true);
    for (const f of ['pdf'] as const) expect(Buffer.from((await renderFormat(b, f)).bytes).equals(Buffer.from((await renderFormat(a, f)).bytes)), f).toBe(true);
  });

  it('keeps markup, XML and template characters in plan text literal, in DOCX and PDF', async () => {
    const nasty = 'A & B <b>c</b> "q" \'s\' {{title}} [Issuer] ::end | #1 \\ ./.';
    const file = join(tmp(), 'literal.yaml');
    writeFileSync(file, MINIMAL.replace('- Một đoạn văn.', `- ${JSON.stringify(nasty)}`).replace('title: Thử nghiệm', `title: ${JSON.stringify(`Thử <nghiệm> & {{x}}`)}`));
    const { document } = await buildDocument(file);
    const docx = await renderDocx(document);
    expect(docxParagraphs(docx)).toContain(nasty);
    expect(docxParagraphs(docx)).toContain('Thử <nghiệm> & {{x}}');
    const text = await pdfText((await renderFormat(document, 'pdf')).bytes);
    expect(text.replace(/\s+/g, ' ')).toContain(nasty.replace(/\s+/g, ' '));
  });
});

describe('warnings and bugs', () => {
  const shortGoal = () => {
    const file = join(tmp(), 'goal.yaml');
    writeFileSync(
      file,
      `${MINIMAL}targets:\n  bao-phu: { label: Bao phủ, value: 95.5 }\nappendices:\n  - id: a\n    title: A\n    columns:\n      - { key: t, header: Thôn }\n      - { key: d, header: Dân số, type: integer }\n      - { key: n, header: Tham gia, type: integer }\n      - { key: r, header: Tỷ lệ, type: percent, formula: n / d * 100, goal: bao-phu }\n    rows:\n      - [A, 100, 90]\n`,
    );
    return file;
  };

  it('say so on stderr and still write; --strict fails with exit code 3 and writes nothing', () => {
    const out = tmp();
    const r = runCli([shortGoal(), '--out', out, '--format', 'docx']);
    expect(r.status).toBe(0);
    expect(docxFilesIn(out)).toEqual(['goal.docx']);
    expect(r.stderr).toContain("warning: appendix 'a': the total of column 'r' is 90,00%, below the goal {bao-phu} = 95,5%");
    expect(r.stderr).toContain('1 warning');
    const strictOut = tmp();
    const s = runCli([shortGoal(), '--out', strictOut, '--format', 'docx', '--strict']);
    expect(s.status).toBe(3);
    expect(s.stderr).toContain('1 warning (--strict: failing)');
    expect(readdirSync(strictOut)).toEqual([]);
  });

  it('report an internal error in one line asking for a report, exit 70; --debug shows the stack', () => {
    const r = runCli(['plans/2026.yaml', '--out', tmp()], { KE_HOACH_FAULT: 'internal' });
    expect(r.status).toBe(70);
    expect(r.stderr.trim().split('\n')).toEqual(['build-plan: internal error: fault injected by KE_HOACH_FAULT', 'This is a bug in ke-hoach; please report it with the plan file (run with --debug for details).']);
    const d = runCli(['plans/2026.yaml', '--debug', '--out', tmp()], { KE_HOACH_FAULT: 'internal' });
    expect(d.status).toBe(70);
    expect(d.stderr).toMatch(/\n\s+at /);
  });
});
