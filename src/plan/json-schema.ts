// Stage: plan. The plan schema as JSON Schema, for editors: VS Code's YAML extension reads
// plans/plan.schema.json (named in each plan's first line) for completion, hover help in
// Vietnamese and inline errors. Generated from the zod schema; a test keeps the file in sync.
import { z } from 'zod';
import { planSchema } from './schema/plan-schema.js';

export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' });
  return { ...schema, $id: 'https://ke-hoach.invalid/plan.schema.json', title: 'Kế hoạch (ke-hoach plan file)' };
}

export const planJsonSchemaText = (): string => `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
