import { defineConfig } from 'vitest/config';

export default defineConfig(({ mode }) => ({
  test: {
    // npm run fuzz (--mode fuzz): many more cases; an env prefix (FUZZ_RUNS=… vitest) would not run in cmd.exe
    env: mode === 'fuzz' ? { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' } : {},
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // the default report, then one line naming the checks skipped for want of a system tool
    reporters: ['default', './test/helpers/skip-reporter.ts'],
    // LibreOffice conversions take seconds each, and much longer on a loaded machine
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
}));
