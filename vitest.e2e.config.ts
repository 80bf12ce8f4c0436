import { defineConfig } from 'vitest/config';

/** End-to-end specs: Debian Chromium driven by playwright-core against the built renderer and a real core process. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    allowOnly: false,
  },
});
