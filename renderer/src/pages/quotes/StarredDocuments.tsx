// Documents the user starred (收藏), shown on the 金句 page above the saved 金句.
import { Card, Space } from 'antd';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { routeHref } from '../../hooks/use-hash-route';

export function StarredDocuments() {
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
