#!/usr/bin/env node
// Stage: cli. `npm run schema`: writes plans/plan.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { planJsonSchemaText } from '../plan/json-schema.js';

const file = process.argv[2] ?? 'plans/plan.schema.json';
writeFileSync(file, planJsonSchemaText());
console.log(`wrote ${file}`);
