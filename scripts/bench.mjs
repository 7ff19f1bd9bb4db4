// npm run bench: the speed and memory figures of ke-hoach (a benchmark, not a test). Prints a
// table and writes out/bench.json: the machine and its load (before and after), medians of
// several runs, and LibreOffice's DOCX → PDF time measured in the same run. Needs dist/ (npm run
// build); uses LibreOffice and chromium when installed. On a shared machine run it when `uptime`
// shows little load. `npm run bench -- --studio` measures the studio alone, `-- --batch` the batch
// of 1 000 plans alone, `-- --no-studio` everything else.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { coldStart, machine } = await import('./bench-cold.mjs');
const machineBefore = machine();
const { buildDocument, renderFormat, preparePlan } = await import(pathToFileURL('dist/pipeline.js').href);
const { loadPlan } = await import(pathToFileURL('dist/plan/load.js').href);
const tmp = () => mkdtempSync(join(tmpdir(), 'kh-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => Math.round(x * 10) / 10;
const time = async (fn) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

// The studio (part 6 below, or alone with --studio): end of typing → new preview painted, measured
// in the browser (Debian's chromium).
// Each edit is two keystrokes 40 ms apart (a digit of a target, then of a village's figures,
// alternately); the page records the last key's time and when the new pages were on screen.
async function benchStudio() {
  const { chromiumPath, openStudioSession } = await import('./studio-session.mjs');
  if (!chromiumPath) return null;
  const s = await openStudioSession();
  const places = [['value: 95.', '6', '5'], ['[ Thôn Ngọc Trà, 102', '4', '3']];
  for (let i = 0; i < 26; i++) {
    const [at, a, b] = places[i % 2];
    await s.cursorAfter(`${at}${i % 4 < 2 ? b : a}`);
    const before = await s.page.evaluate(() => window.studioMetrics.length);
    await s.page.keyboard.press('Backspace', { delay: 0 });
    await new Promise((ok) => setTimeout(ok, 40));
    await s.page.keyboard.type(i % 4 < 2 ? a : b);
    await s.page.waitForFunction((n) => window.studioMetrics.length > n, before, { timeout: 60_000 });
    await s.page.evaluate(() => window.studio.idle());
  }
  const m = (await s.page.evaluate(() => window.studioMetrics)).slice(6); // the first ones warm up
  await s.close();
  const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
  const total = m.map((x) => x.paintedAt - x.inputAt);
  return {
    edits: m.length,
    medianMs: ms(median(total)),
    p90Ms: ms(p90(total)),
    maxMs: ms(Math.max(...total)),
    parts: {
      pauseMs: ms(median(m.map((x) => x.sentAt - x.inputAt))),
      serverBuildMs: ms(median(m.map((x) => x.buildMs))),
      transferMs: ms(median(m.map((x) => x.answeredAt - x.sentAt - x.buildMs))),
      paintMs: ms(median(m.map((x) => x.paintedAt - x.answeredAt))),
    },
  };
}

const studioLine = (studio) =>
  process.argv.includes('--no-studio') ? 'not measured (--no-studio)' : studio ? `${studio.medianMs} / ${studio.p90Ms} ms (pause ${studio.parts.pauseMs}, build ${studio.parts.serverBuildMs}, transfer ${studio.parts.transferMs}, paint ${studio.parts.paintMs})` : 'chromium not installed';

if (process.argv.includes('--studio')) {
  console.log(`studio: end of typing → preview painted (median / p90): ${studioLine(await benchStudio())}`);
  process.exit(0);
}

// A batch of 1 000 plans (part 4 below, or alone with --batch): plans/2026-communes.yaml with
// 1 000 communes, build-plan --each, three runs.
async function benchBatch() {
  const communes = readFileSync('plans/2026-communes.yaml', 'utf8');
  const head = communes.slice(0, communes.indexOf('    rows:\n') + '    rows:\n'.length);
  const tail = communes.slice(communes.indexOf('    total:'));
  const batchFile = join(tmp(), 'communes-1000.yaml');
  writeFileSync(batchFile, `${head}${Array.from({ length: 1000 }, (_, i) => `      - [ Xã số ${i + 1}, Nguyễn Văn ${i + 1}, ${10000 + ((i * 7919) % 20000)}, ${9500 + ((i * 7919) % 19000)} ]`).join('\n')}\n${tail}`);
  // three runs, each into a folder of its own: the median time, and the highest peak memory of the three
  const batchRuns = [];
  for (let i = 0; i < 3; i++) {
    const batchOut = tmp();
    let line = '';
    const t = await time(() => {
      // --lang en: the summary line is read below (in Vietnamese, the default, it says "bộ nhớ cao nhất")
      line = execFileSync(process.execPath, ['dist/bin/main.mjs', batchFile, '--each', 'chi-tieu-xa', '--out', batchOut, '--lang', 'en'], { encoding: 'utf8' }).trim();
    });
    // the process's peak resident memory (all its threads), as the batch itself reports it
    const peakMb = Number(/peak memory (\d+) MB/.exec(line)?.[1]);
    if (!Number.isFinite(peakMb)) throw new Error(`bench: no peak memory in the batch's summary: ${line}`);
    batchRuns.push({ seconds: ms(t / 1000), peakMb, files: readdirSync(batchOut).length, summary: line });
    rmSync(batchOut, { recursive: true, force: true });
  }
  const batchMs = median(batchRuns.map((r) => r.seconds)) * 1000;
  const batchPeakMb = Math.max(...batchRuns.map((r) => r.peakMb));
  return { plans: 1000, files: batchRuns[0].files, seconds: ms(batchMs / 1000), msPerPlan: ms(batchMs / 1000), peakMemoryMb: batchPeakMb, runs: batchRuns };
}
const batchLine = (b) => `${b.seconds} s, ${b.msPerPlan} ms per plan, peak ${b.peakMemoryMb} MB (runs: ${b.runs.map((r) => `${r.seconds} s ${r.peakMb} MB`).join(', ')})`;

if (process.argv.includes('--batch')) {
  console.log(`batch of 1 000 plans (DOCX+PDF), median of 3 / highest peak: ${batchLine(await benchBatch())}`);
  process.exit(0);
}

function shippedPlans(dir = 'plans') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? shippedPlans(join(dir, e.name)) : e.name.endsWith('.yaml') && !readFileSync(join(dir, e.name), 'utf8').includes('{each.') ? [join(dir, e.name)] : [],
  );
}

// 1. In-process time per plan: build + DOCX, build + PDF, build + both; median of 15 after 3 warm-ups.
const perPlan = [];
for (const file of shippedPlans()) {
  const runs = { docx: [], pdf: [], both: [] };
  for (let i = 0; i < 18; i++)
    for (const kind of ['docx', 'pdf', 'both']) {
      const t = await time(async () => {
        const { document } = await buildDocument(file);
        if (kind !== 'pdf') await renderFormat(document, 'docx');
        if (kind !== 'docx') await renderFormat(document, 'pdf');
      });
      if (i >= 3) runs[kind].push(t);
    }
  perPlan.push({ plan: file, docxMs: ms(median(runs.docx)), pdfMs: ms(median(runs.pdf)), bothMs: ms(median(runs.both)) });
}

// npm's own script when npm runs us (npm run bench); otherwise the npm command, which on Windows
// is npm.cmd and needs a shell
const runNpm = (args) =>
  process.env.npm_execpath
    ? execFileSync(process.execPath, [process.env.npm_execpath, ...args], { stdio: 'pipe' })
    : execFileSync('npm', args, { stdio: 'pipe', shell: process.platform === 'win32' });

// 2. Cold command, as a user runs it: node on the bundle (median of 11, with its CPU time, a bare
// node start and the floor each package sets, see bench-cold.mjs); and through npm run, which adds
// npm's own start.
const out = tmp();
const cold = await coldStart('plans/2026.yaml', out);
const npmRuns = [];
for (let i = 0; i < 3; i++) npmRuns.push(await time(() => runNpm(['run', '-s', 'build-plan', '--', 'plans/2026.yaml', '--out', out])));

// 3. Big appendices: the 2026 plan with N generated villages.
function bigPlan(n) {
  const base = readFileSync('plans/2026.yaml', 'utf8');
  const head = base.slice(0, base.indexOf('    rows:\n') + '    rows:\n'.length);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows = Array.from({ length: n }, (_, i) => {
    const pop = 700 + Math.floor(rnd() * 1300);
    return `      - [ Thôn số ${i + 1}, ${pop}, ${Math.floor(pop * (0.92 + rnd() * 0.05))} ]`;
  });
  const file = join(tmp(), `big-${n}.yaml`);
  writeFileSync(file, `${head}${rows.join('\n')}\n    total:\n      label: Toàn xã\n`);
  return file;
}
const big = [];
for (const n of [1000, 10000, 20000]) {
  const file = bigPlan(n);
  let pages = 0;
  const t = await time(async () => {
    const { document } = await buildDocument(file);
    await renderFormat(document, 'docx');
    const { bytes } = await renderFormat(document, 'pdf');
    pages = (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  });
  big.push({ rows: n, seconds: ms(t / 1000), pages, msPer1000Rows: ms((t / n) * 1000) });
}

// 3b. Data files: the same appendix read from an XLSX workbook and from a CSV file of 10 000 rows,
// and the workbook again with one note far to the right (column Z): the plan read, validated and
// its tables computed (preparePlan: no templates, no writers), median of 5.
const { default: ExcelJS } = await import('exceljs');
async function dataFilePlan(n, kind, noteInZ = false) {
  const dir = tmp();
  const rows = Array.from({ length: n }, (_, i) => [`Thôn số ${i + 1}`, 700 + ((i * 7919) % 1300), 650 + ((i * 7919) % 1200)]);
  const header = ['Thôn', 'Dân số (người)', 'Số người có thẻ BHYT đến 31/12/2025'];
  if (kind === 'csv') writeFileSync(join(dir, 'thon.csv'), [header, ...rows].map((r) => r.join(';')).join('\n'));
  else {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thôn');
    ws.addRows([header, ...rows]);
    if (noteInZ) ws.getCell('Z5').value = 'ghi chú';
    writeFileSync(join(dir, 'thon.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  }
  const base = readFileSync('plans/2026.yaml', 'utf8');
  const file = join(dir, 'plan.yaml');
  writeFileSync(file, `${base.slice(0, base.indexOf('    rows:\n'))}    source: { file: thon.${kind} }\n    total:\n      label: Toàn xã\n`);
  return file;
}
const dataFiles = [];
for (const [kind, noteInZ] of [['xlsx', false], ['xlsx', true], ['csv', false]]) {
  const file = await dataFilePlan(10000, kind, noteInZ);
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await time(async () => preparePlan(await loadPlan(file))));
  dataFiles.push({ kind: `${kind}${noteInZ ? ' (note in column Z)' : ''}`, rows: 10000, seconds: ms(median(runs) / 1000) });
}

// 4. A batch of 1 000 plans (benchBatch above).
const batch = await benchBatch();
const batchPeakMb = batch.peakMemoryMb;

// 5. LibreOffice's DOCX → PDF on the same DOCX files, in the same run.
let libreoffice = null;
if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0) {
  const dir = tmp();
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const docs = [];
  for (const file of shippedPlans()) {
    const { document } = await buildDocument(file);
    const docx = join(dir, `${docs.length}.docx`);
    writeFileSync(docx, (await renderFormat(document, 'docx')).bytes);
    docs.push(docx);
  }
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'warm'), docs[0]], { stdio: 'pipe' }); // profile creation
  const each = [];
  for (const docx of docs) each.push(await time(() => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), docx], { stdio: 'pipe' })));
  const perDoc = median(each);
  libreoffice = { documents: docs.length, msPerDocument: ms(perDoc), ratioToBatch: ms(perDoc / batch.msPerPlan) };
}

const studio = process.argv.includes('--no-studio') ? null : await benchStudio();

const typical = perPlan.find((p) => p.plan === 'plans/2026.yaml');
const result = {
  machine: { ...machineBefore, load: undefined, loadBefore: machineBefore.load, loadAfter: machine().load },
  perPlan,
  cold: { nodeMs: cold.build.wallMs, minNodeMs: cold.build.minWallMs, cpuMs: cold.build.cpuMs, noCodeCache: cold.noCodeCache, npmRunMs: ms(median(npmRuns)), bareNode: cold.bareNode, floor: cold.floor },
  big,
  dataFiles,
  batch,
  libreoffice,
  studio,
  targets: {
    typicalBothMs: { measured: typical.bothMs, target: 10, ok: typical.bothMs <= 10 },
    coldSeconds: { measured: ms(cold.build.wallMs / 1000), target: 0.2, ok: cold.build.wallMs <= 200 },
    batchSeconds: { measured: batch.seconds, target: 6, ok: batch.seconds <= 6 },
    batchVsLibreOffice: { measured: libreoffice?.ratioToBatch ?? null, target: 20, ok: libreoffice ? libreoffice.ratioToBatch >= 20 : null },
    rows10000Seconds: { measured: big[1].seconds, target: 3, ok: big[1].seconds <= 3 },
    xlsx10000Seconds: { measured: Math.max(dataFiles[0].seconds, dataFiles[1].seconds), target: 1, ok: Math.max(dataFiles[0].seconds, dataFiles[1].seconds) <= 1 },
    batchPeakMemoryMb: { measured: batchPeakMb, target: 300, ok: batchPeakMb <= 300 },
    studioTypingToPaintMs: { measured: studio?.medianMs ?? null, target: 150, ok: studio ? studio.medianMs <= 150 : null },
  },
};

mkdirSync('out', { recursive: true });
writeFileSync('out/bench.json', `${JSON.stringify(result, null, 2)}\n`);
const rows = [
  ['what', 'measured', 'target'],
  ['machine', `${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGb} GB, Node ${result.machine.node}; load ${result.machine.loadBefore.join(' ')} → ${result.machine.loadAfter.join(' ')}`, ''],
  ...perPlan.map((p) => [`${p.plan}: DOCX / PDF / both (in-process, median)`, `${p.docxMs} / ${p.pdfMs} / ${p.bothMs} ms`, p === typical ? '≤ 10 ms both' : '']),
  ['cold build-plan plans/2026.yaml (node: median, min, CPU / npm run)', `${result.cold.nodeMs}, ${result.cold.minNodeMs}, ${result.cold.cpuMs} CPU / ${result.cold.npmRunMs} ms`, '≤ 200 ms'],
  ['  the same without the code cache (median, CPU)', `${cold.noCodeCache.wallMs} ms, ${cold.noCodeCache.cpuMs} CPU`, ''],
  ['  of which a bare node start (median, CPU)', `${cold.bareNode.wallMs} ms, ${cold.bareNode.cpuMs} CPU`, ''],
  ...Object.entries(cold.floor).map(([name, f]) => [`  loading ${name} alone (${f.kb} KB bundled), beyond a bare start`, `${f.wallMs} ms, ${f.cpuMs} CPU`, '']),
  ...big.map((b) => [`appendix of ${b.rows} rows (${b.pages} pages), DOCX+PDF`, `${b.seconds} s (${b.msPer1000Rows} ms per 1 000 rows)`, b.rows === 10000 ? '≤ 3 s' : '']),
  ...dataFiles.map((d) => [`data file of ${d.rows} rows, ${d.kind}: read and computed (median of 5)`, `${d.seconds} s`, d.kind.startsWith('xlsx') ? '≤ 1 s' : '']),
  ['batch of 1 000 plans (DOCX+PDF): median of 3 / highest peak', batchLine(batch), '≤ 6 s, ≤ 300 MB'],
  ['LibreOffice DOCX → PDF, per document', libreoffice ? `${libreoffice.msPerDocument} ms (batch is ${libreoffice.ratioToBatch}× faster)` : 'soffice not installed', '≥ 20×'],
  [
    'studio: end of typing → preview painted (median / p90)',
    studioLine(studio),
    '≤ 150 ms',
  ],
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((v, c) => v.padEnd(widths[c])).join('  '));
console.log(`\ntargets met: ${Object.entries(result.targets).map(([k, v]) => `${k} ${v.ok === null ? 'n/a' : v.ok ? 'yes' : 'NO'}`).join(', ')}`);
console.log('written: out/bench.json');
