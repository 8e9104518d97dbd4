// Handlers for backup and data safety: snapshots, recovery choices, export/import of everything,
// and cancelling imports. They work in every mode, including when the database is damaged.
import type Database from 'better-sqlite3';
import type { BACKUP_METHODS } from '../../shared/api-methods.js';
import type { ApiHandlers } from '../dispatch.js';
import { exportAll, importAll } from '../backup/export-all.js';
import { moveSnapshotFolder } from '../backup/snapshot-folder.js';
import { listSnapshots } from '../backup/snapshot-store.js';
import type { UserData } from '../backup/user-data.js';
import { cancelImports } from '../imports/import-worker.js';

export function backupHandlers(
  data: UserData<{ db: Database.Database }>,
): Pick<ApiHandlers, (typeof BACKUP_METHODS)[number]> {
  return {
    backupStatus: () => data.status(),
    backupList: () => {
      const items = listSnapshots(data.snapshotDir);
      return { snapshotDir: data.snapshotDir, totalBytes: items.reduce((s, i) => s + i.bytes, 0), items };
    },
    backupCreate: () => data.snapshot('manual'),
    backupRestore: async (a) => {
      const r = await data.restore(a.id);
      return { restored: r.restored, safetySnapshot: r.safety, setAside: r.aside };
    },
    backupSetFolder: (a) => moveSnapshotFolder(data.dataDir, a.folder),
    recoveryOpenReadOnly: () => {
      data.openReadOnly();
      return data.status();
    },
    recoveryStartFresh: () => ({ setAside: data.startFresh() }),
    exportAll: () => exportAll(data),
    importAll: (a) => importAll(data, a.file),
    importCancel: () => ({ cancelled: cancelImports() }),
  };
}
