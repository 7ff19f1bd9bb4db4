#!/usr/bin/env node
// Stage: cli. `npm run studio -- plan.yaml [--port N] [--no-open] [--out DIR] [--fonts DIR]`:
// starts the studio (src/studio/) for one plan, prints its address and opens the browser there.
// Runs until Ctrl+C.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadPlan } from '../plan/load.js';
import { DiagnosticError, msg } from '../diag/index.js';
import { startStudio } from '../studio/server.js';
import { packageRoot } from '../util/package-root.js';
import { parseFlags, UsageError, withUsage } from './flags.js';
import { chooseFonts } from './fonts-option.js';
import { printDiagnostics, runCommand } from './run.js';
import { lang } from './lang.js';
import { say } from './say.js';

/** The system's way to open an address in the default browser. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32' ? ['explorer.exe', [url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(say('run.no_browser')));
  child.unref();
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(msg('usage.port', { value }));
  return n;
}

async function main(argv: string[]): Promise<number> {
  return withUsage('studio', async () => {
    const { positionals, flags, values } = parseFlags(argv, ['--no-open', '--debug', '-h', '--help'], ['--port', '--out', '--fonts']);
    if (flags.has('-h') || flags.has('--help')) return console.log(say('usage.studio')), 0;
    if (positionals.length !== 1) throw new UsageError(msg('usage.name_one_plan'));
    const plan = positionals[0]!;
    const port = parsePort(values.get('--port'));
    // as build-plan: --fonts DIR or tinos; without it, Times New Roman of C:\Windows\Fonts on Windows
    const chosen = await chooseFonts(values.get('--fonts') ?? null);
    if ('error' in chosen) throw new UsageError(chosen.error);
    const { fonts } = chosen;
    if (chosen.note) console.log(chosen.note);
    try {
      await loadPlan(plan);
    } catch (e) {
      if (!(e instanceof DiagnosticError)) throw e;
      // A plan with mistakes opens (that is what the studio is for); one that cannot be read does not.
      const fatal = e.diagnostics.filter((d) => ['file_unreadable', 'file_not_utf8', 'file_too_large'].includes(d.code));
      if (fatal.length > 0) return printDiagnostics(fatal), 1;
    }
    let studio;
    try {
      studio = await startStudio({ plan, cwd: process.cwd(), outDir: values.get('--out') ?? 'out', port, webDir: join(packageRoot(), 'dist', 'studio', 'web'), fonts, lang: lang(), warmUp: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(msg('usage.port_in_use', { port }));
      throw e;
    }
    console.log(say('run.studio_started', { plan, url: studio.url }));
    if (!flags.has('--no-open')) openBrowser(studio.url);
    const stop = () => void studio.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => {});
  });
}

runCommand('studio', main);
