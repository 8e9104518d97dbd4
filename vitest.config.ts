import { defineConfig } from 'vitest/config';

// Unit and integration tests (plain Node, real SQLite in temp folders). E2E has its own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
