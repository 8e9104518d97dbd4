import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer served in web mode, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
