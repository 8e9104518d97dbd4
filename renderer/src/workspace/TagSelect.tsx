// Multi-tag input: pick existing tags or type new ones (levels with `/`, e.g. 乡村振兴/人才).
import { Select } from 'antd';
import type { TagInfo } from '../../../electron/contract/api';

export function TagSelect(props: {
  value: string[];
  onChange(v: string[]): void;
  tags: TagInfo[];
  placeholder?: string;
  ariaLabel?: string;
  mode?: 'tags' | 'multiple';
}) {
  return (
    <Select
      mode={props.mode ?? 'tags'}
      allowClear
      style={{ minWidth: 200, width: '100%' }}
      placeholder={props.placeholder ?? '标签（可用 / 分级）'}
      aria-label={props.ariaLabel ?? '标签'}
      value={props.value}
      onChange={(v: string[]) => props.onChange(v.map((x) => x.trim()).filter(Boolean))}
      tokenSeparators={[',', '，', ' ']}
      options={props.tags.map((t) => ({ value: t.name, label: t.name }))}
    />
  );
}
