// Child process for the kill-during-snapshot test: opens the data folder's database and takes
// online snapshots in a loop (printing "started" once), until it is killed.
import Database from 'better-sqlite3';
import path from 'node:path';
import { writeSnapshot } from '../../../electron/core/backup/snapshot-write.js';

const [dataDir, snapshotDir] = process.argv.slice(2) as [string, string];
const db = new Database(path.join(dataDir, 'study-shelf.sqlite'));
db.pragma('journal_mode = WAL');
console.log('started');
for (;;) {
  // Writes keep going while the snapshot copies, as in the app.
  db.prepare("INSERT INTO settings (key, value) VALUES ('k' || random(), 'v')").run();
  await writeSnapshot(db, snapshotDir, 'daily');
}
