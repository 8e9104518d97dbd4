// 批量为搜索结果加标签: add or remove one tag on every result of a search.
import { App, Button, Card, Input, Space, Switch } from 'antd';
import { useState } from 'react';
import { api } from '../../api/transport';

export function BulkTagSearch({ onDone, initialQuery }: { onDone(): void; initialQuery: string }) {
  const { message } = App.useApp();
  const [query, setQuery] = useState(initialQuery);
  const [tag, setTag] = useState('');
  const [remove, setRemove] = useState(false);
  const run = async () => {
    try {
      const r = await api.tagSearchResults({ query, tag, remove });
      message.success(`${remove ? '已移除' : '已添加'}：搜索到 ${r.documents} 篇，改动 ${r.changed} 篇`);
      onDone();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card size="small" title="批量为搜索结果加标签" className="bulk-tag no-print">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          aria-label="批量搜索条件"
          placeholder="搜索条件，例如：乡村振兴 type:讲话"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Input
          aria-label="批量标签"
          placeholder="标签，例如：专题/乡村振兴"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
        />
        <Space>
          <Switch checked={remove} onChange={setRemove} aria-label="改为移除" />
          <span>{remove ? '从所有结果移除该标签' : '为所有结果添加该标签'}</span>
        </Space>
        <Button type="primary" disabled={!query.trim() || !tag.trim()} onClick={() => void run()}>
          应用到全部搜索结果
        </Button>
      </Space>
    </Card>
  );
}
