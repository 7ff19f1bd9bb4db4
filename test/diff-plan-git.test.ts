// 17-diff-plan with git: --git REV compares with the plan and its data files as they were at REV
// (a commit that changes only a data file included), and the documented set-ups for `git diff`
// (an external diff driver) and `git difftool` print diff-plan's report. Deltas add up as printed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/bin/diff-plan.mjs');

function repo(): { dir: string; git: (...args: string[]) => string; node: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'kh-17-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const node = (...args: string[]) => execFileSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  git('init', '-q');
  git('config', 'user.email', 'chuyen-vien@example.vn');
  git('config', 'user.name', 'Chuyên viên');
  mkdirSync(join(dir, 'plans'));
  cpSync('plans/2026.yaml', join(dir, 'plans/2026.yaml'));
  cpSync('plans/examples/002-trieu-son-2024.yaml', join(dir, 'plans/002-trieu-son-2024.yaml'));
  cpSync('plans/examples/data', join(dir, 'plans/data'), { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'năm nay');
  return { dir, git, node };
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

describe('17-diff-plan: git', () => {
  const { dir, git, node } = repo();
  edit(join(dir, 'plans/2026.yaml'), 'Thôn Ngọc Trà, 1023', 'Thôn Ngọc Trà, 1033');

  it('--git REV: the plan as it was at REV against the working copy', () => {
    const out = node('--git', 'HEAD', 'plans/2026.yaml');
    expect(out.split('\n')[0]).toBe('6 thay đổi: 6 số liệu.');
    expect(out).toContain('  ~ Thôn Ngọc Trà — dân số: 1.023 → 1.033 (+10)');
    expect(out).toContain('  ~ Toàn xã — dân số: 40.519 → 40.529 (+10)');
  });

  it('git diff with the diff driver of the README prints the report', () => {
    writeFileSync(join(dir, '.gitattributes'), 'plans/*.yaml diff=ke-hoach\n');
    git('config', 'diff.ke-hoach.command', `"${process.execPath}" "${BIN}" --git-external`);
    const out = git('diff', '--', 'plans/2026.yaml');
    expect(out).toContain('diff-plan plans/2026.yaml\n6 thay đổi: 6 số liệu.');
    git('commit', '-qam', 'dân số Ngọc Trà');
  });

  it('a commit that changes only a data file: the plan reading it is compared, the totals and the goal follow', () => {
    edit(join(dir, 'plans/data/002-trieu-son-2024.csv'), 'Tổ dân phố Tân Tiến,1.175', 'Tổ dân phố Tân Tiến,1.195');
    git('commit', '-qam', 'dân số Tân Tiến');
    const out = node('--git', 'HEAD~1..HEAD');
    expect(out).toContain('  ~ Tổ dân phố Tân Tiến — dự kiến dân số sơ bộ năm 2024: 1.175 → 1.195 (+20)');
    // the difference of the printed figures: 93,81 − 95,40
    expect(out).toContain('  ~ Tổ dân phố Tân Tiến — dự kiến tỷ lệ dân số tham gia BHYT năm 2024: 95,40 → 93,81 (−1,59)');
    expect(out).toContain('so với chỉ tiêu {bao-phu} = 95,5%: 95,50%: đạt → 95,39%: chưa đạt');
    expect(out).not.toContain('2026.yaml');
  });

  it('git difftool with the command of the README', () => {
    git('config', 'difftool.ke-hoach.cmd', `"${process.execPath}" "${BIN}" --as "$MERGED" "$LOCAL" "$REMOTE"`);
    const out = git('difftool', '-y', '-t', 'ke-hoach', 'HEAD~2', 'HEAD~1', '--', 'plans/2026.yaml');
    expect(out).toContain('  ~ Thôn Ngọc Trà — dân số: 1.023 → 1.033 (+10)');
  });
});
