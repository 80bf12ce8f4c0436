import { defineConfig } from 'vitest/config';

/** Fault tests: the core killed mid-write, a full disk, damaged files. Real processes and files; run one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    allowOnly: false,
  },
});
