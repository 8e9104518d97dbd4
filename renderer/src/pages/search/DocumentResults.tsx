// The 文档 tab of a search: total, the order (相关度 / 日期, explained), a pinyin reading of the
// query when the engine made one, facets, and hits with every match marked in their snippets.
import { Alert, Empty, List, Pagination, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { cachedSearch, peekSearch } from '../../api/search-cache';
import { useApi } from '../../hooks/use-api';
import { routeHref } from '../../hooks/use-hash-route';
import { Highlighted } from '../../highlight';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { PinyinNotice, pinyinOf } from './PinyinNotice';
import { SearchFacets } from './SearchFacets';
import { StatusTag } from '../status/StatusTag';

const PAGE = 20;
const ORDER_HELP = {
  relevance: '按相关度：标题中含有检索词的排在前面，其次看正文命中的次数（已按篇幅折算，短文不会因篇幅短而靠前）。',
  date: '按日期：最新的文档排在前面。',
};

export function DocumentResults({ query }: { query: string }) {
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
  const pinyin = pinyinOf(data);
  if (res.error) return <Alert type="error" showIcon message={res.error} />;
  return (
    <>
      {data?.notice && <Alert type="warning" showIcon message={data.notice} style={{ marginBottom: 12 }} />}
      {pinyin && <PinyinNotice reading={pinyin} />}
      <Space wrap className="search-summary no-print">
        <Typography.Text>
          共找到 <b className="search-total">{data?.total ?? '…'}</b> 篇{data && `（${data.tookMs.toFixed(0)} 毫秒）`}
        </Typography.Text>
        <Segmented
          aria-label="排序"
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
        <Typography.Text type="secondary" className="order-help">
          {ORDER_HELP[sort]}
        </Typography.Text>
      </Space>
      {data && <SearchFacets query={query} facets={data.facets} />}
      <List
        className="search-results"
        loading={res.loading}
        dataSource={data?.hits ?? []}
        locale={{ emptyText: <Empty description="没有找到匹配的文档" /> }}
        renderItem={(h) => (
          <List.Item key={h.docId}>
            <List.Item.Meta
              title={<a href={routeHref('reader', { id: h.docId, q: query })}>{h.title}</a>}
              description={
                <Space wrap size={4}>
                  <Tag color="red">{h.type}</Tag>
                  <StatusTag status={h.status} />
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
            <div className="hit-actions no-print">
              <AddToSessionButton
                item={{ kind: 'excerpt', docId: h.docId, paragraph: h.snippets[0]?.paragraph ?? 0 }}
                label="加入学习专题"
              />
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
