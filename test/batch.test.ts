// build-plan --each: one plan per row of a province's table, on worker threads.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump } from '../src/model/dump.js';
import { loadPlan } from '../src/plan/load.js';
import { documentFor, preparePlan, renderFormat } from '../src/pipeline.js';
import { runCli, runCommand } from './helpers/cli.js';
import { docxFilesIn } from './helpers/docx.js';
import { expectGolden } from './helpers/golden.js';

const PLAN = 'plans/2026-communes.yaml';
const tmp = () => mkdtempSync(join(tmpdir(), 'kh-batch-'));

describe('plans/2026-communes.yaml', () => {
  it('builds one plan per commune, named after it, with its own figures', () => {
    const out = tmp();
    const r = runCli([PLAN, '--each', 'chi-tieu-xa', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^built 20 of 20 plans \(40 files\) in [\d.]+ s on \d threads?, peak memory \d+ MB; 0 failed$/m);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(40);
    expect(files).toContain('2026-communes-quang-ngoc.pdf');
    expect(files).toContain('2026-communes-quang-duc.docx');
    expect(docxFilesIn(out)).toHaveLength(20);
  });

  it('fills {each.…} from the unit\'s row and shows only that row in its appendix', async () => {
    const { computed } = await preparePlan(await loadPlan(PLAN), { each: 'chi-tieu-xa' });
    const { document } = documentFor(computed, { each: 'chi-tieu-xa' }, { appendixId: 'chi-tieu-xa', row: 0 });
    const text = dump(document);
    expect(text).toContain('Para Issuer "XÃ QUẢNG NGỌC"');
    expect(text).toContain('Para SignerName "Hoàng Hữu An"');
    expect(text).toContain('Strong["12.079 người"]'); // ceil(12.648 × 95,5%)
    expect(text).not.toContain('{each.');
    expectGolden('test/golden/model/2026-communes-quang-ngoc.txt', text);
  });

  it('needs --each: without it the plan says how to build it', () => {
    const r = runCommand('check', [PLAN]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('{each.xa} is filled in per unit: build with --each <appendix id>');
    expect(runCommand('check', [PLAN, '--each', 'chi-tieu-xa']).status).toBe(0);
  });

  it('reports a failing unit and builds the others; the exit code says one failed', () => {
    const dir = tmp();
    const plan = join(dir, 'communes.yaml');
    writeFileSync(plan, readFileSync(PLAN, 'utf8').replace('Quảng Phú, Lê Thị Bình, 16314, 15175', 'Quảng Phú, Lê Thị Bình, -16314, 15175'));
    const out = join(dir, 'out');
    const r = runCli([plan, '--each', 'chi-tieu-xa', '--out', out, '--format', 'pdf']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("row 2: column 'dan-so': expected a whole number ≥ 0, found -16.314");
    expect(r.stderr).toContain('failed: Quảng Phú:');
    expect(r.stdout).toMatch(/built 19 of 20 plans \(19 files\)/);
    expect(readdirSync(out)).not.toContain('communes-quang-phu.pdf');
  });
});

describe('--each with rows from a CSV file', () => {
  it('fails only the unit whose row is wrong', () => {
    const dir = tmp();
    const text = readFileSync(PLAN, 'utf8');
    const head = text.slice(0, text.indexOf('    rows:\n'));
    const tail = text.slice(text.indexOf('    total:'));
    writeFileSync(join(dir, 'communes.yaml'), `${head}    source: { file: xa.csv }\n${tail}`);
    writeFileSync(join(dir, 'xa.csv'), 'Xã,Chủ tịch UBND xã,Dân số (người),Có thẻ BHYT đến 31/12/2025\nQuảng Ngọc,Hoàng Hữu An,12.648,11.711\nQuảng Phú,Lê Thị Bình,nhiều,15.175\nQuảng Yên,Lê Hữu Cường,22.825,21.140\n');
    const out = join(dir, 'out');
    const r = runCli([join(dir, 'communes.yaml'), '--each', 'chi-tieu-xa', '--out', out, '--format', 'pdf']);
    expect(r.stderr).toContain(`${join(dir, 'xa.csv')}:3:3: row 3: column 'dan-so': expected a number, found "nhiều"`);
    expect(r.stdout).toMatch(/built 2 of 3 plans \(2 files\)/);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['communes-quang-ngoc.pdf', 'communes-quang-yen.pdf']);
  });
});

describe('13-batch: the units built on worker threads', () => {
  const unitFile = async (plan: string, row: number, format: 'docx' | 'pdf') => {
    const { computed } = await preparePlan(await loadPlan(plan), { each: 'chi-tieu-xa' });
    const { document } = documentFor(computed, { each: 'chi-tieu-xa' }, { appendixId: 'chi-tieu-xa', row });
    return Buffer.from((await renderFormat(document, format)).bytes);
  };

  it("gives each unit the very bytes of the unit built alone (the plan is prepared once and sent to the threads)", async () => {
    const out = tmp();
    const r = runCli([PLAN, '--each', 'chi-tieu-xa', '--out', out]);
    expect(r.status).toBe(0);
    // the first, a middle and the last commune of plans/2026-communes.yaml
    for (const [row, name] of [[0, 'quang-ngoc'], [6, 'quang-ninh'], [19, 'quang-duc']] as const)
      for (const format of ['docx', 'pdf'] as const)
        expect(readFileSync(join(out, `2026-communes-${name}.${format}`)).equals(await unitFile(PLAN, row, format)), `${name}.${format}`).toBe(true);
  });

  it('builds again on the main thread, whole, a unit that exceeds the heap of a worker thread', async () => {
    const dir = tmp();
    const plan = join(dir, 'tinh.yaml');
    // Quảng Đức's chairman is a name of 150 000 characters: its PDF needs far more than 24 MB
    const long = Array.from({ length: 10000 }, () => 'Mai Quang Vinh').join(' ');
    writeFileSync(plan, readFileSync(PLAN, 'utf8').replace('[ Quảng Đức, Mai Quang Vinh, 11168, 10418 ]', `[ Quảng Đức, ${long}, 11168, 10418 ]`));
    const out = join(dir, 'out');
    const r = runCli([plan, '--each', 'chi-tieu-xa', '--out', out, '--format', 'pdf'], { KE_HOACH_WORKER_HEAP_MB: '24' });
    expect(r.stderr).toMatch(/^note: built again on the main thread after a worker thread ran out of memory \(\d\): .*Quảng Đức/m);
    expect(r.stdout).toMatch(/^built 20 of 20 plans \(20 files\) in [\d.]+ s on 2 threads, peak memory \d+ MB; 0 failed$/m);
    expect(r.status).toBe(0);
    // nothing lost, nothing half-written: 20 PDFs and no temporary file beside them
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(20);
    expect(files.every((f) => /^tinh-[a-z-]+\.pdf$/.test(f))).toBe(true);
    expect(readFileSync(join(out, 'tinh-quang-duc.pdf')).equals(await unitFile(plan, 19, 'pdf'))).toBe(true);
  });
});
