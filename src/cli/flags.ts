// Stage: cli. A small argv parser for the workflow commands: positionals, boolean flags and
// flags with a value (--year 2027 or --year=2027); anything else is a usage error. Usage errors
// carry a sentence of the catalogue, worded in the run's language when printed.
import { msg, word, type Msg } from '../diag/index.js';
import { lang } from './lang.js';
import { say } from './say.js';

export class UsageError extends Error {
  /** `what`: a sentence of the catalogue, or a text already worded in the run's language. */
  constructor(readonly what: Msg | string) {
    super(typeof what === 'string' ? what : word(what, 'en'));
  }
  /** In the language of this run. */
  text(): string {
    return typeof this.what === 'string' ? this.what : word(this.what, lang());
  }
}

export interface Parsed {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseFlags(argv: readonly string[], booleans: readonly string[], withValue: readonly string[] = []): Parsed {
  const out: Parsed = { positionals: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (booleans.includes(name)) out.flags.add(name);
    else if (withValue.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(msg('usage.needs_value', { option: name }));
      out.values.set(name, v);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(msg('usage.unknown_option', { option: a }));
    else out.positionals.push(a);
  }
  return out;
}

/** The lines of a usage error: what is wrong, then where the command's usage is (`npm run <command> -- --help`). */
export const usageErrorLines = (command: string, e: UsageError): string => `${command}: ${e.text()}\n${say('usage.see_help', { command })}`;

/** Runs `body`, turning a UsageError into its message, a pointer to --help and exit code 2. */
export async function withUsage(name: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(usageErrorLines(name, e));
    return 2;
  }
}
