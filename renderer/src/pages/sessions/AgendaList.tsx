// The ordered agenda: drag a row by its handle (mouse, touch, or keyboard via dnd-kit) or use the
// 上移/下移 buttons (Alt+↑ / Alt+↓ on a focused row). Each row shows its kind, text and 出处.
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { SessionItem } from '../../../../electron/contract/api';
import { ITEM_KIND_COLOR, ITEM_KIND_LABEL } from './labels';

interface Props {
  items: SessionItem[];
  onReorder(ids: number[]): void;
  onRemove(id: number): void;
  onEdit(id: number, content: string): void;
}

function summary(item: SessionItem): string {
  if (item.kind === 'document') return `《${item.content}》`;
  if (item.kind === 'quiz') return `${item.content}（${item.quiz.length} 题）`;
  return item.content;
}

function Row({
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

export function AgendaList({ items, onReorder, onRemove, onEdit }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((i) => i.id);
  const move = (from: number, to: number) => onReorder(arrayMove(ids, from, to));
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    move(ids.indexOf(Number(e.active.id)), ids.indexOf(Number(e.over.id)));
  };
  if (items.length === 0)
    return <Empty description="议程为空：从下方或“推荐材料”中添加，或在搜索、金句页点击“加入学习专题”。" />;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="agenda-list" aria-label="议程">
          {items.map((item, i) => (
            <Row
              key={item.id}
              item={item}
              index={i}
              count={items.length}
              move={move}
              onRemove={onRemove}
              onEdit={onEdit}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
