// Shown instead of the app when the user database was not opened (damaged, emptied, missing,
// unreadable): what happened, in Chinese, and the three ways out — restore the newest good
// snapshot, look at the damaged file read-only, or start fresh with the damaged file kept aside.
import { Alert, App, Button, Card, Collapse, Space, Typography } from 'antd';
import { useState } from 'react';
import type { BackupStatus } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { countsText, snapshotTime } from '../pages/settings/backup-labels';
import { SnapshotTable } from '../pages/settings/SnapshotTable';

export function RecoveryPage({ status, onDone }: { status: BackupStatus; onDone(): void }) {
  const { message, modal } = App.useApp();
  const list = useApi(() => api.backupList({}), []);
  const [busy, setBusy] = useState(false);
  const act = (task: () => Promise<unknown>, done: string) => {
    setBusy(true);
    task().then(
      () => {
        void message.success(done);
        onDone();
      },
      (err: unknown) => {
        setBusy(false);
        void message.error(err instanceof Error ? err.message : String(err), 8);
      },
    );
  };
  const good = status.latestGood;
  const restore = (id: string) => act(() => api.backupRestore({ id }), '已从快照恢复。');
  const fresh = () =>
    modal.confirm({
      title: '重新开始？',
      content: '将新建一个空的数据库。损坏的文件会移到数据文件夹的 damaged 文件夹中保留，不会删除。',
      okText: '重新开始',
      cancelText: '取消',
      onOk: () => act(() => api.recoveryStartFresh({}), '已重新开始，损坏的文件已保留。'),
    });

  return (
    <section className="page recovery-page" role="main" style={{ padding: '32px 40px' }}>
      <Typography.Title level={2}>数据需要恢复</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 860 }}>
        <Alert type="error" showIcon message={status.problem?.message ?? '数据库无法正常打开。'} />
        <Typography.Text type="secondary">数据文件：{status.dbPath}</Typography.Text>
        <Card title="选择恢复方式">
          <Space direction="vertical" size="middle">
            <div>
              <Button type="primary" disabled={busy || !good} onClick={() => good && restore('latest')}>
                从最新的完好快照恢复
              </Button>
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                {good ? `${snapshotTime(good)}：${countsText(good.counts)}` : '没有可用的快照'}
              </Typography.Text>
            </div>
            <div>
              <Button disabled={busy} onClick={() => act(() => api.recoveryOpenReadOnly({}), '已以只读方式打开。')}>
                以只读方式打开
              </Button>
              <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
                查看还能读取的内容，不会写入损坏的文件
              </Typography.Text>
            </div>
            <div>
              <Button danger disabled={busy} onClick={fresh}>
                重新开始（保留损坏的文件）
              </Button>
            </div>
          </Space>
        </Card>
        <Card title="全部快照">
          <SnapshotTable items={list.data?.items ?? []} busy={busy} onRestore={restore} />
        </Card>
        {status.problem?.detail && (
          <Collapse
            size="small"
            items={[
              {
                key: 'detail',
                label: '技术细节',
                children: <pre className="recovery-detail">{status.problem.detail}</pre>,
              },
            ]}
          />
        )}
      </Space>
    </section>
  );
}
