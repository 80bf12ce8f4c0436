import { defineConfig } from 'vitest/config';

/** Unit and core tests: shared code, the core against real SQLite files in temp folders, the shell's pure parts. */
export default defineConfig({
  test: {
    include: ['tests/shared/**/*.test.ts', 'tests/core/**/*.test.ts', 'tests/shell/**/*.test.ts', 'tests/print/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    allowOnly: false,
  },
});
