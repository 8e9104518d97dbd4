// API contract, Backup and data safety: snapshots (list, create, restore, folder), the start-up
// check's recovery choices, export/import of everything, and cancelling a running import.
import * as z from 'zod';
import { lazySchemas } from './lazy-schemas.js';
import type { BACKUP_METHODS } from '../shared/api-methods.js';
import { fileRef, type DataCounts } from './common.js';
import type { SNAPSHOT_REASONS } from '../shared/enums.js';

export const snapshotId = z.string().regex(/^\d{8}-\d{6}-\d{3}-[a-z-]+$/, '快照编号格式不正确');

export const backupSchemas = lazySchemas({
  backupStatus: () => z.object({}).strict(),
  backupList: () => z.object({}).strict(),
  backupCreate: () => z.object({}).strict(),
  backupRestore: () => z.object({ id: z.union([snapshotId, z.literal('latest')]) }).strict(),
  backupSetFolder: () => z.object({ folder: z.string().min(1).max(1000).nullable() }).strict(),
  recoveryOpenReadOnly: () => z.object({}).strict(),
  recoveryStartFresh: () => z.object({}).strict(),
  exportAll: () => z.object({}).strict(),
  importAll: () => z.object({ file: fileRef }).strict(),
  importCancel: () => z.object({}).strict(),
} satisfies Record<(typeof BACKUP_METHODS)[number], () => z.ZodType>);

// The list is one of shared/enums.ts's vocabularies: the snapshot store reads it without zod.
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export interface BackupSnapshot {
  id: string;
  createdAt: string;
  reason: SnapshotReason;
  bytes: number;
  schemaVersion: number;
  counts: DataCounts;
}

/** Why the database was not opened normally at start (or later, by the background check). */
export type DataProblemKind = 'damaged' | 'empty' | 'missing' | 'unreadable' | 'read-only-location' | 'too-new';

export interface BackupStatus {
  /** normal: read and write; read-only: opened read-only by choice; recovery: not opened at all. */
  mode: 'normal' | 'read-only' | 'recovery';
  problem: { kind: DataProblemKind; message: string; detail: string | null } | null;
  /** The full integrity check that runs in the background after a healthy start. */
  integrity: 'pending' | 'ok' | 'damaged' | 'skipped';
  dataDir: string;
  dbPath: string;
  snapshotDir: string;
  defaultSnapshotDir: string;
  snapshotDirAvailable: boolean;
  lastSnapshot: BackupSnapshot | null;
  /** The snapshot `backupRestore({ id: 'latest' })` would restore. */
  latestGood: BackupSnapshot | null;
}

export interface BackupResults {
  backupStatus: BackupStatus;
  backupList: { snapshotDir: string; totalBytes: number; items: BackupSnapshot[] };
  backupCreate: BackupSnapshot;
  backupRestore: { restored: BackupSnapshot; safetySnapshot: BackupSnapshot | null; setAside: string | null };
  backupSetFolder: { snapshotDir: string; moved: number };
  recoveryOpenReadOnly: BackupStatus;
  recoveryStartFresh: { setAside: string | null };
  exportAll: { name: string; mimeType: string; dataBase64: string; counts: DataCounts };
  importAll: { counts: DataCounts; safetySnapshot: BackupSnapshot | null };
  importCancel: { cancelled: number };
}
