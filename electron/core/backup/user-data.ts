// The user database's lifecycle and health: the start-up check decides whether it is opened for
// writing (normal), opened read-only, or not opened at all (recovery); a sound database gets
// snapshots before migrations and content updates, a background integrity check and a daily
// snapshot; restore, import-all and start-fresh swap the file with the connection closed.
// Every domain call goes through `call`, which refuses calls that would touch a damaged file.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import type { BackupSnapshot, BackupStatus, SnapshotReason } from '../../contract/backup.js';
import { ApiError } from '../../contract/errors.js';
import { DatabaseTooNewError } from '../db/migrate.js';
import { storageErrorCode, storageMessage } from '../storage-errors.js';
import { dataCounts, totalCount } from './db-counts.js';
import { defaultSnapshotDir, snapshotDir, userDbPath } from './locations.js';
import { readMarker, writeMarker } from './marker.js';
import { setAside, stageCopy, swapIn } from './replace-db.js';
import { DEFAULT_ROTATION, type RotationPolicy } from './rotation.js';
import { checkUserDb, PROBLEM_MESSAGES, type DbCheck } from './startup-check.js';
import { cleanupPartials, latestGood, listSnapshots, rotateSnapshots, snapshotFile } from './snapshot-store.js';
import { writeSnapshot, writeSnapshotSync } from './snapshot-write.js';

export interface OpenDbOptions {
  readOnly: boolean;
  /** Called with the open database when migrations are about to run. */
  beforeMigrate?(db: Database.Database): void;
}

export interface UserDataOptions<S> {
  dataDir: string;
  /** Version of the content bundle being opened; a change means a content update. */
  contentVersion: string | null;
  openDb(opts: OpenDbOptions): Database.Database;
  /** Builds the services for an open database (fresh caches each time the file changes). */
  createSession(db: Database.Database): S;
  /** Stops imports and other work that holds the current session, before the file is swapped. */
  stopWork(): void;
  /** Runs the full integrity check off the main thread; null skips it. */
  integrityCheck: ((file: string) => Promise<{ ok: boolean; detail: string }>) | null;
  rotation?: RotationPolicy;
}

const WAY_OUT = '请在 设置 → 数据与备份 中选择恢复方式（命令行：npm run cli -- backup restore latest）。';
const READ_ONLY_MODE =
  '当前以只读方式打开（数据库已损坏），不能保存修改。要继续修改，请在 设置 → 数据与备份 中从快照恢复或重新开始。';

export class UserData<S extends { db: Database.Database }> {
  mode: BackupStatus['mode'] = 'recovery';
  problem: DbCheck | null = null;
  integrity: BackupStatus['integrity'] = 'skipped';
  private session: S | null = null;

  constructor(private readonly opts: UserDataOptions<S>) {
    cleanupPartials(this.snapshotDir);
    this.start();
  }

  get dataDir(): string {
    return this.opts.dataDir;
  }
  get snapshotDir(): string {
    return snapshotDir(this.opts.dataDir);
  }

  /** The start-up check, then the matching way of opening (or not opening) the database. */
  private start(): void {
    let check = checkUserDb(this.dataDir, this.snapshotDir);
    this.problem = null;
    if (check.status === 'new' || check.status === 'ok') {
      try {
        return this.openNormal();
      } catch (err) {
        check = openFailure(err);
      }
    }
    this.problem = check;
    this.mode = 'recovery';
    // A read-only folder is not damage: show the library, refuse writes with a clear message.
    if (check.status === 'read-only-location') this.tryReadOnly();
  }

  private openNormal(): void {
    const db = this.opts.openDb({ readOnly: false, beforeMigrate: (d) => this.safeSync(d, 'pre-migration') });
    const marker = readMarker(this.dataDir);
    const counts = dataCounts(db);
    const update =
      marker?.contentVersion && this.opts.contentVersion && marker.contentVersion !== this.opts.contentVersion;
    if (update && totalCount(counts) > 0) this.safeSync(db, 'pre-content-update');
    writeMarker(this.dataDir, {
      hadData: Boolean(marker?.hadData) || totalCount(counts) > 0,
      lastOpenedAt: new Date().toISOString(),
      contentVersion: this.opts.contentVersion ?? marker?.contentVersion ?? null,
      counts,
    });
    this.session = this.opts.createSession(db);
    this.mode = 'normal';
    this.integrity = 'skipped';
    this.startIntegrityCheck();
  }

  /** A snapshot at start-up must not stop the app from opening (e.g. a detached USB folder). */
  private safeSync(db: Database.Database, reason: SnapshotReason): void {
    try {
      writeSnapshotSync(db, this.snapshotDir, reason);
      rotateSnapshots(this.snapshotDir, this.opts.rotation ?? DEFAULT_ROTATION);
    } catch (err) {
      console.error(`[study-shelf] ${reason} snapshot failed:`, err);
    }
  }

  private startIntegrityCheck(): void {
    const check = this.opts.integrityCheck;
    if (!check || !this.session) return;
    this.integrity = 'pending';
    const session = this.session;
    check(userDbPath(this.dataDir)).then(
      (r) => {
        if (this.session !== session) return;
        this.integrity = r.ok ? 'ok' : 'damaged';
        if (!r.ok) this.markDamaged(r.detail);
      },
      () => {
        if (this.session === session) this.integrity = 'skipped';
      },
    );
  }

  /** Damage found while running: stop writing at once; the recovery choices take over. */
  markDamaged(detail: string): void {
    if (this.mode !== 'normal') return;
    this.problem = { status: 'damaged', message: PROBLEM_MESSAGES.damaged, detail };
    this.mode = 'recovery';
  }

  private tryReadOnly(): boolean {
    try {
      const db = this.opts.openDb({ readOnly: true });
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      this.closeSession();
      this.session = this.opts.createSession(db);
      this.mode = 'read-only';
      return true;
    } catch {
      return false;
    }
  }

  /** The session for a domain call, or the error explaining why there is none. */
  require(): S {
    if (this.session && this.mode !== 'recovery') return this.session;
    const p = this.problem;
    if (p?.status === 'too-new') throw new ApiError('DATABASE_TOO_NEW', p.message);
    if (p?.status === 'read-only-location')
      throw new ApiError('READ_ONLY_LOCATION', storageMessage('READ_ONLY_LOCATION'));
    throw new ApiError('DATABASE_DAMAGED', `${p?.message ?? PROBLEM_MESSAGES.damaged}${WAY_OUT}`);
  }

  /** Runs a domain call; storage failures become clear errors, and corruption stops writing. */
  async call<T>(run: (session: S) => T | Promise<T>): Promise<T> {
    const session = this.require();
    try {
      return await run(session);
    } catch (err) {
      const code = storageErrorCode(err);
      if (code === 'DATABASE_DAMAGED') {
        this.markDamaged(String(err));
        this.require();
      }
      if (code === 'READ_ONLY_LOCATION' && this.mode === 'read-only' && this.problem?.status !== 'read-only-location')
        throw new ApiError('READ_ONLY_MODE', READ_ONLY_MODE);
      throw err;
    }
  }

  status(): BackupStatus {
    const list = listSnapshots(this.snapshotDir);
    const p = this.problem;
    return {
      mode: this.mode,
      problem:
        p && p.status !== 'ok' && p.status !== 'new' ? { kind: p.status, message: p.message, detail: p.detail } : null,
      integrity: this.integrity,
      dataDir: this.dataDir,
      dbPath: userDbPath(this.dataDir),
      snapshotDir: this.snapshotDir,
      defaultSnapshotDir: defaultSnapshotDir(this.dataDir),
      snapshotDirAvailable: isDirUsable(this.snapshotDir),
      lastSnapshot: list[0] ?? null,
      latestGood: latestGood(this.snapshotDir),
    };
  }

  /** An online snapshot of the open database (manual, daily), then rotation. */
  async snapshot(reason: SnapshotReason): Promise<BackupSnapshot> {
    const session = this.require();
    const snap = await writeSnapshot(session.db, this.snapshotDir, reason);
    rotateSnapshots(this.snapshotDir, this.opts.rotation ?? DEFAULT_ROTATION);
    return snap;
  }

  /** Takes the daily snapshot when the newest one is older than 20 hours and there is data. */
  async dailyIfDue(now = new Date()): Promise<BackupSnapshot | null> {
    if (this.mode !== 'normal' || !this.session) return null;
    const newest = listSnapshots(this.snapshotDir)[0];
    if (newest && now.getTime() - Date.parse(newest.createdAt) < 20 * 3600_000) return null;
    if (!newest && totalCount(dataCounts(this.session.db)) === 0) return null;
    return this.snapshot('daily');
  }

  /**
   * Replaces the database with a verified copy of `source`. The current state is kept first: a
   * snapshot when it is sound, otherwise the file itself is set aside. Returns what was kept.
   */
  async replaceWith(
    source: string,
    reason: SnapshotReason,
  ): Promise<{ safety: BackupSnapshot | null; aside: string | null }> {
    const staged = stageCopy(this.dataDir, source);
    this.opts.stopWork();
    let safety: BackupSnapshot | null = null;
    let aside: string | null = null;
    const sound = this.session !== null && this.mode === 'normal';
    if (sound) safety = await this.snapshot(reason);
    this.closeSession();
    if (!sound) aside = setAside(this.dataDir, this.problem ? 'damaged' : 'replaced');
    swapIn(this.dataDir, staged);
    this.start();
    return { safety, aside };
  }

  async restore(
    id: string,
  ): Promise<{ restored: BackupSnapshot; safety: BackupSnapshot | null; aside: string | null }> {
    const dir = this.snapshotDir;
    const snap = id === 'latest' ? latestGood(dir) : (listSnapshots(dir).find((s) => s.id === id) ?? null);
    if (!snap)
      throw new ApiError(
        'NOT_FOUND',
        id === 'latest' ? '没有可用的快照（快照文件夹是空的或不可用）。' : `找不到快照 ${id}。`,
      );
    return { restored: snap, ...(await this.replaceWith(snapshotFile(dir, snap.id), 'pre-restore')) };
  }

  /** Recovery choice: keep the damaged file aside and begin with an empty database. */
  startFresh(): string | null {
    this.opts.stopWork();
    this.closeSession();
    const aside = setAside(this.dataDir, 'damaged');
    this.openNormal();
    this.problem = null;
    return aside;
  }

  /** Recovery choice: look at what can still be read, without writing to the file. */
  openReadOnly(): void {
    if (this.mode === 'read-only') return;
    if (!this.tryReadOnly()) throw new ApiError('DATABASE_DAMAGED', `数据库损坏严重，无法以只读方式打开。${WAY_OUT}`);
  }

  private closeSession(): void {
    const s = this.session;
    this.session = null;
    if (s?.db.open) s.db.close();
  }

  close(): void {
    if (this.session && this.mode === 'normal') {
      const marker = readMarker(this.dataDir);
      const counts = dataCounts(this.session.db);
      writeMarker(this.dataDir, {
        hadData: Boolean(marker?.hadData) || totalCount(counts) > 0,
        lastOpenedAt: new Date().toISOString(),
        contentVersion: marker?.contentVersion ?? this.opts.contentVersion,
        counts,
      });
    }
    this.closeSession();
  }
}

/** Opening for writing failed after a clean check (a read-only file, a full disk during migration…). */
function openFailure(err: unknown): DbCheck {
  const status =
    err instanceof DatabaseTooNewError
      ? 'too-new'
      : storageErrorCode(err) === 'READ_ONLY_LOCATION'
        ? 'read-only-location'
        : 'unreadable';
  return { status, message: PROBLEM_MESSAGES[status], detail: String(err) };
}

function isDirUsable(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
