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
