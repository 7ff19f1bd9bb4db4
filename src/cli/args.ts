// Stage: cli. argv → CliOptions, or a usage error.
import { formats, type FormatName } from '../pipeline.js';

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

export class UsageError extends Error {}

export const USAGE = `usage: npm run build-plan -- <plan.yaml> [more.yaml …] [options]

Writes <out>/<plan name>.docx and .pdf for each plan.

options:
  --out DIR                 output folder (default: out)
  --format docx|pdf|all     what to write (default: all available formats)
  --fonts DIR               draw the PDF with the Times New Roman files in DIR (times.ttf,
                            timesbd.ttf, timesi.ttf, timesbi.ttf, as in C:\\Windows\\Fonts);
                            --fonts tinos: the bundled Tinos, which has the same metrics.
                            Default: Windows' own Times New Roman on Windows, Tinos elsewhere
  --each ID                 build one plan per row of appendix ID (e.g. each commune of a
                            province's table), on all cores; files are named <plan>-<row name>
  --watch                   rebuild whenever the plan, its data files or the templates change
  --strict                  treat warnings as errors (exit code 3)
  --debug                   show the stack of an internal error
  -h, --help                show this help`;

const FORMAT_NAMES = Object.keys(formats) as FormatName[];

function parseFormat(value: string): FormatName[] {
  if (value === 'all') return FORMAT_NAMES;
  if ((FORMAT_NAMES as string[]).includes(value)) return [value as FormatName];
  throw new UsageError(`--format must be docx, pdf or all, not ${JSON.stringify(value)}`);
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { plans: [], outDir: 'out', formats: FORMAT_NAMES, strict: false, debug: false, help: false, fontsDir: null, watch: false, each: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const inline = a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined;
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${a} needs a value`);
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
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else o.plans.push(a);
  }
  if (!o.help && o.plans.length === 0) throw new UsageError('name a plan file, e.g. plans/2026.yaml');
  if (o.each !== null && o.plans.length !== 1) throw new UsageError('--each builds the units of one plan: name exactly one');
  if (o.each !== null && o.watch) throw new UsageError('--each and --watch do not go together');
  return o;
}
