// 搜索: full-text results with total, facets, snippets (every hit marked), paging and sort.
import { Alert, Card, Empty, List, Pagination, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { routeHref } from '../hooks/use-hash-route';
import { Highlighted } from '../highlight';

const PAGE = 20;
const FACET_LABEL: Record<string, string> = { type: '类型', year: '年份', source: '来源', tag: '标签' };

export function SearchPage({ query }: { query: string }) {
  const [sort, setSort] = useState<'relevance' | 'date'>('relevance');
  const [page, setPage] = useState(1);
  const res = useApi(() => (query ? api.search({ query, sort, offset: (page - 1) * PAGE, limit: PAGE }) : Promise.resolve(null)), [query, sort, page]);
  const data = res.data;
  return (
    <section className="page">
      <Typography.Title level={2}>搜索{query && `：${query}`}</Typography.Title>
      {!query && <Empty description="在上方搜索框输入要查找的内容" />}
      {res.error && <Alert type="error" showIcon message={res.error} />}
      {data?.notice && <Alert type="warning" showIcon message={data.notice} />}
      {data && (
        <>
          <Space wrap className="search-summary no-print">
            <Typography.Text>共找到 <b className="search-total">{data.total}</b> 篇（{data.tookMs.toFixed(0)} 毫秒）</Typography.Text>
            <Segmented
              value={sort}
              onChange={(v) => { setSort(v as 'relevance' | 'date'); setPage(1); }}
              options={[{ label: '按相关度', value: 'relevance' }, { label: '按日期', value: 'date' }]}
            />
          </Space>
          <Card size="small" className="facets no-print">
            {Object.entries(data.facets).map(([name, counts]) =>
              Object.keys(counts).length ? (
                <div key={name} className="facet-row">
                  <Typography.Text type="secondary">{FACET_LABEL[name] ?? name}：</Typography.Text>
                  {Object.entries(counts)
                    .sort((a, b) => b[1] - a[1])
                    .slice(0, 12)
                    .map(([k, n]) => (
                      <a key={k} href={routeHref('search', { q: `${query} ${name}:${name === 'year' ? `${k}..${k}` : k}` })}>
                        <Tag>{k} {n}</Tag>
                      </a>
                    ))}
                </div>
              ) : null,
            )}
          </Card>
          <List
            className="search-results"
            loading={res.loading}
            dataSource={data.hits}
            locale={{ emptyText: <Empty description="没有找到匹配的文档" /> }}
            renderItem={(h) => (
              <List.Item key={h.docId}>
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
                {h.snippets.map((s, i) => (
                  <p key={i} className="snippet">
                    …<Highlighted text={s.text} marks={s.marks} />…
                  </p>
                ))}
              </List.Item>
            )}
          />
          {data.total > PAGE && <Pagination current={page} pageSize={PAGE} total={data.total} onChange={setPage} showSizeChanger={false} className="no-print" />}
        </>
      )}
    </section>
  );
}
