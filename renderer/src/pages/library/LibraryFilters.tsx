// 书库 filters: type, year (newest first), source, speaker, tag, and the sort order.
import { Card, Select, Space, Typography } from 'antd';
import type { DocumentList, TagInfo } from '../../../../electron/contract/api';
import { facetOptions } from '../../facet-options';
import type { LibraryQuery, LibrarySort } from './use-library-state';

export function LibraryFilters(props: {
  query: LibraryQuery;
  onChange(patch: Partial<LibraryQuery>): void;
  facets: DocumentList['facets'] | undefined;
  total: number | undefined;
  tags: TagInfo[];
}) {
  const { query: q, onChange, facets: f } = props;
  // Tags that are on documents, or parents of such tags.
  const tagOptions = props.tags
    .filter((t) => t.counts.documents > 0 || props.tags.some((c) => c.name.startsWith(t.name + '/')))
    .map((t) => ({ value: t.name, label: t.name }));
  const years = Object.entries(f?.year ?? {})
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .map(([k, n]) => ({ value: Number(k), label: `${k}（${n}）` }));
  return (
    <Card size="small" className="filters no-print">
      <Space wrap>
        <Select
          allowClear
          placeholder="类型"
          style={{ minWidth: 140 }}
          value={q.type}
          onChange={(type) => onChange({ type })}
          options={facetOptions(f?.type)}
          aria-label="按类型筛选"
        />
        <Select
          allowClear
          placeholder="年份"
          style={{ minWidth: 120 }}
          value={q.year}
          onChange={(year) => onChange({ year })}
          options={years}
          aria-label="按年份筛选"
        />
        <Select
          allowClear
          showSearch
          placeholder="来源"
          style={{ minWidth: 160 }}
          value={q.source}
          onChange={(source) => onChange({ source })}
          options={facetOptions(f?.source)}
          aria-label="按来源筛选"
        />
        <Select
          allowClear
          showSearch
          placeholder="讲话人"
          style={{ minWidth: 140 }}
          value={q.speaker}
          onChange={(speaker) => onChange({ speaker })}
          options={facetOptions(f?.speaker)}
          aria-label="按讲话人筛选"
        />
        <Select
          allowClear
          showSearch
          placeholder="标签"
          style={{ minWidth: 140 }}
          value={q.tag}
          onChange={(tag) => onChange({ tag })}
          aria-label="按标签筛选"
          options={tagOptions}
        />
        <Select
          value={q.sort}
          onChange={(sort: LibrarySort) => onChange({ sort })}
          aria-label="排序"
          options={[
            { value: 'date-desc', label: '日期（新→旧）' },
            { value: 'date-asc', label: '日期（旧→新）' },
            { value: 'title', label: '标题' },
          ]}
        />
        {props.total !== undefined && <Typography.Text type="secondary">共 {props.total} 篇</Typography.Text>}
      </Space>
    </Card>
  );
}
