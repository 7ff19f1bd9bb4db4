// Stage: cli. What every command shares: printing diagnostics (paths as the user typed them),
// and the last-resort handler: an unexpected error is a bug, reported in one line (exit 70;
// --debug prints the stack). KE_HOACH_FAULT=internal simulates one, for the tests.
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diag/index.js';
import { displayPath } from './paths.js';

/** Absolute paths inside the working folder are shown relative to it, as users typed them. */
const show = (d: Diagnostic): Diagnostic => (d.file ? { ...d, file: displayPath(d.file, process.cwd()) } : d);

export function printDiagnostics(ds: readonly Diagnostic[]): void {
  for (const d of sortDiagnostics(ds)) console.error(formatDiagnostic(show(d)));
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function runCommand(name: string, main: (argv: string[]) => Promise<number>): void {
  const debug = process.argv.includes('--debug');
  const run = process.env.KE_HOACH_FAULT === 'internal' ? Promise.reject(new Error('fault injected by KE_HOACH_FAULT')) : main(process.argv.slice(2));
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const message = String((e as Error)?.message ?? e);
      console.error(`${name}: internal error: ${message.length > 300 ? `${message.slice(0, 300)}…` : message}`);
      console.error(debug ? (e as Error)?.stack : 'This is a bug in ke-hoach; please report it with the plan file (run with --debug for details).');
      process.exitCode = 70;
    },
  );
}
