// Runs the commands as users do: the bundles in dist/bin/ (built by global-setup). A command that
// hangs is killed after a minute (status null), so a test of a hang fails instead of hanging.
import { spawnSync } from 'node:child_process';

/** Messages in English (KE_HOACH_LANG=en) unless `env` says otherwise: the tests of behaviour assert English; the Vietnamese wording has tests of its own (diagnostics corpus, 12-*). */
export function runCommand(script: string, args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [`dist/bin/${script}.mjs`, ...args], { encoding: 'utf8', env: { ...process.env, KE_HOACH_LANG: 'en', ...env }, input, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const runCli = (args: string[], env: Record<string, string> = {}) => runCommand('main', args, env);
