import { defineConfig } from 'vitest/config';

// Unit and integration tests (plain Node, real SQLite in temp folders) and the renderer's pure
// helpers (jsdom where a file asks for it). E2E has its own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'renderer/tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['tests/unit/support/global-setup.ts'],
  },
});
