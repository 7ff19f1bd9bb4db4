// Unit tests 14-rules (reader): the XML tokenizer and Word's list numbering.
import { describe, expect, it } from 'vitest';
import { listCounter, readNumbering } from '../../../src/reader/docx/numbering.js';
import { parseXml, XmlError, XmlLimitError } from '../../../src/reader/xml/parse-xml.js';
import { word } from '../../../src/diag/index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('14-rules: parseXml', () => {
  it('reads elements, attributes, entities and CDATA, skipping comments, PIs and a DOCTYPE', () => {
    const el = parseXml(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "boom">]><!-- c --><w:p xmlns:w="${W}"><w:t xml:space="preserve"> a &amp; b &#x1EA1;&#7841; </w:t><w:t><![CDATA[<x>]]></w:t><w:b w:val="0"/></w:p>`);
    expect(el.name).toBe('w:p');
    expect(el.children.map((c) => (typeof c === 'string' ? c : [c.name, c.attrs, c.children]))).toEqual([
      ['w:t', { 'xml:space': 'preserve' }, [' a & b ạạ ']],
      ['w:t', {}, ['<x>']],
      ['w:b', { 'w:val': '0' }, []],
    ]);
  });

  it('names elements by namespace, whatever prefix the file uses (ns0:p reads as w:p)', () => {
    expect(parseXml(`<ns0:document xmlns:ns0="${W}"><ns0:body/></ns0:document>`).children).toMatchObject([{ name: 'w:body' }]);
    expect(parseXml(`<document xmlns="${W}"><p/></document>`)).toMatchObject({ name: 'w:document', children: [{ name: 'w:p' }] });
    expect(parseXml('<x:a xmlns:x="urn:other"/>').name).toBe('x:a');
  });

  it('refuses broken XML with a reason', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a>')).toThrow(/never closed/);
    expect(() => parseXml('<a x="1>')).toThrow(XmlError);
  });

  it('stops at a depth or a number of elements no plan reaches, before building the whole tree', () => {
    const limits = { depth: 8, elements: 50 };
    expect(parseXml(`${'<a>'.repeat(8)}${'</a>'.repeat(8)}`, limits).name).toBe('a');
    expect(() => parseXml(`${'<a>'.repeat(9)}${'</a>'.repeat(9)}`, limits)).toThrow(XmlLimitError);
    const reason = (xml: string) => {
      try {
        parseXml(xml, limits);
      } catch (e) {
        if (e instanceof XmlLimitError) return [word(e.reason, 'vi'), word(e.reason, 'en')];
      }
      return null;
    };
    expect(reason(`<r>${'<a/>'.repeat(50)}</r>`)).toEqual(['hơn 50 phần tử XML', 'more than 50 XML elements']);
    expect(reason(`${'<a>'.repeat(9)}${'</a>'.repeat(9)}`)).toEqual(['các phần tử lồng nhau quá 8 tầng', 'elements nested more than 8 levels deep']);
    expect(parseXml(`<r>${'<a/>'.repeat(49)}</r>`, limits).children).toHaveLength(49);
  });
});

const numbering = (levels: string, nums: string) =>
  readNumbering(parseXml(`<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>`));
const lvl = (i: number, fmt: string, text: string, start = 1) => `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

describe('14-rules: automatic numbering', () => {
  it('counts I., 1., 1.1., a) as Word draws them, deeper levels restarting', () => {
    const count = listCounter(numbering(lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') + lvl(2, 'decimal', '%2.%3.') + lvl(3, 'lowerLetter', '%4)'), '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'));
    const labels = [0, 1, 2, 2, 3, 1, 0, 1].map((l) => count('1', l)?.label);
    expect(labels).toEqual(['I.', '1.', '1.1.', '1.2.', 'a)', '2.', 'II.', '1.']);
  });

  it('lists sharing a definition go on counting; a startOverride restarts where the list is first used', () => {
    const n = numbering(lvl(0, 'decimal', '%1.'), '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>');
    const count = listCounter(n);
    expect([count('1', 0), count('1', 0), count('2', 0), count('3', 0), count('3', 0)].map((x) => x?.label)).toEqual(['1.', '2.', '3.', '1.', '2.']);
    expect(count('9', 0)).toBeNull();
  });

  it('bullets are bullets, a Symbol-font dot read as the dot it draws', () => {
    const count = listCounter(numbering(lvl(0, 'bullet', '\uF0B7') + lvl(1, 'bullet', '+'), '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'));
    expect([count('1', 0), count('1', 1)]).toEqual([{ label: '•', level: 0, format: 'bullet' }, { label: '+', level: 1, format: 'bullet' }]);
  });
});
