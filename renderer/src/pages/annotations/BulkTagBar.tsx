// Adds one tag to, or removes it from, every annotation the current filter shows.
import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/transport';

export function BulkTagBar(props: { ids: number[]; onDone(): void }) {
  const { message } = App.useApp();
  const [bulkTag, setBulkTag] = useState('');
  const bulk = async (remove: boolean) => {
    const tag = bulkTag.trim();
    const r = await api.tagItems({
      kind: 'annotation',
      ids: props.ids,
      add: remove ? [] : [tag],
      remove: remove ? [tag] : [],
    });
    message.success(`${remove ? '已移除' : '已添加'}标签“${tag}”：${r.changed} 条标注`);
    props.onDone();
  };
  const disabled = !bulkTag.trim() || !props.ids.length;
  return (
    <Space wrap className="export-bar">
      <Typography.Text type="secondary">批量标签：</Typography.Text>
      <Input
        aria-label="批量标注标签"
        placeholder="标签，例如：专题/乡村振兴"
        value={bulkTag}
        onChange={(e) => setBulkTag(e.target.value)}
        style={{ width: '14em' }}
      />
      <Button disabled={disabled} onClick={() => void bulk(false)}>
        加到当前筛选的全部标注
      </Button>
      <Button disabled={disabled} onClick={() => void bulk(true)}>
        从中移除
      </Button>
    </Space>
  );
}
