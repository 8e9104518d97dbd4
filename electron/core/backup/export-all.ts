// Export and import of everything, as the API runs them: the main thread takes an online snapshot
// (or stages the uploaded archive), the maintenance worker writes or checks the zip, and an
// import then replaces the database exactly like a restore (the current state is kept first).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupResults } from '../../contract/backup.js';
import type { FileRef } from '../../contract/common.js';
import { LATEST_VERSION } from '../db/migrate.js';
import { discardUpload, uploadFile } from '../imports/uploads.js';
import { APP_VERSION } from '../version.js';
import { ARCHIVE_LIMITS, MAINTENANCE_TIMEOUT_MS, maintenanceWorker } from './maintenance-worker.js';
import type { UserData } from './user-data.js';

const day = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

function tempDir(dataDir: string, prefix: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  return fs.mkdtempSync(path.join(dataDir, prefix));
}

/** Writes the archive to `outPath`; returns its manifest counts. */
export async function exportAllToFile(
  data: UserData<{ db: Database.Database }>,
  outPath: string,
): Promise<BackupResults['exportAll']['counts']> {
  const session = data.require();
  const tmp = tempDir(data.dataDir, 'export-');
  try {
    const snapshotPath = path.join(tmp, 'snapshot.sqlite');
    await session.db.backup(snapshotPath); // the main schema (the default)
    const written = await maintenanceWorker().run(
      'writeExport',
      { snapshotPath, outPath, appVersion: APP_VERSION },
      MAINTENANCE_TIMEOUT_MS,
    );
    return written.manifest.counts;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function exportAll(data: UserData<{ db: Database.Database }>): Promise<BackupResults['exportAll']> {
  const tmp = tempDir(data.dataDir, 'export-');
  try {
    const out = path.join(tmp, 'export.zip');
    const counts = await exportAllToFile(data, out);
    return {
      name: `学习书架-全部数据-${day()}.zip`,
      mimeType: 'application/zip',
      dataBase64: fs.readFileSync(out).toString('base64'),
      counts,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function importAll(
  data: UserData<{ db: Database.Database }>,
  ref: FileRef,
): Promise<BackupResults['importAll']> {
  const staging = tempDir(data.dataDir, 'import-');
  try {
    let zipPath: string;
    if ('uploadId' in ref) zipPath = uploadFile(data.dataDir, ref.uploadId);
    else fs.writeFileSync((zipPath = path.join(staging, 'archive.zip')), Buffer.from(ref.dataBase64, 'base64'));
    const read = await maintenanceWorker().run(
      'readExport',
      { zipPath, stagingDir: staging, limits: ARCHIVE_LIMITS, latestSchemaVersion: LATEST_VERSION },
      MAINTENANCE_TIMEOUT_MS,
    );
    const { safety } = await data.replaceWith(read.dbPath, 'pre-import');
    return { counts: read.manifest.counts, safetySnapshot: safety };
  } finally {
    if ('uploadId' in ref) discardUpload(data.dataDir, ref.uploadId);
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
