// The whole schema of a database as one SQL script: every table, index and trigger in creation
// order, then every row the migrations seed. scripts/gen-user-schema.ts writes latest-schema.ts
// from it; tests/unit/db/latest-schema.test.ts checks that script against the migrations.
import type Database from 'better-sqlite3';

const SEQUENCE = 'sqlite_sequence';
const MAKE_SEQUENCE =
  'CREATE TABLE schema_sequence_maker (id INTEGER PRIMARY KEY AUTOINCREMENT); DROP TABLE schema_sequence_maker';

export function schemaScript(db: Database.Database): string {
  const objects = db
    .prepare<[], { name: string; type: string; sql: string }>(
      'SELECT name, type, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid',
    )
    .all();
  // sqlite_sequence cannot be created by name: an AUTOINCREMENT table creates it and outlives its
  // removal (a migration rebuilt the one table that had it).
  const out = objects.map((o) => (o.name === SEQUENCE ? `${MAKE_SEQUENCE};` : `${o.sql};`));
  for (const { name, sql } of objects.filter((o) => o.type === 'table')) {
    const columns = db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name}')`)
      .all()
      .map((c) => `"${c.name}"`);
    const rows = db
      .prepare(
        `SELECT ${columns.map((c) => `quote(${c})`).join(` || ', ' || `)} FROM "${name}" ORDER BY ${order(sql, columns)}`,
      )
      .pluck()
      .all() as string[];
    for (const values of rows) out.push(`INSERT INTO "${name}" (${columns.join(', ')}) VALUES (${values});`);
  }
  return out.join('\n');
}

/** Rows in the order they were stored (rowid), or by key in a table without one. */
function order(sql: string, columns: string[]): string {
  return /\bWITHOUT\s+ROWID\s*$/i.test(sql) ? columns.join(', ') : 'rowid';
}
