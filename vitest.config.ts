import { defineConfig } from 'vitest/config';

// Unit and integration tests (plain Node, real SQLite in temp folders) and the renderer's pure
// helpers (jsdom where a file asks for it). E2E has its own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'renderer/tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default on a 2-core machine is one fork: files would run one after another while a
    // fork waits on SQLite, the disk or a worker thread. Two keep both cores busy.
    maxWorkers: 2,
    minWorkers: 1,
    globalSetup: ['tests/unit/support/global-setup.ts'],
  },
});
