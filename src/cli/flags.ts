// Stage: cli. A small argv parser for the workflow commands: positionals, boolean flags and
// flags with a value (--year 2027 or --year=2027); anything else is a usage error.
export class UsageError extends Error {}

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
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      out.values.set(name, v);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else out.positionals.push(a);
  }
  return out;
}

/** Runs `body`, turning a UsageError into its message, the usage text and exit code 2. */
export async function withUsage(name: string, usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${name}: ${e.message}\n\n${usage}`);
    return 2;
  }
}
