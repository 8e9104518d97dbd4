// 金句: quotations extracted from the library, each with its 出处 line.
import { Alert, Empty, List, Typography } from 'antd';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { routeHref } from '../hooks/use-hash-route';

export function QuotesPage() {
  const quotes = useApi(() => api.listQuotes({ limit: 500 }), []);
  return (
    <section className="page">
      <Typography.Title level={2}>金句</Typography.Title>
      {quotes.error && <Alert type="error" showIcon message={quotes.error} />}
      <List
        className="quote-list"
        loading={quotes.loading}
        dataSource={quotes.data?.items ?? []}
        locale={{ emptyText: <Empty description="还没有金句" /> }}
        renderItem={(q) => (
          <List.Item key={q.id}>
            <blockquote className="quote">
              <p className="quote-text">“{q.text}”</p>
              <footer>
                <a href={routeHref('reader', { id: q.docId, q: q.text.slice(0, 12) })}>{q.citation}</a>
              </footer>
            </blockquote>
          </List.Item>
        )}
      />
    </section>
  );
}
