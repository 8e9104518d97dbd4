// 书库: every document (bundled and imported) with the opening lines of each, filterable by type,
// year, source, speaker and tag; the list state is kept in the URL and history (Back returns to
// the same page, filters and scroll position).
import { Alert, Button, Empty, List, Pagination, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { routeHref } from '../../hooks/use-hash-route';
import { EditDocumentModal } from './EditDocumentModal';
import { ImportPanel } from './ImportPanel';
import { LibraryFilters } from './LibraryFilters';
import { useLibraryState } from './use-library-state';
import './library.css';
import { StatusTag } from '../status/StatusTag';

const PAGE = 30;

export function LibraryPage() {
  const [loaded, setLoaded] = useState(false);
  const [q, update] = useLibraryState(loaded);
  const tags = useApi(() => api.listTags({}), []);
  const [editing, setEditing] = useState<DocumentSummary | null>(null);
  const { page, ...filters } = q;
  const list = useApi(
    () => api.listDocuments({ ...filters, offset: (page - 1) * PAGE, limit: PAGE }),
    [q.type, q.year, q.source, q.speaker, q.tag, q.sort, page],
  );
  // The list is on screen: now the scroll position can be restored.
  useEffect(() => {
    if (list.data) setLoaded(true);
  }, [list.data]);
  return (
    <section className="page">
      <Typography.Title level={2}>书库</Typography.Title>
      <ImportPanel onImported={list.reload} />
      <LibraryFilters
        query={q}
        onChange={update}
        facets={list.data?.facets}
        total={list.data?.total}
        tags={tags.data?.items ?? []}
      />
      {list.error && <Alert type="error" showIcon message={list.error} />}
      <List
        className="doc-list"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description="书库中还没有文档" /> }}
        renderItem={(d) => (
          <List.Item
            key={d.id}
            actions={[
              <Button
                key="edit"
                size="small"
                type="link"
                className="no-print"
                onClick={() => setEditing(d)}
                aria-label={`编辑 ${d.title}`}
              >
                编辑
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={<a href={routeHref('reader', { id: d.id })}>{d.title}</a>}
              description={
                <>
                  <Space wrap size={4}>
                    <Tag color="red">{d.type}</Tag>
                    <StatusTag status={d.status} note={d.statusNote} />
                    {d.date && <span>{d.date}</span>}
                    {d.source && <span>· {d.source}</span>}
                    {d.speakers.length > 0 && <span>· {d.speakers.join('、')}</span>}
                    {d.script === 'traditional' && <Tag>繁体</Tag>}
                    {d.origin === 'user' && <Tag color="blue">我导入的</Tag>}
                    <span>· {d.chars.toLocaleString('zh-CN')} 字</span>
                  </Space>
                  {d.excerpt && <Typography.Paragraph className="doc-excerpt">{d.excerpt}</Typography.Paragraph>}
                </>
              }
            />
          </List.Item>
        )}
      />
      {list.data && list.data.total > PAGE && (
        <Pagination
          current={page}
          pageSize={PAGE}
          total={list.data.total}
          onChange={(p) => update({ page: p })}
          showSizeChanger={false}
          className="no-print library-pages"
        />
      )}
      {editing && <EditDocumentModal doc={editing} onClose={() => setEditing(null)} onChanged={list.reload} />}
    </section>
  );
}
