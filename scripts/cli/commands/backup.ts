// CLI commands for backup and recovery: snapshots (create, list, restore, folder), the recovery
// choice to start fresh, and export/import of everything (for scripts and support).
import fs from 'node:fs';
import path from 'node:path';
import type { ApiResults } from '../../../electron/contract/api.js';
import { stageFile } from '../../../electron/core/imports/uploads.js';
import { flagString } from '../../lib/args.js';
import { existingFiles, refuseUnknownFlags, UsageError, type Command } from '../command.js';

const BACKUP_USAGE =
  'backup create | backup list | backup restore <快照编号|latest> | backup folder <文件夹|--default>';

export const backupCommands: Record<string, Command> = {
  backup: {
    help: `${BACKUP_USAGE}  快照`,
    call: (args) => {
      const sub = args.positional[1];
      if (sub === 'create') return { method: 'backupCreate', arg: {} };
      if (sub === 'list') return { method: 'backupList', arg: {} };
      if (sub === 'status') return { method: 'backupStatus', arg: {} };
      if (sub === 'restore') {
        const id = args.positional[2];
        if (!id) throw new UsageError('请指定要恢复的快照编号，或 latest（最新的完好快照）。');
        return { method: 'backupRestore', arg: { id } };
      }
      if (sub === 'folder') {
        refuseUnknownFlags(args, ['default']);
        const folder = args.flags.default ? null : args.positional[2];
        if (folder === undefined) throw new UsageError('请指定快照文件夹，或用 --default 恢复默认位置。');
        return { method: 'backupSetFolder', arg: { folder: folder === null ? null : path.resolve(folder) } };
      }
      throw new UsageError(`用法：${BACKUP_USAGE}`);
    },
  },
  recover: {
    help: 'recover start-fresh         数据库损坏时重新开始（损坏的文件会保留在 damaged 文件夹中）',
    call: (args) => {
      if (args.positional[1] !== 'start-fresh') throw new UsageError('用法：recover start-fresh');
      return { method: 'recoveryStartFresh', arg: {} };
    },
  },
  'export-all': {
    help: 'export-all --out 文件.zip    导出全部个人数据（可在另一台电脑 import-all）',
    call: (args) => {
      refuseUnknownFlags(args, ['out']);
      if (!flagString(args, 'out')) throw new UsageError('请用 --out 指定导出文件，例如 --out 全部数据.zip');
      return { method: 'exportAll', arg: {} };
    },
    write: (value, args) => {
      const v = value as ApiResults['exportAll'];
      const out = path.resolve(flagString(args, 'out')!);
      fs.writeFileSync(out, Buffer.from(v.dataBase64, 'base64'));
      return args.flags.json ? JSON.stringify({ out, counts: v.counts }, null, 2) : `已导出：${out}`;
    },
  },
  'import-all': {
    help: 'import-all 文件.zip          导入全部个人数据（会替换当前数据，当前数据先保存为快照）',
    call: (args, env) => {
      refuseUnknownFlags(args);
      const [file] = existingFiles(args.positional.slice(1, 2));
      // Staged like a web upload: the archive is never turned into one huge base64 string.
      return {
        method: 'importAll',
        arg: { file: { name: path.basename(file!), uploadId: stageFile(env.dataDir, file!) } },
      };
    },
  },
};
