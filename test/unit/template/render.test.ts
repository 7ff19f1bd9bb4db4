// Template errors name the template file and line; strict mode catches misspelt fields.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../src/diag/index.js';
import { buildDocument } from '../../../src/pipeline.js';
import { en } from '../../helpers/en.js';

function brokenTemplates(file: string, edit: (s: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kh-tpl-')), 'ke-hoach');
  cpSync('templates/ke-hoach', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

async function diagnosticsOf(templateDir: string) {
  try {
    await buildDocument('test/fixtures/plans/minimal.yaml', { templateDir });
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected the build to fail');
}

describe('template errors', () => {
  it('name the partial and line of a misspelt field', async () => {
    const dir = brokenTemplates('partials/masthead.hbs', (s) => s.replace('{{place}}', '{{plaec}}'));
    const [d] = await diagnosticsOf(dir);
    expect(d).toMatchObject({ code: 'template_error', file: join(dir, 'partials/masthead.hbs') });
    const line = readFileSync(join(dir, 'partials/masthead.hbs'), 'utf8').split('\n').findIndex((l) => l.includes('plaec')) + 1;
    expect(d!.line).toBe(line);
    expect(en(d!)).toContain('"plaec" not defined');
  });

  it('name the file and line of a syntax error', async () => {
    const dir = brokenTemplates('main.hbs', (s) => s.replace('{{#each intro}}', '{{#each intro}'));
    const [d] = await diagnosticsOf(dir);
    expect(d).toMatchObject({ code: 'template_error', file: join(dir, 'main.hbs') });
    expect(d!.line).toBe(readFileSync(join(dir, 'main.hbs'), 'utf8').split('\n').findIndex((l) => l.includes('{{#each intro}')) + 1);
  });

  it('refuse helpers that are not registered', async () => {
    const dir = brokenTemplates('main.hbs', (s) => s.replace('{{title}}', '{{shout title}}'));
    const [d] = await diagnosticsOf(dir);
    expect(d!.code).toBe('template_error');
  });

  it('report markup that names an unknown paragraph style', async () => {
    const dir = brokenTemplates('main.hbs', (s) => s.replace('[DocType] {{docTypeUpper}}', '[Doctype] {{docTypeUpper}}'));
    const [d] = await diagnosticsOf(dir);
    expect(d).toMatchObject({ code: 'markup_error' });
    expect(en(d!)).toContain('unknown paragraph style [Doctype]');
  });
});

describe('plan text', () => {
  it('comes out literally, whatever markup or template syntax it contains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kh-lit-'));
    const plan = join(dir, 'literal.yaml');
    const nasty = '- {{title}} & <b>x</b> "q" [Issuer] ::section landscape | #1 \\\\ ./.';
    writeFileSync(plan, readFileSync('test/fixtures/plans/minimal.yaml', 'utf8').replace('- Một đoạn văn.', `- ${JSON.stringify(nasty)}`));
    const { document } = await buildDocument(plan);
    const para = document.children[0]!.children.find((b) => b.type === 'paragraph' && b.style === 'Body');
    expect(para).toEqual({ type: 'paragraph', style: 'Body', children: [{ type: 'text', value: nasty }], origin: expect.anything() });
    expect(document.children).toHaveLength(1);
  });
});

describe('theme errors', () => {
  it('name the theme file and line', async () => {
    const dir = brokenTemplates('theme.yaml', (s) => s.replace('  Body: { firstLineIndentMm: 12.7,', '  Body: { firstLineIndentMm: -3,'));
    const [d] = await diagnosticsOf(dir);
    expect(d).toMatchObject({ code: 'template_error', file: join(dir, 'theme.yaml') });
    expect(d!.line).toBe(readFileSync(join(dir, 'theme.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('firstLineIndentMm: -3')) + 1);
  });
});

describe('hanging indents', () => {
  it('a theme can hang "-" items: DOCX indents wrapped lines, the PDF layout does the same', async () => {
    const dir = brokenTemplates('theme.yaml', (s) => s.replace('  Item: { firstLineIndentMm: 12.7,', '  Item: { firstLineIndentMm: 12.7, hangingIndentMm: 5,'));
    const file = join(mkdtempSync(join(tmpdir(), 'kh-hang-')), 'p.yaml');
    const long = 'Một ý rất dài '.repeat(20).trim();
    writeFileSync(file, readFileSync('test/fixtures/plans/minimal.yaml', 'utf8').replace('- Một đoạn văn.', `- item: ${long}`));
    const { document } = await buildDocument(file, { templateDir: dir });
    const { writeDocx } = await import('../../../src/docx/write-docx.js');
    const { docxParts } = await import('../../helpers/docx.js');
    const styles = docxParts(await writeDocx(document))['word/styles.xml']!;
    expect(/w:styleId="KhItem"[\s\S]*?<w:ind ([^>]*)\/>/.exec(styles)![1]).toMatch(/w:hanging="283".*w:left="1003"|w:left="1003".*w:hanging="283"/);
    const { layoutDocument } = await import('../../../src/layout/layout-document.js');
    const { fakeMetrics } = await import('../../helpers/fake-metrics.js');
    // where each line of the item starts: the smallest x among the texts on its baseline
    const items = layoutDocument(document, fakeMetrics).pages.flatMap((p) => p.items);
    const lineYs = [...new Set(items.filter((i) => i.type === 'text' && /ý|dài/.test(i.text)).map((i) => (i.type === 'text' ? i.yPt : 0)))];
    const starts = lineYs.map((y) => Math.min(...items.filter((i) => i.type === 'text' && i.yPt === y).map((i) => (i.type === 'text' ? i.xPt : 0))));
    const MM = 72 / 25.4;
    expect(starts.length).toBeGreaterThan(2);
    expect(starts[0]).toBeCloseTo((30 + 12.7) * MM, 1);
    for (const x of starts.slice(1)) expect(x).toBeCloseTo((30 + 17.7) * MM, 1);
  });
});
