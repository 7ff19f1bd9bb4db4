#!/usr/bin/env node
// Stage: cli. `npm run schema [-- FILE]`: writes plans/plan.schema.json (or FILE) from the zod schema.
import { writeFileSync } from 'node:fs';
import { msg } from '../diag/index.js';
import { planJsonSchemaText } from '../plan/json-schema.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { runCommand } from './run.js';
import { say } from './say.js';

async function main(argv: string[]): Promise<number> {
  return withUsage('schema', async () => {
    const { positionals, flags } = parseFlags(argv, ['--debug', '-h', '--help']);
    if (flags.has('-h') || flags.has('--help')) return console.log(say('usage.schema')), 0;
    if (positionals.length > 1) throw new UsageError(msg('usage.too_many', { count: positionals.length }));
    const file = positionals[0] ?? 'plans/plan.schema.json';
    writeFileSync(file, planJsonSchemaText());
    console.log(say('run.schema_written', { file }));
    return 0;
  });
}

runCommand('schema', main);
