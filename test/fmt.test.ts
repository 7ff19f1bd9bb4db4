// 17-fmt: fmt is truly canonical. Comments stay with the key they were written for whatever moves,
// one layout whatever layout came in, and fmt(fmt(x)) = fmt(x) with the built document unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parsePlanText } from '../src/plan/load.js';
import { buildFromSource, renderFormat } from '../src/pipeline.js';
import { canonicalYaml } from '../src/workflow/canonical-yaml.js';
import { allPlans } from './helpers/plans.js';
import { relayout } from './helpers/relayout.js';

const fmt = (text: string) => canonicalYaml('p.yaml', text);
const data = (text: string) => parseDocument(text).toJS();
const BASIS = ['legalBases:', '  items:'];

/** fmt once and twice: the same text, the same data; returns the canonical text. */
function canonical(text: string): string {
  const once = fmt(text);
  expect(fmt(once)).toBe(once);
  expect(data(once)).toEqual(data(text));
  return once;
}

describe('17-fmt: comments stay with the entry they were written for', () => {
  it.each([
    ['after the "-" of a list item, above a key that is not first', [...BASIS, '    - # c', '      number: 1/QĐ', '      kind: Luật'], [...BASIS, '    - kind: Luật', '      # c', '      number: 1/QĐ']],
    ['above a list item', [...BASIS, '    # c', '    - number: 1/QĐ', '      kind: Luật'], [...BASIS, '    # c', '    - kind: Luật', '      number: 1/QĐ']],
    ['above a key that moves', ['issuer:', '  # ký hiệu', '  symbol: UBND', '  name: X'], ['issuer:', '  name: X', '  # ký hiệu', '  symbol: UBND']],
    ['after a value that moves', ['issuer:', '  symbol: UBND # ký hiệu', '  name: X'], ['issuer:', '  name: X', '  symbol: UBND # ký hiệu']],
    ['below the last entry of a block, indented as its entries', ['issuer:', '  symbol: UBND', '  name: X', '  # hết cơ quan', 'title: T'], ['issuer:', '  name: X', '  symbol: UBND', '  # hết cơ quan', 'title: T']],
    ['below a block, at the indentation of the next key', ['title: T', 'intro:', '  - Một', '# đoạn kết', 'closing: K', 'place: P'], ['place: P', 'title: T', '', 'intro: [ Một ]', '', '# đoạn kết', 'closing: K']],
    ['between a key and the first entry of its block', ['issuer:', '  # tên', '  symbol: UBND', '  name: X'], ['issuer:', '  name: X', '  # tên', '  symbol: UBND']],
    ['after a key whose value is a block', ['issuer: # cơ quan', '  symbol: UBND', '  name: X'], ['issuer:', '  name: X', '  # cơ quan', '  symbol: UBND']],
    ['on top of the file, whatever key comes first', ['# đầu tệp', 'title: T', 'issuer:', '  name: X'], ['# đầu tệp', 'issuer:', '  name: X', 'title: T']],
    ['at the end of the file', ['title: T', 'place: P', '# cuối tệp'], ['place: P', 'title: T', '# cuối tệp']],
    ['inside a one-line list: after it', ['intro: [ Một, # một', '  Hai ]'], ['intro: [ Một, Hai ] # một']],
    ['in a list that is not indented', ['sections:', '- title: A', '  body:', '  - x', '  # hết A', '# mục B', '- title: B'], ['sections:', '  - title: A', '    body:', '      - x', '      # hết A', '', '  # mục B', '  - title: B']],
  ])('a comment %s', (_, input, expected) => {
    expect(canonical([...input, ''].join('\n'))).toBe([...expected, ''].join('\n'));
  });
});

describe('17-fmt: one layout whatever came in', () => {
  it('blocks and one-line forms by kind, not as written; targets by id; blank lines between the parts', () => {
    const messy = [
      'targets: { b: { label: B, value: 2 }, a: { label: A, value: 1 } }',
      'sections:',
      '',
      '  - { title: A, body: [ { item: Ý } ] }',
      '  - title: B',
      '    body:',
      '      - when: Tháng 1',
      '        task: Việc',
      'period:',
      '  from: 2026-01-01',
      '  to: 2026-12-31',
      '',
      '',
      'title: "T"',
      '',
    ].join('\n');
    expect(canonical(messy)).toBe(
      [
        'period: { from: 2026-01-01, to: 2026-12-31 }',
        'title: T',
        '',
        'targets:',
        '  a:',
        '    label: A',
        '    value: 1',
        '  b:',
        '    label: B',
        '    value: 2',
        '',
        'sections:',
        '  - title: A',
        '    body:',
        '      - item: Ý',
        '',
        '  - title: B',
        '    body:',
        '      - { when: Tháng 1, task: Việc }',
        '',
      ].join('\n'),
    );
  });

  it('a list of plain values goes on one line when it fits in 100 columns, else one value per line', () => {
    const short = canonical('recipients:\n  to:\n    - Các thôn\n  archive:\n    - VT\n');
    expect(short).toBe('recipients:\n  to: [ Các thôn ]\n  archive: [ VT ]\n');
    const names = Array.from({ length: 6 }, (_, i) => `Phòng chuyên môn số ${i + 1}`);
    expect(canonical(`recipients:\n  to: [ ${names.join(', ')} ]\n`)).toBe(`recipients:\n  to:\n${names.map((n) => `    - ${n}\n`).join('')}`);
  });

  it('text keeps its line breaks as a "|" block and is never folded; numbers keep their digits', () => {
    const out = canonical('closing: >\n  Một câu\n  dài.\nintro: "Dòng 1\\nDòng 2"\ntargets:\n  a: { label: A, value: 95.50 }\n');
    expect(out).toContain('intro: |-\n  Dòng 1\n  Dòng 2\n');
    expect(out).toContain('closing: |\n  Một câu dài.\n');
    expect(out).toContain('    value: 95.50\n');
  });
});

describe('17-fmt: random re-layouts of every plan', () => {
  const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
  it.each(allPlans())('$name: fmt of any re-layout gives the plan back, and the same DOCX', async ({ file }) => {
    const text = readFileSync(file, 'utf8');
    expect(fmt(text)).toBe(text);
    for (let seed = 1; seed <= RUNS; seed++) {
      const messy = relayout(text, seed);
      expect(data(messy), `seed ${seed}`).toEqual(data(text));
      expect(fmt(messy), `seed ${seed}`).toBe(text);
    }
    const each = text.includes('{each.') ? /^ {2}- id: (\S+)/m.exec(text)![1] : undefined;
    const docx = async (t: string) => (await renderFormat((await buildFromSource(parsePlanText(file, t), { each })).document, 'docx')).bytes;
    expect(Buffer.from(await docx(fmt(relayout(text, 7))))).toEqual(Buffer.from(await docx(text)));
  }, 60_000);
});
