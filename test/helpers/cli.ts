// Runs the compiled CLI (dist/, built by global-setup) as a user would.
import { spawnSync } from 'node:child_process';

export function runCli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
