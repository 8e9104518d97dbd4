// Where snapshots are kept: shown, changeable to any folder (e.g. on a USB disk; existing snapshots
// move along), and resettable to the default folder inside the data folder.
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';

interface Props {
  folder: string;
  defaultFolder: string;
  available: boolean;
  busy: boolean;
  onChange(folder: string | null): void;
}

export function SnapshotFolder({ folder, defaultFolder, available, busy, onChange }: Props) {
  const [draft, setDraft] = useState('');
  return (
    <div>
      <Typography.Text strong>快照文件夹</Typography.Text>
      <div>
        <Typography.Text code copyable>
          {folder}
        </Typography.Text>
        {!available && <Typography.Text type="danger">（当前不可用：磁盘未连接或没有写入权限）</Typography.Text>}
      </div>
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <Input
          aria-label="新的快照文件夹"
          placeholder="例如 E:\学习书架快照（可放在 U 盘上）"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <Button disabled={busy || !draft.trim()} onClick={() => onChange(draft.trim())}>
          移到这里
        </Button>
      </Space.Compact>
      {folder !== defaultFolder && (
        <Button type="link" disabled={busy} onClick={() => onChange(null)}>
          恢复默认位置
        </Button>
      )}
    </div>
  );
}
