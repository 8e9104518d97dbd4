// Moving the snapshot folder (e.g. to a USB disk): the new folder must be writable; existing
// snapshots are copied there, checked by size, and only then removed from the old folder. The
// choice is saved beside the database (locations.ts).
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../contract/errors.js';
import { defaultSnapshotDir, saveSnapshotDir, snapshotDir } from './locations.js';
import { listSnapshots } from './snapshot-store.js';

function probeWritable(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.study-shelf-probe-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch {
    throw new ApiError(
      'READ_ONLY_LOCATION',
      `无法写入文件夹“${dir}”：它不存在、是只读的或磁盘未连接。请选择一个可写的文件夹（例如已插好的 U 盘上的文件夹）。`,
    );
  }
}

export function moveSnapshotFolder(dataDir: string, folder: string | null): { snapshotDir: string; moved: number } {
  if (folder !== null && !path.isAbsolute(folder))
    throw new ApiError('INVALID_ARGUMENT', '请填写完整的文件夹路径（例如 D:\\学习书架快照 或 /media/u盘/快照）。');
  const from = snapshotDir(dataDir);
  const to = path.resolve(folder ?? defaultSnapshotDir(dataDir));
  if (path.resolve(from) === to) return { snapshotDir: to, moved: 0 };
  probeWritable(to);
  let moved = 0;
  for (const s of listSnapshots(from)) {
    for (const ext of ['.sqlite', '.json']) {
      const src = path.join(from, s.id + ext);
      const dst = path.join(to, s.id + ext);
      if (!fs.existsSync(src)) continue;
      fs.copyFileSync(src, `${dst}.tmp`);
      if (fs.statSync(`${dst}.tmp`).size !== fs.statSync(src).size) throw new Error(`copy of ${src} is incomplete`);
      fs.renameSync(`${dst}.tmp`, dst);
    }
    moved++;
  }
  saveSnapshotDir(dataDir, folder === null ? null : to);
  for (const s of listSnapshots(from)) {
    fs.rmSync(path.join(from, `${s.id}.sqlite`), { force: true });
    fs.rmSync(path.join(from, `${s.id}.json`), { force: true });
  }
  return { snapshotDir: to, moved };
}
