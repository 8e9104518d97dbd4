// Chinese labels for snapshots: why one was taken, its size, what it holds, when (local time).
import type { BackupSnapshot, DataCounts, SnapshotReason } from '../../../../electron/contract/api';

export const REASON_LABEL: Record<SnapshotReason, string> = {
  daily: '每日自动',
  manual: '手动',
  'pre-migration': '升级前',
  'pre-content-update': '内容更新前',
  'pre-restore': '恢复前',
  'pre-import': '导入全部数据前',
  'pre-fresh-start': '重新开始前',
};

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** What a snapshot holds, kinds with nothing left out (keeps the table narrow). */
export function countsText(c: DataCounts): string {
  const parts = [
    [c.documents, '篇文档'],
    [c.annotations, '条标注'],
    [c.tags, '个标签'],
    [c.savedQuotes, '条金句'],
    [c.quizItems, '道题'],
    [c.sessions, '个专题'],
  ] as const;
  return (
    parts
      .filter(([n]) => n > 0)
      .map(([n, unit]) => `${n} ${unit}`)
      .join('，') || '（空）'
  );
}

export function snapshotTime(s: BackupSnapshot): string {
  const d = new Date(s.createdAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
