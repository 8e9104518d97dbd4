// Edits one annotation: colour, note and tags; delete with undo (handled by the caller).
// State is initialised once: callers key it by the annotation's saved content (editorKey), so a
// list reload never wipes what the user is typing, but a saved change elsewhere is shown.
import { Button, Card, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Annotation, HighlightColor, TagInfo } from '../../../electron/contract/api';
import { TagSelect } from './TagSelect';
import { colorOptions } from './color-options';

export function AnnotationEditor(props: {
  annotation: Annotation;
  colors: HighlightColor[];
  tags: TagInfo[];
  onSave(patch: { color: string; note: string; tags: string[] }): void;
  onDelete(): void;
  onClose(): void;
}) {
  const a = props.annotation;
  const [color, setColor] = useState(a.color);
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState(a.tags);
  return (
    <Card
      size="small"
      className="annotation-editor no-print"
      title="编辑标注"
      extra={
        <Button size="small" type="text" onClick={props.onClose} aria-label="关闭编辑">
          关闭
        </Button>
      }
    >
      <Typography.Paragraph className="annotation-quote" ellipsis={{ rows: 3 }}>
        “{a.text}”
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          aria-label="标注颜色"
          value={color}
          onChange={setColor}
          style={{ width: '100%' }}
          options={colorOptions(props.colors)}
        />
        <Input.TextArea
          aria-label="批注"
          placeholder="批注（可选）"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 8 }}
        />
        <TagSelect value={tags} onChange={setTags} tags={props.tags} ariaLabel="标注标签" />
        <Space>
          <Button type="primary" onClick={() => props.onSave({ color, note, tags })}>
            保存
          </Button>
          <Button danger onClick={props.onDelete}>
            删除
          </Button>
        </Space>
      </Space>
    </Card>
  );
}

/** React key for an editor: changes only when the saved annotation itself changes. */
export const editorKey = (a: Annotation) => `${a.id}|${a.updatedAt}|${a.color}|${a.tags.join('/')}`;
