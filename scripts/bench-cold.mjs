// Part of npm run bench: the machine, and the cold start of build-plan with what it is made of.
// A cold build is node's own start, the compiling of the modules it loads, and the work; on a
// shared machine wall time depends on the neighbours, so CPU time (user + system, of the child
// processes) is given too. The floor: each package the build loads, bundled alone as the build
// bundles it, imported in a fresh node (its compile and start-up), less a bare node start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => Math.round(x * 10) / 10;

export const machine = () => ({ cpu: cpus()[0]?.model.trim(), cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, load: loadavg().map(ms) });

/** CPU time (user + system) of the finished child processes so far, in ms (Linux; elsewhere NaN). */
function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, in 1/100 s
  } catch {
    return Number.NaN;
  }
}

/** Wall and CPU ms of `node args`, `n` times: medians and minimum. */
function timeNode(args, n, env = process.env) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < n; i++) {
    const c = childCpuMs();
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'pipe', env });
    wall.push(performance.now() - t);
    cpu.push(childCpuMs() - c);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  }
  return { wallMs: ms(median(wall)), minWallMs: ms(Math.min(...wall)), cpuMs: ms(median(cpu)) };
}

const PACKAGES = { docx: "export * from 'docx';", 'pdf-lib': "export * from 'pdf-lib';", zod: "export * from 'zod';", yaml: "export * from 'yaml';", 'handlebars runtime': "export { default } from 'handlebars/runtime.js';" };

export async function coldStart(plan, outDir, runs = 11) {
  // as a user runs it; then the same without the code cache (scripts/code-cache-loader.mjs), to show what it saves
  const build = timeNode(['dist/bin/main.mjs', plan, '--out', outDir], runs);
  const noCodeCache = timeNode(['dist/bin/main.mjs', plan, '--out', outDir], runs, { ...process.env, KE_HOACH_CODE_CACHE: 'off' });
  const bare = timeNode(['-e', ''], runs);
  const dir = mkdtempSync(join(tmpdir(), 'kh-bench-floor-'));
  const floor = {};
  for (const [name, contents] of Object.entries(PACKAGES)) {
    const file = join(dir, `${name.replace(/\W/g, '-')}.mjs`);
    await esbuild.build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, outfile: file, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error', banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } });
    const t = timeNode(['--input-type=module', '-e', `await import(${JSON.stringify(file)})`], runs);
    floor[name] = { wallMs: ms(t.wallMs - bare.wallMs), cpuMs: ms(t.cpuMs - bare.cpuMs), kb: Math.round(readFileSync(file).length / 1024) };
  }
  return { build, noCodeCache, bareNode: bare, floor };
}
