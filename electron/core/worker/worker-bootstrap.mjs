// Development entry of the worker thread (tests, `tsx` scripts): registers tsx's loader inside the
// worker so it can import the TypeScript entry named in workerData. Packaged builds load the
// esbuild bundle `dist/electron/worker.cjs` instead and never reach this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
