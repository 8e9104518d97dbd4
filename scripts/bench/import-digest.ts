// `npx tsx scripts/bench/import-digest.ts <data folder> [cli output.json]`: one SHA-256 per table of
// an import's user database (every row, in key order; the import time left out) and of the CLI's
// JSON output, to check that a speed change stores exactly what the build before it stored. Import
// the same files into two new data folders, one per build, and compare the printed lines. (Since
// 金句 follow the import, settle them first in the newer folder: `cli quotes --limit 1 --data …`.)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Columns that hold the moment of the import, not what was imported. */
const MOMENT = new Set(['imported_at']);

const [dataDir, output] = process.argv.slice(2);
if (!dataDir) {
  console.error('用法: npx tsx scripts/bench/import-digest.ts <数据目录> [CLI 输出.json]');
  process.exit(2);
}
const db = new Database(path.join(dataDir, 'study-shelf.sqlite'), { readonly: true });
const tables = db
  .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
  .all()
  .map((t) => t.name);
const cell = (v: unknown) => (Buffer.isBuffer(v) ? `x${v.toString('hex')}` : typeof v === 'bigint' ? `${v}n` : v);
for (const table of tables) {
  const columns = db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((c) => `"${c.name}"`)
    .filter((c) => !MOMENT.has(c.slice(1, -1)));
  const hash = crypto.createHash('sha256');
  let rows = 0;
  const stmt = db.prepare(`SELECT ${columns.join(', ')} FROM "${table}" ORDER BY ${columns.join(', ')}`).raw();
  for (const row of stmt.iterate() as Iterable<unknown[]>) {
    hash.update(JSON.stringify(row.map(cell)) + '\n');
    rows++;
  }
  console.log(`${table}\t${rows}\t${hash.digest('hex').slice(0, 16)}`);
}
// 金句 are read in the order they were stored too (rowid): written after the import now
// (quote-pass.ts), they must still come in the order the import wrote them.
for (const table of ['quotes', 'terms']) {
  const hash = crypto.createHash('sha256');
  const stmt = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw();
  for (const row of stmt.iterate() as Iterable<unknown[]>) hash.update(JSON.stringify(row.map(cell)) + '\n');
  console.log(`${table} in stored order\t\t${hash.digest('hex').slice(0, 16)}`);
}
if (output) {
  const text = fs.readFileSync(output, 'utf8');
  console.log(`cli output\t${text.length}\t${crypto.createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
}
