// 保存搜索: name the current query and keep it in the saved-searches list.
import { App, Button, Input, Popover, Space } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/transport';

export function SaveSearchButton({ query, onSaved }: { query: string; onSaved(): void }) {
  const { message } = App.useApp();
  const [name, setName] = useState(query);
  const [open, setOpen] = useState(false);
  useEffect(() => setName(query), [query]);
  const save = async () => {
    if (!name.trim()) return;
    await api.saveSearch({ name: name.trim(), query });
    message.success('已保存搜索');
    setOpen(false);
    onSaved();
  };
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title="保存这次搜索"
      content={
        <Space.Compact>
          <Input aria-label="搜索名称" value={name} onChange={(e) => setName(e.target.value)} onPressEnter={save} />
          <Button type="primary" onClick={save}>
            保存
          </Button>
        </Space.Compact>
      }
    >
      <Button className="no-print">保存搜索</Button>
    </Popover>
  );
}
