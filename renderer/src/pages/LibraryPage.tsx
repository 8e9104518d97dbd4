// 书库: every document (bundled and imported), filterable by type, year, source and speaker.
import { Alert, Button, Card, Empty, List, Pagination, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DocType, DocumentSummary } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { routeHref } from '../hooks/use-hash-route';
import { ImportPanel } from './ImportPanel';
import { EditDocumentModal } from './EditDocumentModal';
import { StatusTag } from './status/StatusTag';

const PAGE = 30;
const options = (facet: Record<string, number> | undefined) =>
  Object.entries(facet ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => ({ value: k, label: `${k}（${n}）` }));

export function LibraryPage() {
  const [type, setType] = useState<DocType>();
  const [year, setYear] = useState<number>();
  const [source, setSource] = useState<string>();
  const [speaker, setSpeaker] = useState<string>();
  const [tag, setTag] = useState<string | undefined>(
    () => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('tag') ?? undefined,
  );
  const tags = useApi(() => api.listTags({}), []);
  const [sort, setSort] = useState<'date-desc' | 'date-asc' | 'title'>('date-desc');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<DocumentSummary | null>(null);
  const list = useApi(
    () => api.listDocuments({ type, year, source, speaker, tag, sort, offset: (page - 1) * PAGE, limit: PAGE }),
    [type, year, source, speaker, tag, sort, page],
  );
  const f = list.data?.facets;
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };
  return (
    <section className="page">
      <Typography.Title level={2}>书库</Typography.Title>
      <ImportPanel onImported={list.reload} />
      <Card size="small" className="filters no-print">
        <Space wrap>
          <Select
            allowClear
            placeholder="类型"
            style={{ minWidth: 140 }}
            value={type}
            onChange={reset(setType)}
            options={options(f?.type)}
            aria-label="按类型筛选"
          />
          <Select
            allowClear
            placeholder="年份"
            style={{ minWidth: 120 }}
            value={year}
            onChange={reset(setYear)}
            options={options(f?.year)
              .sort((a, b) => Number(b.value) - Number(a.value))
              .map((o) => ({ ...o, value: Number(o.value) }))}
            aria-label="按年份筛选"
          />
          <Select
            allowClear
            showSearch
            placeholder="来源"
            style={{ minWidth: 160 }}
            value={source}
            onChange={reset(setSource)}
            options={options(f?.source)}
            aria-label="按来源筛选"
          />
          <Select
            allowClear
            showSearch
            placeholder="讲话人"
            style={{ minWidth: 140 }}
            value={speaker}
            onChange={reset(setSpeaker)}
            options={options(f?.speaker)}
            aria-label="按讲话人筛选"
          />
          <Select
            allowClear
            showSearch
            placeholder="标签"
            style={{ minWidth: 140 }}
            value={tag}
            onChange={reset(setTag)}
            aria-label="按标签筛选"
            options={(tags.data?.items ?? [])
              .filter(
                (t) => t.counts.documents > 0 || (tags.data?.items ?? []).some((c) => c.name.startsWith(t.name + '/')),
              )
              .map((t) => ({ value: t.name, label: t.name }))}
          />
          <Select
            value={sort}
            onChange={reset(setSort)}
            aria-label="排序"
            options={[
              { value: 'date-desc', label: '日期（新→旧）' },
              { value: 'date-asc', label: '日期（旧→新）' },
              { value: 'title', label: '标题' },
            ]}
          />
          {list.data && <Typography.Text type="secondary">共 {list.data.total} 篇</Typography.Text>}
        </Space>
      </Card>
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
          onChange={setPage}
          showSizeChanger={false}
          className="no-print"
        />
      )}
      {editing && <EditDocumentModal doc={editing} onClose={() => setEditing(null)} onChanged={list.reload} />}
    </section>
  );
}
