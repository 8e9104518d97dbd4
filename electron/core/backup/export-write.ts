// Writes the export-everything archive from a database snapshot (runs in the worker thread):
// table JSON, source texts, the snapshot itself and the manifest, streamed into a zip with
// fflate so the database is never held in memory whole.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import { dataCounts } from './db-counts.js';
import {
  DB_ENTRY,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportTables,
  MANIFEST_ENTRY,
  README_ENTRY,
  README_TEXT,
  sha256,
  sourceEntry,
  tableEntry,
  tableJson,
  type ExportManifest,
} from './export-format.js';

export interface ExportRequest {
  snapshotPath: string;
  outPath: string;
  appVersion: string;
}

export interface ExportWritten {
  bytes: number;
  manifest: ExportManifest;
}

const CHUNK = 1024 * 1024;

function sourceText(row: { title: string; date: string | null; source: string | null; paragraphs: string }): string {
  const paragraphs = (JSON.parse(row.paragraphs) as { text: string }[]).map((p) => p.text);
  return [row.title, [row.date, row.source].filter(Boolean).join(' · '), '', ...paragraphs].join('\n\n') + '\n';
}

export function writeExportArchive(req: ExportRequest): ExportWritten {
  const fd = fs.openSync(req.outPath, 'w');
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    fs.writeSync(fd, chunk);
  });
  const add = (name: string, data: Uint8Array | string, level: 0 | 6 = 6) => {
    const entry = new ZipDeflate(name, { level });
    zip.add(entry);
    entry.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, true);
  };
  const db = new Database(req.snapshotPath, { readonly: true, fileMustExist: true });
  try {
    const tables: ExportManifest['tables'] = {};
    for (const t of exportTables(db)) {
      const { text, rows } = tableJson(db, t);
      tables[t] = { rows, sha256: sha256(text) };
      add(tableEntry(t), text);
    }
    const docs = db.prepare('SELECT id, title, date, source, paragraphs FROM documents ORDER BY id').all() as {
      id: string;
      title: string;
      date: string | null;
      source: string | null;
      paragraphs: string;
    }[];
    for (const d of docs) add(sourceEntry(d.id), sourceText(d));
    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      appVersion: req.appVersion,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      exportedAt: new Date().toISOString(),
      counts: dataCounts(db),
      tables,
      sources: docs.length,
    };
    db.close();
    const dbEntry = new ZipDeflate(DB_ENTRY, { level: 6 });
    zip.add(dbEntry);
    const src = fs.openSync(req.snapshotPath, 'r');
    try {
      const buf = Buffer.alloc(CHUNK);
      for (let n = fs.readSync(src, buf); n > 0; n = fs.readSync(src, buf))
        dbEntry.push(Buffer.from(buf.subarray(0, n)));
      dbEntry.push(new Uint8Array(0), true);
    } finally {
      fs.closeSync(src);
    }
    add(README_ENTRY, README_TEXT);
    add(MANIFEST_ENTRY, JSON.stringify(manifest, null, 2));
    zip.end();
    fs.fsyncSync(fd);
    return { bytes: fs.fstatSync(fd).size, manifest };
  } finally {
    if (db.open) db.close();
    fs.closeSync(fd);
  }
}
