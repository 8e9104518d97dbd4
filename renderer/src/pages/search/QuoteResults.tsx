// The 金句 tab of a search: matching quotes with their 出处, each addable to a study session.
import { Alert, Empty, List, Typography } from 'antd';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { routeHref } from '../../hooks/use-hash-route';
import { AddToSessionButton } from '../sessions/AddToSessionButton';

export function QuoteResults({ query }: { query: string }) {
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
