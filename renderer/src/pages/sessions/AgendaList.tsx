// The ordered agenda: drag a row by its handle (mouse, touch, or keyboard via dnd-kit) or use the
// 上移/下移 buttons of each row (AgendaRow).
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
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Empty } from 'antd';
import type { SessionItem } from '../../../../electron/contract/api';
import { AgendaRow } from './AgendaRow';

interface Props {
  items: SessionItem[];
  onReorder(ids: number[]): void;
  onRemove(id: number): void;
  onEdit(id: number, content: string): void;
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
            <AgendaRow
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
