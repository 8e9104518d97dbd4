// The 文档 tab of a search: total, the order (相关度 / 日期, explained), a pinyin reading of the
// query when the engine made one, facets, and hits with every match marked in their snippets.
import { Alert, Empty, List, Pagination, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { cachedSearch, peekSearch } from '../../api/search-cache';
import { useAfterPaint } from '../../hooks/use-after-paint';
import { useApi } from '../../hooks/use-api';
import { DocumentHit } from './DocumentHit';
import { PinyinNotice, pinyinOf } from './PinyinNotice';
import { SearchFacets } from './SearchFacets';

const PAGE = 20;
/** Hits in the first frame: about a screenful; the rest of the page follows right after it is painted. */
const FIRST_SCREEN = 5;
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
  const painted = useAfterPaint(data);
  const hits = data?.hits ?? [];
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
        rowKey="docId"
        loading={res.loading}
        dataSource={painted ? hits : hits.slice(0, FIRST_SCREEN)}
        locale={{ emptyText: <Empty description="没有找到匹配的文档" /> }}
        renderItem={(h) => <DocumentHit hit={h} query={query} />}
      />
      {painted && data && data.total > PAGE && (
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
