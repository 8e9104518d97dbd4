// One row of the 标注 list: colour, highlighted text, note, tags and a link to the passage,
// with edit, delete, 加入学习专题 and 出题 actions.
import { Button, List, Space, Tag, Typography } from 'antd';
import type { Annotation, HighlightColor } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';
import { AnnotationQuestionButton } from '../quiz/AnnotationQuestion';
import { AddToSessionButton } from '../sessions/AddToSessionButton';

export function AnnotationItem(props: {
  a: Annotation;
  color: HighlightColor | undefined;
  onEdit(): void;
  onDelete(): void;
}) {
  const { a, color: c } = props;
  return (
    <List.Item
      className="annotation-item"
      actions={[
        <Button key="edit" size="small" type="link" className="no-print" onClick={props.onEdit}>
          编辑
        </Button>,
        <Button key="del" size="small" type="link" danger className="no-print" onClick={props.onDelete}>
          删除
        </Button>,
        <AddToSessionButton key="session" item={{ kind: 'excerpt', annotationId: a.id }} />,
        <AnnotationQuestionButton key="quiz" a={a} />,
      ]}
    >
      <div className="annotation-body">
        <div>
          <span className="swatch" style={{ background: c?.color }} />
          <Typography.Text type="secondary">{c?.label}</Typography.Text>
          {a.orphaned && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              未定位
            </Tag>
          )}
        </div>
        <blockquote className="annotation-text" style={{ borderColor: c?.color }}>
          {a.text}
        </blockquote>
        {a.note && <p className="annotation-note">{a.note}</p>}
        <Space wrap size={4}>
          {a.tags.map((t) => (
            <Tag key={t}>{t}</Tag>
          ))}
          <a className="annotation-source" href={routeHref('reader', { id: a.docId, a: a.id })}>
            {a.citation || a.docTitle || a.docId}
            {!a.orphaned && ` 第${a.paragraph + 1}段`}
          </a>
        </Space>
      </div>
    </List.Item>
  );
}
