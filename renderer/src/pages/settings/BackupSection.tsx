// 设置 → 数据与备份: the health of the user database, its snapshots (restore with one click), the
// snapshot folder (movable, e.g. to a USB disk), and export/import of everything. Self-contained:
// the settings page only mounts it.
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { formatBytes } from './backup-labels';
import { ExportImportAll } from './ExportImportAll';
import { SnapshotFolder } from './SnapshotFolder';
import { SnapshotTable } from './SnapshotTable';

const INTEGRITY = {
  pending: '正在后台做完整性检查…',
  ok: '完整性检查通过',
  damaged: '完整性检查发现损坏',
  skipped: '',
} as const;

export function BackupSection() {
  const { message } = App.useApp();
  const status = useApi(() => api.backupStatus({}), []);
  const list = useApi(() => api.backupList({}), []);
  const [busy, setBusy] = useState(false);

  const run = (label: string, task: () => Promise<string>) => {
    setBusy(true);
    const hide = message.loading(label, 0);
    task()
      .then(
        (done) => void message.success(done),
        (err: unknown) => void message.error(err instanceof Error ? err.message : String(err), 8),
      )
      .finally(() => {
        hide();
        setBusy(false);
        status.reload();
        list.reload();
      });
  };
  const s = status.data;
  const items = list.data?.items ?? [];

  return (
    <Card title="数据与备份" className="backup-section">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {s?.mode === 'read-only' && <Alert type="warning" showIcon message="当前以只读方式打开，不能保存修改。" />}
        {s?.integrity === 'damaged' && <Alert type="error" showIcon message="数据库已损坏，请从快照恢复。" />}
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          学习书架每天自动为您的个人数据（导入的文档、标签、标注、金句本、题目与复习记录、学习专题）保存一份快照，
          升级和内容更新前也会保存。{s && INTEGRITY[s.integrity]}
        </Typography.Paragraph>
        <Space wrap>
          <Button
            type="primary"
            disabled={busy || s?.mode !== 'normal'}
            onClick={() =>
              run('正在创建快照…', async () => `已创建快照（${formatBytes((await api.backupCreate({})).bytes)}）`)
            }
          >
            立即创建快照
          </Button>
          <ExportImportAll busy={busy} run={run} />
        </Space>
        <div>
          <Typography.Text strong>
            快照（{items.length} 个，共 {formatBytes(list.data?.totalBytes ?? 0)}）
          </Typography.Text>
          <SnapshotTable
            items={items}
            busy={busy}
            onRestore={(id) =>
              run('正在恢复…', async () => {
                const r = await api.backupRestore({ id });
                return `已恢复。恢复前的数据已保存为快照${r.safetySnapshot ? '' : '（或已移到 damaged 文件夹）'}。`;
              })
            }
          />
        </div>
        {s && (
          <SnapshotFolder
            folder={s.snapshotDir}
            defaultFolder={s.defaultSnapshotDir}
            available={s.snapshotDirAvailable}
            busy={busy}
            onChange={(folder) =>
              run(
                '正在移动快照…',
                async () => `快照文件夹已更改（移动了 ${(await api.backupSetFolder({ folder })).moved} 个快照）。`,
              )
            }
          />
        )}
      </Space>
    </Card>
  );
}
