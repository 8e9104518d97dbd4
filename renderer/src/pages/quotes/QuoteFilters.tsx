// The 金句 page's filter controls: source (全部 / 我的收藏 / 书库提取), text, speaker, year and
// tag, with the counts of the current result beside each speaker and year.
import { Input, Segmented, Select, Space, Typography } from 'antd';
import type { TagInfo } from '../../../../electron/contract/api';
import { facetOptions } from '../../facet-options';
import type { QuoteFilter, SetQuoteFilter } from './use-quote-book';

export function QuoteFilters(props: {
  filter: QuoteFilter;
  set: SetQuoteFilter;
  facets: { speaker: Record<string, number>; year: Record<string, number> } | undefined;
  tags: TagInfo[];
  total: number | undefined;
}) {
  const { filter, set } = props;
  return (
    <Space wrap>
      <Segmented
        aria-label="金句来源"
        value={filter.source}
        onChange={(v) => set('source', v as QuoteFilter['source'])}
        options={[
          { label: '全部', value: 'all' },
          { label: '我的收藏', value: 'saved' },
          { label: '书库提取', value: 'extracted' },
        ]}
      />
      <Input.Search
        allowClear
        placeholder="搜索金句"
        aria-label="搜索金句"
        value={filter.query}
        onChange={(e) => set('query', e.target.value)}
        style={{ width: '12em' }}
      />
      <Select
        allowClear
        showSearch
        placeholder="讲话人"
        aria-label="按讲话人筛选"
        value={filter.speaker}
        onChange={(v) => set('speaker', v)}
        style={{ minWidth: 140 }}
        options={facetOptions(props.facets?.speaker)}
      />
      <Select
        allowClear
        placeholder="年份"
        aria-label="按年份筛选"
        value={filter.year}
        onChange={(v) => set('year', v)}
        style={{ minWidth: 110 }}
        options={facetOptions(props.facets?.year).sort((a, b) => b.value.localeCompare(a.value))}
      />
      <Select
        allowClear
        showSearch
        placeholder="标签"
        aria-label="按标签筛选"
        value={filter.tag}
        onChange={(v) => set('tag', v)}
        style={{ minWidth: 130 }}
        options={props.tags.map((t) => ({ value: t.name, label: t.name }))}
      />
      {props.total !== undefined && <Typography.Text type="secondary">共 {props.total} 条</Typography.Text>}
    </Space>
  );
}
