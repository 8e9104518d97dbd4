// Exports the annotations the current filter shows (colour, tag, document) as Markdown or Word,
// grouped by document and colour or by tag.
import { App, Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/transport';
import { downloadFile } from '../../download';
import type { AnnotationFilter } from './use-annotation-list';

export function AnnotationExportBar({ filter }: { filter: AnnotationFilter }) {
  const { message } = App.useApp();
  const [groupBy, setGroupBy] = useState<'document' | 'tag'>('document');
  const exportAs = async (format: 'md' | 'docx') => {
    const { color, tag, docId } = filter;
    try {
      downloadFile(await api.exportAnnotations({ format, groupBy, color, tag, docId }));
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space wrap className="export-bar">
      <Typography.Text type="secondary">导出当前筛选：</Typography.Text>
      <Select
        aria-label="导出分组"
        value={groupBy}
        onChange={setGroupBy}
        options={[
          { value: 'document', label: '按文档和颜色分组' },
          { value: 'tag', label: '按标签分组' },
        ]}
      />
      <Button onClick={() => void exportAs('md')}>导出 Markdown</Button>
      <Button onClick={() => void exportAs('docx')}>导出 Word</Button>
    </Space>
  );
}
