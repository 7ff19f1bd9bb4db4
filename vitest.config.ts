import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // the default report, then one line naming the checks skipped for want of a system tool
    reporters: ['default', './test/helpers/skip-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
