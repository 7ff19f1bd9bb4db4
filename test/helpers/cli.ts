// Runs the compiled commands (dist/, built by global-setup) as a user would.
import { spawnSync } from 'node:child_process';

export function runCommand(script: string, args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, [`dist/cli/${script}.js`, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const runCli = (args: string[], env: Record<string, string> = {}) => runCommand('main', args, env);
