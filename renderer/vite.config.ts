import { defineConfig } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// The renderer is plain static files: loaded from app:// in Electron and served by web mode.
// Relative base so both work; esbuild's automatic JSX runtime, no extra plugin needed.
export default defineConfig({
  root: here,
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    rollupOptions: {
      // antd marks modules "use client" for React Server Components; irrelevant here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
