// One agenda row: its drag handle, number, kind, text (editable for text items), 出处 and the
// 上移/下移/移除 actions; Alt+↑ / Alt+↓ move a focused row.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { SessionItem } from '../../../../electron/contract/api';
import { ITEM_KIND_COLOR, ITEM_KIND_LABEL } from './labels';

function summary(item: SessionItem): string {
  if (item.kind === 'document') return `《${item.content}》`;
  if (item.kind === 'quiz') return `${item.content}（${item.quiz.length} 题）`;
  return item.content;
}

export function AgendaRow({
  item,
  index,
  count,
  move,
  onRemove,
  onEdit,
}: {
  item: SessionItem;
  index: number;
  count: number;
  move(from: number, to: number): void;
  onRemove(id: number): void;
  onEdit(id: number, content: string): void;
}) {
  // Documents and quizzes are edited at their source; text items can be trimmed or reworded here.
  const editable = item.kind !== 'document' && item.kind !== 'quiz';
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.target as HTMLElement).closest('textarea, input')) return;
    if (e.key === 'ArrowUp' && index > 0) {
      e.preventDefault();
      move(index, index - 1);
    } else if (e.key === 'ArrowDown' && index < count - 1) {
      e.preventDefault();
      move(index, index + 1);
    }
  };
  return (
    <li
      ref={setNodeRef}
      className={`agenda-row${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      tabIndex={0}
      onKeyDown={onKey}
      aria-label={`第${index + 1}项 ${ITEM_KIND_LABEL[item.kind]}`}
      data-item-id={item.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="agenda-handle"
        aria-label="拖动排序"
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <span className="agenda-no">{index + 1}</span>
      <div className="agenda-body">
        <Tag color={ITEM_KIND_COLOR[item.kind]}>{ITEM_KIND_LABEL[item.kind]}</Tag>
        <Typography.Text
          className="agenda-text"
          editable={
            editable
              ? { tooltip: '编辑文字', onChange: (v) => v.trim() && v !== item.content && onEdit(item.id, v.trim()) }
              : false
          }
        >
          {summary(item)}
        </Typography.Text>
        {item.citation && <div className="agenda-citation">出处：{item.citation}</div>}
        {item.kind === 'quiz' && (
          <ol className="agenda-quiz">
            {item.quiz.map((q) => (
              <li key={q.id}>{q.stem || q.fact}</li>
            ))}
          </ol>
        )}
      </div>
      <Space size={4} className="agenda-actions">
        <Button
          size="small"
          aria-label="上移"
          title="上移（Alt+↑）"
          disabled={index === 0}
          onClick={() => move(index, index - 1)}
        >
          ↑
        </Button>
        <Button
          size="small"
          aria-label="下移"
          title="下移（Alt+↓）"
          disabled={index === count - 1}
          onClick={() => move(index, index + 1)}
        >
          ↓
        </Button>
        <Popconfirm title="从议程中移除这一项？" okText="移除" cancelText="取消" onConfirm={() => onRemove(item.id)}>
          <Button size="small" danger aria-label="移除">
            移除
          </Button>
        </Popconfirm>
      </Space>
    </li>
  );
}
