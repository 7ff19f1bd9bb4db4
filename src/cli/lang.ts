// Stage: cli. The language messages are printed in: Vietnamese unless the command line says
// `--lang en` (or the environment KE_HOACH_LANG=en, for a shell that always wants English).
// Read once by runCommand, before a command parses its own options.
import { LANGS, msg, type Lang, type Msg } from '../diag/index.js';

const fromEnv = process.env.KE_HOACH_LANG;
let current: Lang = LANGS.includes(fromEnv as Lang) ? (fromEnv as Lang) : 'vi';

/** The language chosen for this run. */
export const lang = (): Lang => current;

/** Sets the language (a batch worker thread is told its main thread's). */
export const setLang = (l: Lang): void => void (current = l);

/**
 * argv without `--lang X` / `--lang=X`, the language set from it (wherever it stands, so that
 * the errors of the other options are already in that language); an unknown language is an error.
 */
export function takeLang(argv: readonly string[]): { argv: string[]; error?: Msg } {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a !== '--lang' && !a.startsWith('--lang=')) {
      out.push(a);
      continue;
    }
    const v = a.startsWith('--lang=') ? a.slice(7) : argv[++i];
    if (!LANGS.includes(v as Lang)) return { argv: out, error: msg('usage.bad_lang', { value: v ?? '' }) };
    current = v as Lang;
  }
  return { argv: out };
}
