// Stage: cli. argv → CliOptions, or a usage error (its usage text: the catalogue's usage.build_plan).
import { msg } from '../diag/index.js';
import { formats, type FormatName } from '../pipeline.js';
import { UsageError } from './flags.js';

export interface CliOptions {
  plans: string[];
  outDir: string;
  formats: FormatName[];
  strict: boolean;
  debug: boolean;
  help: boolean;
  /** Folder with the office's own Times New Roman files (PDF), 'tinos', or null for the default (cli/fonts-option.ts). */
  fontsDir: string | null;
  watch: boolean;
  /** build-plan --each <appendix id>: one plan per row of that appendix. */
  each: string | null;
}

export { UsageError };

const FORMAT_NAMES = Object.keys(formats) as FormatName[];

function parseFormat(value: string): FormatName[] {
  if (value === 'all') return FORMAT_NAMES;
  if ((FORMAT_NAMES as string[]).includes(value)) return [value as FormatName];
  throw new UsageError(msg('usage.build_format', { value }));
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { plans: [], outDir: 'out', formats: FORMAT_NAMES, strict: false, debug: false, help: false, fontsDir: null, watch: false, each: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const inline = a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined;
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(msg('usage.needs_value', { option: a.split('=')[0] }));
      return v;
    };
    if (a === '--out' || a.startsWith('--out=')) o.outDir = value();
    else if (a === '--format' || a.startsWith('--format=')) o.formats = parseFormat(value());
    else if (a === '--fonts' || a.startsWith('--fonts=')) o.fontsDir = value();
    else if (a === '--strict') o.strict = true;
    else if (a === '--watch') o.watch = true;
    else if (a === '--each' || a.startsWith('--each=')) o.each = value();
    else if (a === '--debug') o.debug = true;
    else if (a === '-h' || a === '--help') o.help = true;
    else if (a.startsWith('-')) throw new UsageError(msg('usage.unknown_option', { option: a }));
    else o.plans.push(a);
  }
  if (!o.help && o.plans.length === 0) throw new UsageError(msg('usage.name_a_plan'));
  if (o.each !== null && o.plans.length !== 1) throw new UsageError(msg('usage.each_one_plan'));
  if (o.each !== null && o.watch) throw new UsageError(msg('usage.each_no_watch'));
  return o;
}
