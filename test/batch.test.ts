// build-plan --each: one plan per row of a province's table, on worker threads.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump } from '../src/model/dump.js';
import { loadPlan } from '../src/plan/load.js';
import { documentFor, preparePlan } from '../src/pipeline.js';
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
