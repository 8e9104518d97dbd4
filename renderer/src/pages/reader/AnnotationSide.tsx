// The side panel: the editor of the selected highlight, and every highlight of this document
// (click to jump), with a warning for highlights the changed text no longer places.
import { Alert, App, Empty, List, Tag, Typography } from 'antd';
import type { Annotation, HighlightColor, TagInfo } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { AnnotationEditor, editorKey } from '../../workspace/AnnotationEditor';
import { flash } from '../../workspace/selection';

export function AnnotationSide(props: {
  items: Annotation[];
  active: Annotation | null;
  colors: HighlightColor[];
  colorByKey: Map<string, HighlightColor>;
  tags: TagInfo[];
  onActivate(id: number | null): void;
  onDelete(a: Annotation): void;
  onSaved(): void;
}) {
  const { message } = App.useApp();
  const { items, active } = props;
  const orphans = items.filter((a) => a.orphaned);
  return (
    <aside className="reader-side no-print" aria-label="本文标注">
      {active && (
        <AnnotationEditor
          key={editorKey(active)}
          annotation={active}
          colors={props.colors}
          tags={props.tags}
          onClose={() => props.onActivate(null)}
          onDelete={() => props.onDelete(active)}
          onSave={(patch) =>
            void api.updateAnnotation({ id: active.id, ...patch }).then(
              () => (message.success('标注已保存'), props.onSaved()),
              (e: Error) => message.error(e.message),
            )
          }
        />
      )}
      <Typography.Title level={5} className="side-title">
        本文标注（{items.length}）
      </Typography.Title>
      <List
        size="small"
        className="side-annotations"
        dataSource={items}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="选中文字即可标注" /> }}
        renderItem={(a) => (
          <List.Item
            key={a.id}
            className={a.id === active?.id ? 'active' : ''}
            onClick={() => {
              props.onActivate(a.id);
              flash(document.querySelector(`mark.ann[data-ann-id="${a.id}"]`));
            }}
          >
            <div className="side-annotation">
              <span className="swatch" style={{ background: props.colorByKey.get(a.color)?.color }} />
              {a.orphaned && <Tag color="orange">未定位</Tag>}
              <span className="side-text">{a.text}</span>
              {a.note && <div className="side-note">{a.note}</div>}
              {a.tags.length > 0 && (
                <div>
                  {a.tags.map((t) => (
                    <Tag key={t}>{t}</Tag>
                  ))}
                </div>
              )}
            </div>
          </List.Item>
        )}
      />
      {orphans.length > 0 && (
        <Alert type="warning" showIcon message={`${orphans.length} 条标注因原文变动未能定位，已保留在列表中。`} />
      )}
    </aside>
  );
}
