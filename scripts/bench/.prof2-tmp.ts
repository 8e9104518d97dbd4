import Database from 'better-sqlite3';
import { runSearch } from '../../electron/core/search/engine.js';
import { openUserDb } from '../../electron/core/db/open-user-db.js';
const db = new Database('/tmp/prof-full.sqlite', { readonly: true });
const src = { bundle: db, userDb: openUserDb('/tmp/prof-user') };
const t = performance.now();
for (let i = 0; i < 40; i++) for (const q of ['发展', '中国', '记者']) runSearch(src, { query: q, sort: 'relevance', offset: 0, limit: 20 });
console.log('avg', ((performance.now() - t) / 120).toFixed(2));
