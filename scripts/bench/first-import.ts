// Child process of the import benchmark: a running app (library open, one search done) imports its
// first file: the import (pipeline, loading the duplicate fingerprints, duplicate check against
// every document, store, index) is timed against the pipeline alone on the same bytes, then the
// first search after it. Code is loaded before timing (the app has it loaded). One JSON line out.
// Usage: first-import.ts <bundle> <dataDir> <file>
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core/app-core.js';
import { importBytes } from '../../electron/core/content/pipeline.js';
import '../../electron/core/services/library-import.js';

const [bundlePath, dataDir, file] = process.argv.slice(2) as [string, string, string];
const bytes = fs.readFileSync(file);
await importBytes(path.basename(file), bytes, {}, { idPrefix: 'u' }); // load the pipeline's modules
const t0 = performance.now();
await importBytes(path.basename(file), bytes, {}, { idPrefix: 'u' });
const pipeline = performance.now() - t0;
const core = createCore({ dataDir, bundlePath });
const query = { query: '政府工作', sort: 'relevance', offset: 0, limit: 20, pinyin: true } as const;
await core.handlers.search(query);
const t1 = performance.now();
const r = await core.handlers.importFiles({
  files: [{ name: path.basename(file), dataBase64: bytes.toString('base64') }],
});
const total = performance.now() - t1;
const t2 = performance.now();
const s = await core.handlers.search(query);
const search = performance.now() - t2;
core.close();
console.log(
  JSON.stringify({ total, pipeline, beyond: total - pipeline, search, status: r.results[0]?.status, hits: s.total }),
);
