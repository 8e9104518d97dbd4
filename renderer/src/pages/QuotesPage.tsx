// 金句本: 金句 extracted from the library and the ones the user saved, each with its 出处;
// filter by speaker, tag, year, 收藏 and text; star (收藏) and tag any of them.
import { Alert, App, Button, Card, Empty, Input, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BookQuote } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { useDebounced } from '../hooks/use-debounced';
import { routeHref } from '../hooks/use-hash-route';
import { TagSelect } from '../workspace/TagSelect';
import { useTags } from '../workspace/use-workspace-data';
import { AddToSessionButton } from './sessions/AddToSessionButton';
import { StatusTag } from './status/StatusTag';

const facetOptions = (facet: Record<string, number> | undefined) =>
  Object.entries(facet ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => ({ value: k, label: `${k}（${n}）` }));

/** Documents the user starred (收藏), shown with the saved 金句. */
function StarredDocuments() {
  const docs = useApi(() => api.listStarredDocuments({}), []);
  const items = docs.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Card size="small" title={`收藏的文档（${items.length}）`} className="starred-docs">
      <Space wrap size={[16, 4]}>
        {items.map((d) => (
          <a key={d.id} href={routeHref('reader', { id: d.id })}>
            《{d.title}》
          </a>
        ))}
      </Space>
    </Card>
  );
}

export function QuotesPage() {
  const { message } = App.useApp();
  const tags = useTags();
  const [source, setSource] = useState<'all' | 'saved' | 'extracted'>('all');
  const [speaker, setSpeaker] = useState<string>();
  const [year, setYear] = useState<string>();
  const [tag, setTag] = useState<string>();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const q = useDebounced(query, 250);
  const quotes = useApi(
    () =>
      api.listQuoteBook({
        source,
        speaker,
        tag,
        year: year ? Number(year) : undefined,
        query: q || undefined,
        limit: 1000,
      }),
    [source, speaker, tag, year, q],
  );

  const star = async (item: BookQuote) => {
    if (item.savedId !== null) await api.updateSavedQuote({ id: item.savedId, starred: !item.starred });
    else await api.saveQuote({ quoteId: item.quoteId ?? undefined });
    quotes.reload();
  };
  const setTags = async (item: BookQuote, next: string[]) => {
    const add = next.filter((t) => !item.tags.includes(t));
    const remove = item.tags.filter((t) => !next.includes(t));
    await api.tagItems({ kind: 'quote', ids: [item.key], add, remove });
    quotes.reload();
    tags.reload();
  };
  const drop = async (item: BookQuote) => {
    if (item.savedId === null) return;
    await api.deleteSavedQuote({ id: item.savedId });
    message.success('已从金句本删除');
    quotes.reload();
  };

  return (
    <section className="page quotes-page">
      <Typography.Title level={2}>金句</Typography.Title>
      <Card size="small" className="filters no-print">
        <Space wrap>
          <Segmented
            aria-label="金句来源"
            value={source}
            onChange={(v) => setSource(v as typeof source)}
            options={[
              { label: '全部', value: 'all' },
              { label: '我的收藏', value: 'saved' },
              { label: '书库提取', value: 'extracted' },
            ]}
          />
          <Input.Search
            allowClear
            placeholder="搜索金句"
            aria-label="搜索金句"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: '12em' }}
          />
          <Select
            allowClear
            showSearch
            placeholder="讲话人"
            aria-label="按讲话人筛选"
            value={speaker}
            onChange={setSpeaker}
            style={{ minWidth: 140 }}
            options={facetOptions(quotes.data?.facets.speaker)}
          />
          <Select
            allowClear
            placeholder="年份"
            aria-label="按年份筛选"
            value={year}
            onChange={setYear}
            style={{ minWidth: 110 }}
            options={facetOptions(quotes.data?.facets.year).sort((a, b) => b.value.localeCompare(a.value))}
          />
          <Select
            allowClear
            showSearch
            placeholder="标签"
            aria-label="按标签筛选"
            value={tag}
            onChange={setTag}
            style={{ minWidth: 130 }}
            options={tags.items.map((t) => ({ value: t.name, label: t.name }))}
          />
          {quotes.data && <Typography.Text type="secondary">共 {quotes.data.total} 条</Typography.Text>}
        </Space>
      </Card>
      {quotes.error && <Alert type="error" showIcon message={quotes.error} />}
      {source === 'saved' && <StarredDocuments />}
      <List
        className="quote-list"
        loading={quotes.loading}
        dataSource={quotes.data?.items ?? []}
        locale={{ emptyText: <Empty description="还没有金句。在阅读时选中句子，点“记金句”即可收藏。" /> }}
        renderItem={(item) => (
          <List.Item
            key={item.key}
            className="quote-item"
            actions={[
              <Button
                key="star"
                size="small"
                type="text"
                className="no-print quote-star"
                aria-pressed={item.starred}
                aria-label={item.starred ? '取消收藏' : '收藏'}
                onClick={() => void star(item)}
              >
                {item.starred ? '★' : '☆'}
              </Button>,
              <Button
                key="tags"
                size="small"
                type="link"
                className="no-print"
                onClick={() => setEditing(editing === item.key ? null : item.key)}
              >
                标签
              </Button>,
              <AddToSessionButton
                key="session"
                item={
                  item.quoteId
                    ? { kind: 'quote', quoteId: item.quoteId }
                    : { kind: 'quote', savedQuoteId: item.savedId ?? 0 }
                }
              />,
              ...(item.origin === 'user'
                ? [
                    <Button
                      key="del"
                      size="small"
                      type="link"
                      danger
                      className="no-print"
                      onClick={() => void drop(item)}
                    >
                      删除
                    </Button>,
                  ]
                : []),
            ]}
          >
            <blockquote className="quote">
              <p className="quote-text">“{item.text}”</p>
              <footer>
                <Space wrap size={4}>
                  {item.origin === 'user' && <Tag color="gold">我的金句</Tag>}
                  {item.orphaned && (
                    <Tag color="default" title="内容库更新后，原文中已找不到这句话；您的收藏和标签仍保留。">
                      未定位
                    </Tag>
                  )}
                  {item.historical && <StatusTag status="历史文献" />}
                  {item.docId ? (
                    <a href={routeHref('reader', { id: item.docId, p: item.paragraph ?? undefined })}>
                      {item.citation || '查看原文'}
                    </a>
                  ) : (
                    <span>{item.citation}</span>
                  )}
                  {item.tags.map((t) => (
                    <Tag key={t}>{t}</Tag>
                  ))}
                </Space>
                {item.reason && <div className="quote-reason">入选理由：{item.reason}</div>}
              </footer>
              {editing === item.key && (
                <div className="quote-tag-editor no-print">
                  <TagSelect
                    value={item.tags}
                    onChange={(v) => void setTags(item, v)}
                    tags={tags.items}
                    ariaLabel="金句标签"
                  />
                </div>
              )}
            </blockquote>
          </List.Item>
        )}
      />
    </section>
  );
}
