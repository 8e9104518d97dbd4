// The recovery notice as plain Chinese text, for web mode's console and the CLI: what happened,
// which file, and the ways out with the exact commands. The renderer shows the same as a page.
import type { BackupSnapshot, BackupStatus } from '../../contract/backup.js';

export const CLI = 'npm run cli --';

export function snapshotLabel(s: BackupSnapshot): string {
  const when = s.createdAt.slice(0, 16).replace('T', ' ');
  const c = s.counts;
  return `${when} UTC，${c.documents} 篇导入文档、${c.annotations} 条标注、${c.quizItems} 道题、${c.sessions} 个学习专题`;
}

/** Empty when the database is open normally. */
export function recoveryText(status: BackupStatus): string {
  const p = status.problem;
  if (!p || status.mode === 'normal') return '';
  const lines = [`学习书架：${p.message}`, `数据文件：${status.dbPath}`];
  if (status.mode === 'read-only') lines.push('当前以只读方式打开：可以查看，不能保存修改。');
  if (p.kind === 'read-only-location' || p.kind === 'too-new') return lines.join('\n');
  lines.push('可选择：');
  lines.push(
    status.latestGood
      ? `  1. 从最新的完好快照恢复（${snapshotLabel(status.latestGood)}）：${CLI} backup restore latest`
      : `  1. 从快照恢复：快照文件夹（${status.snapshotDir}）中没有可用的快照`,
  );
  lines.push('  2. 以只读方式打开，查看还能读取的内容：在应用的恢复页面中选择“以只读方式打开”');
  lines.push(`  3. 重新开始（损坏的文件会保留在数据文件夹的 damaged 文件夹中）：${CLI} recover start-fresh`);
  return lines.join('\n');
}
