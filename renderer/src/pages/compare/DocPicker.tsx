// A searchable document picker for 对比阅读 (newest first, titles with their date).
import { Select } from 'antd';
import type { DocumentSummary } from '../../../../electron/contract/api';

export function DocPicker({
  docs,
  value,
  onChange,
  label,
}: {
  docs: DocumentSummary[];
  value: string | undefined;
  onChange: (id: string) => void;
  label: string;
}) {
  return (
    <Select
      showSearch
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={onChange}
      optionFilterProp="label"
      style={{ width: '100%' }}
      options={docs.map((d) => ({ value: d.id, label: `${d.title}${d.date ? `（${d.date}）` : ''}` }))}
    />
  );
}
