import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../../src/markup/escape.js';
import { parseInlines } from '../../../src/markup/inline.js';
import { inlineText } from '../../../src/model/text.js';
import { parseMarkup } from '../../../src/markup/parse.js';
import { loadTheme } from '../../../src/template/theme.js';

describe('parseInlines', () => {
  it('reads **bold** and *italic*', () => {
    expect(parseInlines('hạn **31/12** và *ghi chú*')).toEqual([
      { type: 'text', value: 'hạn ' },
      { type: 'strong', children: [{ type: 'text', value: '31/12' }] },
      { type: 'text', value: ' và ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'ghi chú' }] },
    ]);
    expect(parseInlines('**đậm *nghiêng* đậm**')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'đậm ' }, { type: 'emphasis', children: [{ type: 'text', value: 'nghiêng' }] }, { type: 'text', value: ' đậm' }] },
    ]);
  });

  it('keeps unmatched asterisks and escaped characters literally', () => {
    expect(parseInlines('5 * 3 = 15')).toEqual([{ type: 'text', value: '5 * 3 = 15' }]);
    expect(parseInlines('\\*không nghiêng\\*')).toEqual([{ type: 'text', value: '*không nghiêng*' }]);
    expect(parseInlines('**mở mà không đóng')).toEqual([{ type: 'text', value: '**mở mà không đóng' }]);
  });
});

describe('escapeMarkup', () => {
  const theme = loadTheme('templates/ke-hoach/theme.yaml');
  const paragraphText = (line: string) => {
    const doc = parseMarkup({ text: `::section portrait\n${line}\n`, templateFile: 't' }, theme);
    const block = doc.children[0]!.children[0]!;
    if (block.type !== 'paragraph') throw new Error(`became a ${block.type}`);
    return inlineText(block.children);
  };

  it('stops plan text from starting a heading, item, style, directive or cell', () => {
    for (const s of ['#1 không phải tiêu đề', '- không phải ý', '+ cũng không', '[Issuer] không', '::section landscape', '| ô |', '\\ gạch chéo', 'a\nb'])
      expect(paragraphText(escapeMarkup(s))).toBe(s.replace('\n', ' '));
  });

  it('round-trips any text without asterisks (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.includes('*') && s.trim() !== ''), (s) => {
        const folded = s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/[\t\f\v]/g, ' ');
        expect(paragraphText(escapeMarkup(s))).toBe(folded.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('11-asterisks: emphasis only where clearly meant', () => {
  const text = (s: string) => inlineText(parseInlines(s));
  const kinds = (s: string) => parseInlines(s).map((i) => i.type);

  it('keeps asterisks between figures literal', () => {
    expect(parseInlines('Tỷ lệ 5*3 = 15 và 2*4 = 8')).toEqual([{ type: 'text', value: 'Tỷ lệ 5*3 = 15 và 2*4 = 8' }]);
    expect(parseInlines('a**b và c**d')).toEqual([{ type: 'text', value: 'a**b và c**d' }]);
  });

  it('keeps footnote markers (*) literal and the text between them upright', () => {
    expect(parseInlines('Số liệu (*) tạm tính; xem ghi chú (*) cuối bảng')).toEqual([{ type: 'text', value: 'Số liệu (*) tạm tính; xem ghi chú (*) cuối bảng' }]);
    expect(text('(**) và (**)')).toBe('(**) và (**)');
    expect(text('*) mục a *)')).toBe('*) mục a *)');
  });

  it('needs both ends hugging words', () => {
    expect(kinds('a * b * c')).toEqual(['text']);
    expect(kinds('*nghiêng *')).toEqual(['text']);
    expect(kinds('* nghiêng*')).toEqual(['text']);
    expect(kinds('*nửa*chữ')).toEqual(['text']);
    expect(text('***ba sao***')).toBe('***ba sao***');
    expect(kinds('đạt **95,5%** trở lên, *(ghi chú)*.')).toEqual(['text', 'strong', 'text', 'emphasis', 'text']);
    expect(kinds('"*trích dẫn*"')).toEqual(['text', 'emphasis', 'text']);
  });

  it('\\* in plan text is always a literal asterisk', () => {
    const plan = (s: string) => parseInlines(escapeMarkup(s));
    expect(plan('\\*không nghiêng\\*')).toEqual([{ type: 'text', value: '*không nghiêng*' }]);
    expect(plan('**đậm** và \\*\\*không\\*\\*')).toEqual([{ type: 'strong', children: [{ type: 'text', value: 'đậm' }] }, { type: 'text', value: ' và **không**' }]);
    expect(plan('C:\\thu-muc\\tep')).toEqual([{ type: 'text', value: 'C:\\thu-muc\\tep' }]);
  });

  it('never loses or adds a character other than paired delimiters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('*', '*', 'a', 'ệ', ' ', '(', ')', '5', '.', '\\'), maxLength: 30 }), (s) => {
        const out = parseInlines(s);
        const count = (nodes: typeof out): number => nodes.reduce((n, i) => n + (i.type === 'text' ? 0 : 1 + count(i.children)), 0);
        const delims = (i: (typeof out)[number]): number => (i.type === 'text' ? 0 : (i.type === 'strong' ? 4 : 2) + i.children.reduce((n, c) => n + delims(c), 0));
        const removed = out.reduce((n, i) => n + delims(i), 0);
        const escapes = (s.match(/\\[!-/:-@[-`{-~]/g) ?? []).length;
        expect(inlineText(out).length + removed + escapes).toBe(s.length);
        expect(count(out)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('11-xml-chars: characters no document may hold', () => {
  it('escapeMarkup drops controls, U+FFFE/U+FFFF and lone surrogates, keeps emoji', () => {
    expect(escapeMarkup('a\u0001b\u0008c\u001fd\ufffee\uffff f\ud800g \u0085h 😀')).toBe('abcde fg h 😀');
  });
});
