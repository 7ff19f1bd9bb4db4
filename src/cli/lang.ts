// Stage: cli. The language messages are printed in: Vietnamese unless the command line says
// `--lang en` (or the environment KE_HOACH_LANG=en, for a shell that always wants English).
// Read once by runCommand, before a command parses its own options.
import { LANGS, type Lang } from '../diag/index.js';

const fromEnv = process.env.KE_HOACH_LANG;
let current: Lang = LANGS.includes(fromEnv as Lang) ? (fromEnv as Lang) : 'vi';

/** The language chosen for this run. */
export const lang = (): Lang => current;

/** argv without `--lang X` / `--lang=X`, the language set from it; an unknown language is an error message. */
export function takeLang(argv: readonly string[]): { argv: string[]; error?: string } {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a !== '--lang' && !a.startsWith('--lang=')) {
      out.push(a);
      continue;
    }
    const v = a.startsWith('--lang=') ? a.slice(7) : argv[++i];
    if (!LANGS.includes(v as Lang)) return { argv: out, error: `--lang: vi (tiếng Việt, mặc định) hoặc en (English), không phải ${JSON.stringify(v ?? '')}` };
    current = v as Lang;
  }
  return { argv: out };
}
