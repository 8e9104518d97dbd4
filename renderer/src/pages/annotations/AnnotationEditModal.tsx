// The 标注 page's edit dialog: the shared AnnotationEditor in a modal; saving reports and reloads.
import { App, Modal } from 'antd';
import type { Annotation, HighlightColor, TagInfo } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { AnnotationEditor, editorKey } from '../../workspace/AnnotationEditor';

export function AnnotationEditModal(props: {
  editing: Annotation | null;
  colors: HighlightColor[];
  tags: TagInfo[];
  onClose(): void;
  onDelete(a: Annotation): void;
  onSaved(): void;
}) {
  const { message } = App.useApp();
  const { editing, onClose } = props;
  return (
    <Modal open={editing !== null} footer={null} onCancel={onClose} title={null} closable={false} destroyOnHidden>
      {editing && (
        <AnnotationEditor
          key={editorKey(editing)}
          annotation={editing}
          colors={props.colors}
          tags={props.tags}
          onClose={onClose}
          onDelete={() => {
            props.onDelete(editing);
            onClose();
          }}
          onSave={(patch) =>
            void api.updateAnnotation({ id: editing.id, ...patch }).then(() => {
              onClose();
              message.success('标注已保存');
              props.onSaved();
            })
          }
        />
      )}
    </Modal>
  );
}
