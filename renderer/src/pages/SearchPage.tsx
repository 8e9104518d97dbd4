// 搜索: documents (total, facets, snippets with every hit marked, paging, sort) and a separate
// 金句 search; saved and recent searches beside the results.
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Input,
  List,
  Pagination,
  Popover,
  Row,
  Segmented,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/transport';
import { cachedSearch, peekSearch } from '../api/search-cache';
import { useApi } from '../hooks/use-api';
import { routeHref } from '../hooks/use-hash-route';
import { Highlighted } from '../highlight';
import { SavedSearches } from './SavedSearches';
import { AddToSessionButton } from './sessions/AddToSessionButton';

const PAGE = 20;
const FACET_LABEL: Record<string, string> = { type: '类型', year: '年份', source: '来源', tag: '标签' };

function DocumentResults({ query }: { query: string }) {
  const [sort, setSort] = useState<'relevance' | 'date'>('relevance');
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [query]);
  const args = { query, sort, offset: (page - 1) * PAGE, limit: PAGE };
  // The top box has usually fetched the first page while the query was typed.
  const res = useApi(
    () => cachedSearch(args),
    [query, sort, page],
    () => peekSearch(args),
  );
  const data = res.data;
  if (res.error) return <Alert type="error" showIcon message={res.error} />;
  return (
    <>
      {data?.notice && <Alert type="warning" showIcon message={data.notice} style={{ marginBottom: 12 }} />}
      <Space wrap className="search-summary no-print">
        <Typography.Text>
          共找到 <b className="search-total">{data?.total ?? '…'}</b> 篇{data && `（${data.tookMs.toFixed(0)} 毫秒）`}
        </Typography.Text>
        <Segmented
          value={sort}
          onChange={(v) => {
            setSort(v as 'relevance' | 'date');
            setPage(1);
          }}
          options={[
            { label: '按相关度', value: 'relevance' },
            { label: '按日期', value: 'date' },
          ]}
        />
      </Space>
      {data && Object.values(data.facets).some((f) => Object.keys(f).length) && (
        <Card size="small" className="facets no-print">
          {Object.entries(data.facets).map(([name, counts]) =>
            Object.keys(counts).length ? (
              <div key={name} className="facet-row">
                <Typography.Text type="secondary">{FACET_LABEL[name] ?? name}：</Typography.Text>
                {Object.entries(counts)
                  .sort((a, b) => b[1] - a[1])
                  .slice(0, 12)
                  .map(([k, n]) => (
                    <a
                      key={k}
                      href={routeHref('search', { q: `${query} ${name}:${name === 'year' ? `${k}..${k}` : k}` })}
                    >
                      <Tag>
                        {k} {n}
                      </Tag>
                    </a>
                  ))}
              </div>
            ) : null,
          )}
        </Card>
      )}
      <List
        className="search-results"
        loading={res.loading}
        dataSource={data?.hits ?? []}
        locale={{ emptyText: <Empty description="没有找到匹配的文档" /> }}
        renderItem={(h) => (
          <List.Item
            key={h.docId}
            actions={[
              <AddToSessionButton
                key="session"
                item={{ kind: 'excerpt', docId: h.docId, paragraph: h.snippets[0]?.paragraph ?? 0 }}
                label="加入学习专题"
              />,
            ]}
          >
            <List.Item.Meta
              title={<a href={routeHref('reader', { id: h.docId, q: query })}>{h.title}</a>}
              description={
                <Space wrap size={4}>
                  <Tag color="red">{h.type}</Tag>
                  {h.date && <span>{h.date}</span>}
                  {h.source && <span>· {h.source}</span>}
                  <span>· {h.hitCount} 处匹配</span>
                </Space>
              }
            />
            <div className="snippets">
              {h.snippets.map((s, i) => (
                <p key={i} className="snippet">
                  …<Highlighted text={s.text} marks={s.marks} />…
                </p>
              ))}
            </div>
          </List.Item>
        )}
      />
      {data && data.total > PAGE && (
        <Pagination
          current={page}
          pageSize={PAGE}
          total={data.total}
          onChange={setPage}
          showSizeChanger={false}
          className="no-print"
        />
      )}
    </>
  );
}

function QuoteResults({ query }: { query: string }) {
  const res = useApi(() => api.searchQuotes({ query, limit: 50 }), [query]);
  if (res.error) return <Alert type="error" showIcon message={res.error} />;
  return (
    <>
      {res.data?.notice && <Alert type="warning" showIcon message={res.data.notice} />}
      <Typography.Text>
        共 <b className="quote-total">{res.data?.total ?? '…'}</b> 条金句
      </Typography.Text>
      <List
        className="quote-results"
        loading={res.loading}
        dataSource={res.data?.items ?? []}
        locale={{ emptyText: <Empty description="没有找到匹配的金句" /> }}
        renderItem={(q) => (
          <List.Item
            key={q.id}
            actions={[<AddToSessionButton key="session" item={{ kind: 'quote', quoteId: q.id }} />]}
          >
            <blockquote className="quote">
              <p className="quote-text">“{q.text}”</p>
              <footer>
                <a href={routeHref('reader', { id: q.docId, q: query })}>{q.citation}</a>
              </footer>
            </blockquote>
          </List.Item>
        )}
      />
    </>
  );
}

function SaveSearchButton({ query, onSaved }: { query: string; onSaved(): void }) {
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

export function SearchPage({ query }: { query: string }) {
  const [refreshKey, setRefreshKey] = useState(0);
  useEffect(() => {
    if (!query) return;
    api.recordSearch({ query }).then(
      () => setRefreshKey((k) => k + 1),
      () => {},
    );
  }, [query]);
  return (
    <section className="page">
      <Space align="baseline" wrap>
        <Typography.Title level={2}>搜索{query && `：${query}`}</Typography.Title>
        {query && <SaveSearchButton query={query} onSaved={() => setRefreshKey((k) => k + 1)} />}
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={18}>
          {!query ? (
            <Card size="small">
              <Empty description="在上方搜索框输入要查找的内容" />
              <Typography.Paragraph type="secondary" className="search-help">
                语法：空格表示“并且”；<code>"…"</code> 精确短语；<code>-词</code> 排除；<code>OR</code> 或者；筛选{' '}
                <code>type:讲话</code>、<code>tag:乡村振兴</code>、<code>speaker:习近平</code>、
                <code>source:人民日报</code>、<code>year:2019..2021</code>。繁体、简体互通。
              </Typography.Paragraph>
            </Card>
          ) : (
            <Tabs
              items={[
                { key: 'docs', label: '文档', children: <DocumentResults query={query} /> },
                { key: 'quotes', label: '金句', children: <QuoteResults query={query} /> },
              ]}
            />
          )}
        </Col>
        <Col xs={24} lg={6}>
          <SavedSearches refreshKey={refreshKey} />
        </Col>
      </Row>
    </section>
  );
}
