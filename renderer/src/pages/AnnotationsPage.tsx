// 标注: every annotation across the library, filtered by colour, tag, document, type, date and
// text (notes and highlighted passages); jump to the passage; edit, delete with undo; export.
// The parts live in ./annotations/.
import { Alert, Card, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import type { Annotation } from '../../../electron/contract/api';
import { useHighlightColors, useTags } from '../workspace/use-workspace-data';
import { AnnotationEditModal } from './annotations/AnnotationEditModal';
import { AnnotationExportBar } from './annotations/AnnotationExportBar';
import { AnnotationFilters } from './annotations/AnnotationFilters';
import { AnnotationItem } from './annotations/AnnotationItem';
import { BulkTagBar } from './annotations/BulkTagBar';
import { useAnnotationList } from './annotations/use-annotation-list';
import { useDeleteAnnotation } from './annotations/use-delete-annotation';

export function AnnotationsPage() {
  const colors = useHighlightColors();
  const tags = useTags();
  const { filter, set, list, docOptions, reload: reloadList } = useAnnotationList();
  const [editing, setEditing] = useState<Annotation | null>(null);
  const reload = () => {
    reloadList();
    tags.reload();
  };
  const remove = useDeleteAnnotation(reload);
  const items = list.data?.items ?? [];

  return (
    <section className="page annotations-page">
      <Typography.Title level={2}>标注</Typography.Title>
      <Card size="small" className="filters no-print">
        <AnnotationFilters filter={filter} set={set} colors={colors.items} tags={tags.items} docOptions={docOptions} />
        <AnnotationExportBar filter={filter} />
        <BulkTagBar ids={items.map((a) => a.id)} onDone={reload} />
      </Card>
      {list.error && <Alert type="error" showIcon message={list.error} />}
      {list.data && (
        <Typography.Paragraph type="secondary" className="result-count">
          共 <b className="annotation-total">{list.data.total}</b> 条标注
          {list.data.orphaned > 0 && `，其中 ${list.data.orphaned} 条未定位`}
        </Typography.Paragraph>
      )}
      <List
        className="annotation-list"
        loading={list.loading}
        dataSource={items}
        locale={{ emptyText: <Empty description="还没有标注。在阅读时选中文字即可划线标注。" /> }}
        renderItem={(a) => (
          <AnnotationItem
            key={a.id}
            a={a}
            color={colors.byKey.get(a.color)}
            onEdit={() => setEditing(a)}
            onDelete={() => void remove(a)}
          />
        )}
      />
      <AnnotationEditModal
        editing={editing}
        colors={colors.items}
        tags={tags.items}
        onClose={() => setEditing(null)}
        onDelete={(a) => void remove(a)}
        onSaved={reload}
      />
    </section>
  );
}
