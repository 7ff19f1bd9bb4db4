// plans/plan.schema.json is generated from the zod schema and stays in sync with it; every plan
// names it on its first line, and every shipped plan is valid against it too.
import { readFileSync } from 'node:fs';
import { relative, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { planJsonSchemaText } from '../src/plan/json-schema.js';
import { allPlans, shippedPlans } from './helpers/plans.js';

describe('plans/plan.schema.json', () => {
  it('is what the zod schema generates (run npm run schema after changing the schema)', () => {
    expect(readFileSync('plans/plan.schema.json', 'utf8')).toBe(planJsonSchemaText());
  });

  it('describes every field in Vietnamese, for hover help', () => {
    const schema = JSON.parse(planJsonSchemaText());
    expect(schema.properties.title.description).toMatch(/Trích yếu/);
    // a signature, or (joint plans) a list of them: both forms carry the help
    const [one, many] = schema.properties.signature.anyOf;
    expect(one.properties.authority.description).toMatch(/Thẩm quyền ký/);
    expect(many.items.properties.authority.description).toMatch(/Thẩm quyền ký/);
    expect(schema.$defs.section.properties.paragraph.description).toMatch(/Đoạn văn đánh số/);
  });

  it.each(allPlans())('$name names it on its first line and is valid against it', ({ file }) => {
    const schemaPath = relative(dirname(file), 'plans/plan.schema.json');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaPath.startsWith('.') ? schemaPath : `./${schemaPath}`}`);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(planJsonSchemaText()));
    expect(validate(parse(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...parse(readFileSync(file, 'utf8')), titel: 'x' })).toBe(false); // strict objects: typos are errors in the editor too
  });
});
