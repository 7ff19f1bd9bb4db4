// The studio's completion and hover help: where a position is in the plan (yaml-path) and what
// the plan's JSON Schema says there (schema). Pure functions, run in Node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../../src/index.js';
import { SchemaHelp, type JsonSchema } from '../../../src/studio/web/schema.js';
import { placeAt } from '../../../src/studio/web/yaml-path.js';

const help = new SchemaHelp(planJsonSchema() as JsonSchema);
const plan = readFileSync('plans/2026.yaml', 'utf8');

/** placeAt at the `|` of a text. */
const at = (marked: string) => {
  const i = marked.indexOf('|');
  const text = marked.replace('|', '');
  const word = /[\p{L}\p{N}_\-.]*$/u.exec(text.slice(0, i))![0];
  return placeAt(text, i - word.length, i);
};

describe('studio: where the cursor is in the plan', () => {
  it('a key being typed in a nested mapping', () => {
    expect(at('issuer:\n  name: X\n  sh|\ntitle: T\n')).toEqual({ path: ['issuer'], role: 'key', present: ['name'] });
  });
  it('an empty line inside a mapping', () => {
    expect(at('issuer:\n  name: X\n  |\ntitle: T\n')).toMatchObject({ path: ['issuer'], role: 'key' });
  });
  it('a new entry of a list of sections', () => {
    expect(at('sections:\n  - title: A\n    body: [x]\n  - |\n')).toMatchObject({ path: ['sections', 1], role: 'key' });
  });
  it('a value after a key', () => {
    expect(at('legalBases:\n  layout: sep|\n')).toEqual({ path: ['legalBases', 'layout'], role: 'value', present: [] });
  });
  it('inside a comment or inside free text: nothing', () => {
    expect(at('# issuer: na|\n')).toBeNull();
    expect(at('title: Thực hiện bảo|\n')).toBeNull();
  });
  it('in the real plan, a key of a subsection', () => {
    const i = plan.indexOf('        duties:\n');
    expect(placeAt(plan, i + 8, i + 8)).toMatchObject({ path: ['sections', 2, 'sections', 0], role: 'key' });
  });
});

describe("studio: the schema's help", () => {
  it('offers the keys of the issuer, with Vietnamese descriptions, required ones marked', () => {
    const keys = help.keys(['issuer']);
    expect(keys.map((k) => k.key)).toEqual(['parent', 'name', 'shortName', 'symbol']);
    expect(keys.find((k) => k.key === 'symbol')).toMatchObject({ required: true, description: expect.stringMatching(/ký hiệu/) });
  });
  it('follows $ref into nested sections', () => {
    expect(help.keys(['sections', 0, 'sections', 1]).map((k) => k.key)).toEqual(expect.arrayContaining(['title', 'body', 'duties', 'sections']));
    expect(help.isMapping(['sections', 3])).toBe(true);
  });
  it('gives allowed values and descriptions of a value', () => {
    expect(help.values(['legalBases', 'layout'])).toEqual(['separate', 'combined']);
    expect(help.describe(['legalBases', 'layout'])).toMatch(/\p{L}/u);
    expect(help.describe(['targets', 'bao-phu', 'value'])).toBeTruthy();
  });
  it('knows nothing of keys the plan does not have', () => {
    expect(help.keys(['titel'])).toEqual([]);
    expect(help.describe(['issuer', 'nam'])).toBeUndefined();
  });
});
