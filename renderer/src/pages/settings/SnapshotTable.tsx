// The list of snapshots: when, why, size and what each holds, with a one-click restore (confirmed;
// the current state is snapshotted first). Used in 设置 → 数据与备份 and on the recovery page.
import { Button, Popconfirm, Table, Tag } from 'antd';
import type { BackupSnapshot } from '../../../../electron/contract/api';
import { countsText, formatBytes, REASON_LABEL, snapshotTime } from './backup-labels';

interface Props {
  items: BackupSnapshot[];
  busy: boolean;
  onRestore(id: string): void;
}

export function SnapshotTable({ items, busy, onRestore }: Props) {
  return (
    <Table<BackupSnapshot>
      className="snapshot-table"
      size="small"
      rowKey="id"
      dataSource={items}
      pagination={items.length > 8 ? { pageSize: 8, size: 'small' } : false}
      locale={{ emptyText: '还没有快照' }}
      columns={[
        {
          title: '时间',
          key: 'time',
          render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{snapshotTime(s)}</span>,
          width: 150,
        },
        { title: '原因', key: 'reason', render: (_, s) => <Tag>{REASON_LABEL[s.reason]}</Tag>, width: 100 },
        { title: '大小', key: 'size', render: (_, s) => formatBytes(s.bytes), width: 80 },
        { title: '内容', key: 'counts', render: (_, s) => countsText(s.counts) },
        {
          title: '操作',
          key: 'restore',
          width: 70,
          render: (_, s) => (
            <Popconfirm
              title="恢复到这个快照？"
              description="当前数据会先保存为一个新快照，随时可以再恢复回来。"
              okText="恢复"
              cancelText="取消"
              onConfirm={() => onRestore(s.id)}
            >
              <Button size="small" disabled={busy} aria-label={`恢复 ${snapshotTime(s)} 的快照`}>
                恢复
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
