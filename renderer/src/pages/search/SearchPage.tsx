// 搜索: documents (total, facets, snippets with every hit marked, paging, sort) and a separate
// 金句 search; saved and recent searches beside the results.
import { Card, Empty, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/transport';
import { useAfterPaint } from '../../hooks/use-after-paint';
import { DocumentResults } from './DocumentResults';
import { QuoteResults } from './QuoteResults';
import { SavedSearches } from './SavedSearches';
import { SaveSearchButton } from './SaveSearchButton';
import './search.css';

export function SearchPage({ query }: { query: string }) {
  const [refreshKey, setRefreshKey] = useState(0);
  // The side panels wait for the first frame of results (they ask the server for their own lists).
  const painted = useAfterPaint(true);
  useEffect(() => {
    if (!query) return;
    api.recordSearch({ query }).then(
      () => setRefreshKey((k) => k + 1),
      () => {},
    );
  }, [query]);
  return (
    <section className="page search-page">
      <Space align="baseline" wrap>
        <Typography.Title level={2}>搜索{query && `：${query}`}</Typography.Title>
        {query && <SaveSearchButton query={query} onSaved={() => setRefreshKey((k) => k + 1)} />}
      </Space>
      <div className="search-columns">
        <div className="search-main">
          {!query ? (
            <Card size="small">
              <Empty description="在上方搜索框输入要查找的内容" />
              <Typography.Paragraph type="secondary" className="search-help">
                语法：空格表示“并且”；<code>"…"</code> 精确短语；<code>-词</code> 排除；<code>OR</code> 或者；筛选{' '}
                <code>type:讲话</code>、<code>tag:乡村振兴</code>、<code>speaker:习近平</code>、
                <code>source:人民日报</code>、<code>year:2019..2021</code>。繁体、简体互通；可用拼音或拼音首字母。
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
        </div>
        <div className="search-side">{painted && <SavedSearches refreshKey={refreshKey} />}</div>
      </div>
    </section>
  );
}
