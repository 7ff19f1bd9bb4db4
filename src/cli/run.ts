// Stage: cli. What every command shares: printing diagnostics (paths as the user typed them),
// and the last-resort handler: a file system error is a fault of the disk, said plainly with
// the path (exit 74); any other unexpected error is a bug, reported in one line (exit 70;
// --debug prints the stack). KE_HOACH_FAULT=internal simulates one, for the tests.
import { diagnostic, formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diag/index.js';
import { fsReason } from '../diag/index.js';
import { isFsError } from '../util/fs-reason.js';
import { lang, takeLang } from './lang.js';
import { visible } from '../util/visible.js';
import { OutputBusyError } from './busy-output.js';
import { UsageError, usageErrorLines } from './flags.js';
import { displayPath } from './paths.js';
import { say } from './say.js';
import { OutputError } from './write-output.js';

/** Absolute paths inside the working folder are shown relative to it, as users typed them. */
const show = (d: Diagnostic): Diagnostic => (d.file ? { ...d, file: displayPath(d.file, process.cwd()) } : d);

/** Prints diagnostics on stderr; what they quote of the plan cannot act on the terminal. */
export function printDiagnostics(ds: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(ds)) console.error(visible(formatDiagnostic(show(d), lang())));
}

/** Exit codes, as the README lists them. */
export const EXIT = { ok: 0, errors: 1, usage: 2, strict: 3, internal: 70, io: 74 } as const;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** An unexpected failure in lines to print, and the exit code it gives: a fault of the disk or a bug. */
export function describeFailure(name: string, e: unknown, debug: boolean): { lines: string[]; code: number } {
  if (e instanceof OutputBusyError) return { lines: [e.message], code: EXIT.io }; // open in Word: said in Vietnamese
  if (e instanceof OutputError || isFsError(e)) {
    // the disk, not the program: a plain message naming the path
    const path = e instanceof OutputError ? e.path : (e.path ?? '');
    const reason = fsReason(e instanceof OutputError ? e.cause : e);
    const reading = !(e instanceof OutputError) && /^(open|read|scandir|stat|lstat|realpath)$/.test(e.syscall ?? '');
    return { lines: [`${name}: ${formatDiagnostic(diagnostic(reading ? 'file_unreadable' : 'output_unwritable', { file: path, reason }), lang())}`], code: EXIT.io };
  }
  const message = String((e as Error)?.message ?? e);
  return {
    lines: [
      say('run.internal_error', { command: name, detail: message.length > 300 ? `${message.slice(0, 300)}…` : message }),
      (debug ? (e as Error)?.stack : undefined) ?? say('run.report_bug'),
    ],
    code: EXIT.internal,
  };
}

export function runCommand(name: string, main: (argv: string[]) => Promise<number>): void {
  const debug = process.argv.includes('--debug');
  const { argv, error } = takeLang(process.argv.slice(2));
  if (error) {
    console.error(usageErrorLines(name, new UsageError(error)));
    process.exitCode = EXIT.usage;
    return;
  }
  const run = process.env.KE_HOACH_FAULT === 'internal' ? Promise.reject(new Error('fault injected by KE_HOACH_FAULT')) : main(argv);
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const { lines, code } = describeFailure(name, e, debug);
      for (const line of lines) console.error(line);
      process.exitCode = code;
    },
  );
}
