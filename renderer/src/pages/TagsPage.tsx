// 标签: the tag tree with counts; per tag its documents, colour (keys 1–9) and rename/merge/
// delete; bulk add/remove a tag on all results of a search; rename the highlight colours.
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  ColorPicker,
  Empty,
  Input,
  List,
  Row,
  Space,
  Switch,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { routeHref } from '../hooks/use-hash-route';
import { TagActions } from '../workspace/TagActions';
import { buildTagTree, type TagNode } from '../workspace/tag-tree';
import { useHighlightColors, useTags } from '../workspace/use-workspace-data';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

const PALETTE = ['#e74c3c', '#e67e22', '#f1c40f', '#27ae60', '#16a085', '#2980b9', '#8e44ad', '#7f8c8d', '#c0392b'];

function BulkTagSearch({ onDone, initialQuery }: { onDone(): void; initialQuery: string }) {
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

function ColorLabels() {
  const colors = useHighlightColors();
  const { message } = App.useApp();
  return (
    <Card size="small" title="标注颜色的含义" className="no-print">
      <Space direction="vertical" style={{ width: '100%' }}>
        {colors.items.map((c) => (
          <Space key={c.key}>
            <span className="swatch" style={{ background: c.color }} />
            <Input
              aria-label={`颜色${c.position}名称`}
              defaultValue={c.label}
              maxLength={20}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v && v !== c.label)
                  void api.renameHighlightColor({ key: c.key, label: v }).then(() => {
                    message.success('已保存');
                    colors.reload();
                  });
              }}
            />
          </Space>
        ))}
      </Space>
    </Card>
  );
}

export function TagsPage({ initialQuery = '' }: { initialQuery?: string }) {
  const { message } = App.useApp();
  const tags = useTags();
  const [selected, setSelected] = useState<string | null>(null);
  const tree = useMemo(() => buildTagTree(tags.items), [tags.items]);
  const current = tags.items.find((t) => t.name === selected) ?? null;
  const docs = useApi(
    () => (selected ? api.listDocumentsByTag({ tag: selected }) : Promise.resolve({ items: [] })),
    [selected, tags.items],
  );

  const toTreeData = (nodes: TagNode[]): TreeItem[] =>
    nodes.map((n) => ({
      key: n.key,
      title: (
        <span className="tag-node">
          {n.tag?.color && <span className="swatch" style={{ background: n.tag.color }} />}
          <span className="tag-name">{n.name}</span>
          <span className="tag-count">{n.total}</span>
          {n.tag?.slot && <Tag className="slot">键 {n.tag.slot}</Tag>}
        </span>
      ),
      children: toTreeData(n.children),
    }));

  const setColor = async (color: string | null) => {
    if (!selected) return;
    try {
      await api.setTagColor({ name: selected, color });
      tags.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <section className="page tags-page">
      <Typography.Title level={2}>标签</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card size="small" title={`标签树（${tags.items.length}）`}>
            {tags.items.length ? (
              <Tree
                className="tag-tree"
                defaultExpandAll
                treeData={toTreeData(tree)}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected((keys[0] as string | undefined) ?? null)}
              />
            ) : (
              <Empty description="还没有标签。在阅读、标注或金句中添加标签后会出现在这里。" />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {selected && (
              <Card size="small" title={`标签：${selected}`} className="tag-detail">
                {current ? (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Typography.Text>
                      文档 {current.counts.documents} 篇 · 标注 {current.counts.annotations} 条 · 金句{' '}
                      {current.counts.quotes} 条
                    </Typography.Text>
                    <Space wrap>
                      <span>颜色（按数字键 1–9 快速切换）：</span>
                      {PALETTE.map((c) => (
                        <button
                          key={c}
                          type="button"
                          className={`palette${current.color === c ? ' on' : ''}`}
                          style={{ background: c }}
                          aria-label={`设为颜色 ${c}`}
                          onClick={() => void setColor(c)}
                        />
                      ))}
                      <ColorPicker
                        value={current.color ?? undefined}
                        onChangeComplete={(c) => void setColor(c.toHexString().slice(0, 7))}
                        size="small"
                      />
                      {current.color && (
                        <Button size="small" onClick={() => void setColor(null)}>
                          取消颜色
                        </Button>
                      )}
                    </Space>
                    <a href={routeHref('search', { q: `tag:${selected}` })}>在搜索中按此标签筛选</a>
                    <TagActions
                      name={selected}
                      onDone={(n) => {
                        setSelected(n);
                        tags.reload();
                      }}
                    />
                  </Space>
                ) : (
                  <Alert type="info" showIcon message="这是一个分组，本身没有直接标记的条目。" />
                )}
                <List
                  size="small"
                  header={<b>含此标签（及下级）的文档</b>}
                  dataSource={docs.data?.items ?? []}
                  locale={{ emptyText: '没有文档' }}
                  renderItem={(d) => (
                    <List.Item key={d.id}>
                      <a href={routeHref('reader', { id: d.id })}>{d.title}</a>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            <BulkTagSearch initialQuery={initialQuery} onDone={tags.reload} />
            <ColorLabels />
          </Space>
        </Col>
      </Row>
    </section>
  );
}
