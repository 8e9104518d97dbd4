// The export-everything archive (`学习书架-全部数据-YYYYMMDD.zip`), documented in README.md:
//   manifest.json          format name and version, app and schema version, row count and SHA-256
//                          of every table file, data counts
//   database.sqlite        a consistent snapshot of the user database (what import-all restores)
//   tables/<table>.json    every user table as {"table","columns","rows"}, one row per line, in
//                          rowid order; BLOBs as {"$base64": "…"}: readable by any tool
//   sources/<id>.txt       the text of every document the user imported (title, date, paragraphs)
//   README.txt             this description in Chinese
// Table files are deterministic: the same data always gives the same bytes (round-trip tests).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DataCounts } from '../../contract/common.js';

export const EXPORT_FORMAT = 'study-shelf-export';
export const EXPORT_FORMAT_VERSION = 1;
export const DB_ENTRY = 'database.sqlite';
export const MANIFEST_ENTRY = 'manifest.json';
export const README_ENTRY = 'README.txt';
export const tableEntry = (table: string): string => `tables/${table}.json`;
export const sourceEntry = (docId: string): string => `sources/${docId.replace(/[^\w.-]/g, '_')}.txt`;

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  counts: DataCounts;
  tables: Record<string, { rows: number; sha256: string }>;
  sources: number;
}

export const README_TEXT = `学习书架 全部数据导出
======================
本压缩包包含您在学习书架中的全部个人数据，可在另一台电脑的学习书架中通过
“设置 → 数据与备份 → 导入全部数据”（或命令行 import-all）完整导入。

database.sqlite      用户数据库的一致性快照（导入时使用）
tables/*.json        每个数据表一份 JSON（便于其他工具读取）
sources/*.txt        您导入的每篇文档的正文
manifest.json        格式版本、各表行数和校验值
`;

/** Derived from the user's data and rebuilt from it (search index, catalogue, duplicate fingerprints,
 * change counters): in database.sqlite, not worth a JSON file. */
const DERIVED = new Set([
  'search_segments',
  'search_postings',
  'search_catalogue',
  'search_changes',
  'user_fingerprints',
]);

/** The user's tables: ordinary tables of the main schema, without full-text index internals. */
export function exportTables(db: Database.Database): string[] {
  const rows = db
    .prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((name) => !DERIVED.has(name) && !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

function encode(value: unknown): unknown {
  return Buffer.isBuffer(value) ? { $base64: value.toString('base64') } : value;
}

/** One table as deterministic JSON text. */
export function tableJson(db: Database.Database, table: string): { text: string; rows: number } {
  const quoted = `"${table.replace(/"/g, '""')}"`;
  const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]) ?? [];
  let stmt: Database.Statement;
  try {
    stmt = db.prepare(`SELECT * FROM main.${quoted} ORDER BY rowid`);
  } catch {
    stmt = db.prepare(`SELECT * FROM main.${quoted} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`);
  }
  const lines = (stmt.raw().all() as unknown[][]).map((r) => JSON.stringify(r.map(encode)));
  const text = `{"table":${JSON.stringify(table)},"columns":${JSON.stringify(columns)},"rows":[\n${lines.join(',\n')}\n]}\n`;
  return { text, rows: lines.length };
}

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');
