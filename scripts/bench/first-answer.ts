// Child process of the search benchmark: opens a library cold (new process, nothing loaded) and
// times what a first search and a first suggestion need: metadata, index segments, catalogue.
// Prints one JSON line. Usage: first-answer.ts <bundle> <dataDir> <query> <suggestion prefix>
import { openLibrary } from './lib/bundle-file.js';
import { libraryIndex } from '../../electron/core/search/library-index.js';
import { runSearch } from '../../electron/core/search/engine.js';
import { suggest } from '../../electron/core/search/catalogue-store.js';

const [bundlePath, dataDir, query, prefix] = process.argv.slice(2) as [string, string, string, string];
const t0 = performance.now();
const db = openLibrary({ bundlePath, dataDir });
const [bundle, userDb] = [db, db];
const open = performance.now() - t0;
// A first suggestion and a first search, each measured from a cold start of its own part.
const t1 = performance.now();
const s = suggest({ bundle, userDb }, prefix, 10);
const suggestion = performance.now() - t1;
const t2 = performance.now();
libraryIndex(bundle, userDb);
const meta = performance.now() - t2;
const t3 = performance.now();
const r = runSearch({ bundle, userDb }, { query, sort: 'relevance', offset: 0, limit: 20 });
const search = meta + performance.now() - t3;
console.log(JSON.stringify({ open, meta, search, suggestion, hits: r.total, suggestions: s.length }));
