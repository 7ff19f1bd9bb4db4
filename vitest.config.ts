import { defineConfig } from 'vitest/config';

export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // the default report, then one line naming the checks skipped for want of a system tool
    reporters: ['default', './test/helpers/skip-reporter.ts'],
    // LibreOffice conversions take seconds each, and much longer on a loaded machine
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // the commands speak English to the tests of behaviour; the tests of the Vietnamese wording
    // (test/diagnostics/*.expected, 12-*) run them with KE_HOACH_LANG unset. npm run fuzz
    // (--mode fuzz): many more cases; an env prefix (FUZZ_RUNS=… vitest) would not run in cmd.exe
    env: { KE_HOACH_LANG: 'en', ...(mode === 'fuzz' ? { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' } : {}) },
  },
}));
