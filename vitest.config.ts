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
    // A fork keeps its loaded modules from one file to the next instead of importing core (and
    // its libraries) again per file: that import was ~40 % of the suite's time. Each file still
    // opens its own databases in its own temp folders; module-level state is caches only (the
    // import worker host, jieba, lexicons), and vi.mock is used only for 'electron'.
    poolOptions: { forks: { isolate: false } },
    globalSetup: ['tests/unit/support/global-setup.ts'],
  },
});
