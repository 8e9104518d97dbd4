// The 标注 page's filter controls: text, colour, tag, document, type, date and placement.
import { DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { HighlightColor, TagInfo } from '../../../../electron/contract/api';
import { DOC_TYPES } from '../../../../electron/shared/enums';
import type { AnnotationFilter, SetAnnotationFilter } from './use-annotation-list';
import { colorOptions } from '../../workspace/color-options';

export function AnnotationFilters(props: {
  filter: AnnotationFilter;
  set: SetAnnotationFilter;
  colors: HighlightColor[];
  tags: TagInfo[];
  docOptions: { value: string; label: string }[];
}) {
  const { filter, set } = props;
  return (
    <Space wrap>
      <Input.Search
        allowClear
        placeholder="搜索批注和划线文字"
        aria-label="搜索标注"
        value={filter.query}
        onChange={(e) => set('query', e.target.value)}
        style={{ width: '15em' }}
      />
      <Select
        allowClear
        placeholder="颜色"
        aria-label="按颜色筛选"
        value={filter.color}
        onChange={(v) => set('color', v)}
        style={{ minWidth: 130 }}
        options={colorOptions(props.colors)}
      />
      <Select
        allowClear
        showSearch
        placeholder="标签"
        aria-label="按标签筛选"
        value={filter.tag}
        onChange={(v) => set('tag', v)}
        style={{ minWidth: 140 }}
        options={props.tags.map((t) => ({ value: t.name, label: t.name }))}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="文档"
        aria-label="按文档筛选"
        value={filter.docId}
        onChange={(v) => set('docId', v)}
        style={{ minWidth: 200, maxWidth: 320 }}
        options={props.docOptions}
      />
      <Select
        allowClear
        placeholder="类型"
        aria-label="按类型筛选"
        value={filter.docType}
        onChange={(v) => set('docType', v)}
        style={{ minWidth: 110 }}
        options={DOC_TYPES.map((t) => ({ value: t, label: t }))}
      />
      <DatePicker.RangePicker
        aria-label="按日期筛选"
        value={filter.range}
        onChange={(v) => set('range', v as [Dayjs | null, Dayjs | null] | null)}
      />
      <Select
        aria-label="定位状态"
        value={filter.placement}
        onChange={(v) => set('placement', v)}
        options={[
          { value: 'all', label: '全部标注' },
          { value: 'orphaned', label: '仅未定位' },
        ]}
      />
    </Space>
  );
}
