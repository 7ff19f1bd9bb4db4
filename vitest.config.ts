import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // LibreOffice conversions take seconds each, and much longer on a loaded machine
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
