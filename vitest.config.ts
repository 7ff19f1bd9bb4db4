import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // LibreOffice conversions take seconds each, and much longer on a loaded machine
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // the commands speak English to the tests of behaviour; the tests of the Vietnamese wording
    // (test/diagnostics/*.expected, 12-*) run them with KE_HOACH_LANG unset
    env: { KE_HOACH_LANG: 'en' },
  },
});
