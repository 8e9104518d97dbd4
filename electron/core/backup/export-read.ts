// Reads an export-everything archive for import (runs in the worker thread): the archive is held
// to zip limits first (entry count, declared and real unpacked size), then the manifest, the
// database snapshot and every table file are checked against each other. Only an archive whose
// database passes SQLite's check and matches its own table files is staged for import.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ApiError } from '../../contract/errors.js';
import type { ImportLimits } from '../content/guard/limits.js';
import { boundedUnpackedSize, zipEntries } from '../content/guard/zip-guard.js';
import { limitError } from '../content/guard/limits.js';
import {
  DB_ENTRY,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportTables,
  MANIFEST_ENTRY,
  sha256,
  tableEntry,
  tableJson,
  type ExportManifest,
} from './export-format.js';

export interface ReadExportRequest {
  zipPath: string;
  stagingDir: string;
  limits: ImportLimits;
  latestSchemaVersion: number;
}

export interface ExportRead {
  dbPath: string;
  manifest: ExportManifest;
}

const WHAT = '备份文件';
const bad = (why: string) =>
  new ApiError('FILE_DAMAGED', `这个文件不是完整的学习书架数据导出（${why}），没有导入任何内容。请重新导出后再试。`);

function parseManifest(bytes: Uint8Array | undefined): ExportManifest {
  if (!bytes) throw bad('缺少 manifest.json');
  let m: Partial<ExportManifest>;
  try {
    m = JSON.parse(strFromU8(bytes)) as Partial<ExportManifest>;
  } catch {
    throw bad('manifest.json 无法解析');
  }
  if (m.format !== EXPORT_FORMAT || typeof m.formatVersion !== 'number' || typeof m.tables !== 'object')
    throw bad('格式标识不符');
  if (m.formatVersion > EXPORT_FORMAT_VERSION)
    throw new ApiError('DATABASE_TOO_NEW', '这个导出文件来自更新版本的学习书架，请先升级本程序再导入。');
  return m as ExportManifest;
}

export function readExportArchive(req: ReadExportRequest): ExportRead {
  const { limits } = req;
  const size = fs.statSync(req.zipPath).size;
  if (size > limits.maxInputBytes) throw limitError.inputTooLarge(limits, size);
  const bytes = fs.readFileSync(req.zipPath);
  const entries = zipEntries(bytes, limits, WHAT);
  if (entries.reduce((s, e) => s + e.originalSize, 0) > limits.maxUnpackedBytes)
    throw limitError.unpackedTooLarge(limits, WHAT);
  if (boundedUnpackedSize(bytes, limits.maxUnpackedBytes).over) throw limitError.unpackedTooLarge(limits, WHAT);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name === MANIFEST_ENTRY || f.name === DB_ENTRY || f.name.startsWith('tables/'),
    });
  } catch {
    throw limitError.damaged(WHAT);
  }
  const manifest = parseManifest(files[MANIFEST_ENTRY]);
  if (manifest.schemaVersion > req.latestSchemaVersion)
    throw new ApiError('DATABASE_TOO_NEW', '这个导出文件来自更新版本的学习书架，请先升级本程序再导入。');
  const dbBytes = files[DB_ENTRY];
  if (!dbBytes) throw bad('缺少 database.sqlite');
  fs.mkdirSync(req.stagingDir, { recursive: true });
  const dbPath = path.join(req.stagingDir, DB_ENTRY);
  fs.writeFileSync(dbPath, dbBytes);
  let db: Database.Database;
  try {
    db = new Database(dbPath, { fileMustExist: true });
  } catch {
    throw bad('数据库无法打开');
  }
  try {
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw bad('数据库未通过完整性检查');
    const tables = exportTables(db);
    const listed = Object.keys(manifest.tables).sort();
    if (JSON.stringify(tables) !== JSON.stringify(listed)) throw bad('数据表清单与数据库不一致');
    for (const t of tables) {
      const archived = files[tableEntry(t)];
      const expected = manifest.tables[t]!.sha256;
      if (!archived || sha256(archived) !== expected || sha256(tableJson(db, t).text) !== expected)
        throw bad(`数据表 ${t} 与数据库不一致`);
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw bad('数据库已损坏');
  } finally {
    db.close();
  }
  return { dbPath, manifest };
}
