// Child process of the import benchmark: a running app (library open, 50 searches done, the import
// worker started) imports its first file. The import (pipeline in the worker, loading the duplicate
// fingerprints, duplicate check against every document, store, index) is timed against the
// pipeline alone on the same bytes in the same worker, then the first search after it is timed
// (against the same search, warm, just before the import).
// The worker's cold start is reported on its own. One JSON line out.
// Usage: first-import.ts <bundle> <dataDir> <file>
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core/app-core.js';
import { DEFAULT_LIMITS } from '../../electron/core/content/guard/limits.js';
import { parseDocumentInWorker } from '../../electron/core/imports/import-worker.js';
import '../../electron/core/services/library-import.js';

const [bundlePath, dataDir, file] = process.argv.slice(2) as [string, string, string];
const bytes = fs.readFileSync(file);
const name = path.basename(file);
const t0 = performance.now();
await parseDocumentInWorker('warm.txt', Buffer.from('标题\n\n' + '正文内容。'.repeat(100)), DEFAULT_LIMITS);
const workerStart = performance.now() - t0;
await parseDocumentInWorker(name, bytes, DEFAULT_LIMITS);
const t1 = performance.now();
await parseDocumentInWorker(name, bytes, DEFAULT_LIMITS);
const pipeline = performance.now() - t1;
const core = createCore({ dataDir, bundlePath });
const query = { query: '政府工作', sort: 'relevance', offset: 0, limit: 20 } as const;
// A running app has been searched before its user imports: its search code is compiled (one search
// in a new process costs 5–25 ms of compiling, before and after an import alike).
for (let i = 0; i < 10; i++)
  for (const q of ['政府工作', '改革', '人民', '高质量发展', '乡村振兴 -城市'])
    await core.handlers.search({ ...query, query: q, offset: i % 2 ? 20 : 0 });
// The baseline: the same search, warm, before the import.
// Process CPU beside wall time: on a shared machine a search's wall time is mostly waiting for a core.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const [t4, c4] = [performance.now(), cpu()];
await core.handlers.search(query);
const [searchBefore, searchBeforeCpu] = [performance.now() - t4, cpu() - c4];
const t2 = performance.now();
const r = await core.handlers.importFiles({ files: [{ name, dataBase64: bytes.toString('base64') }] });
const total = performance.now() - t2;
const [t3, c3] = [performance.now(), cpu()];
const s = await core.handlers.search(query);
const [search, searchCpu] = [performance.now() - t3, cpu() - c3];
core.close();
console.log(
  JSON.stringify({
    workerStart,
    total,
    pipeline,
    beyond: total - pipeline,
    search,
    searchBefore,
    searchCpu,
    searchBeforeCpu,
    status: r.results[0]?.status,
    hits: s.total,
  }),
);
process.exit(0);
