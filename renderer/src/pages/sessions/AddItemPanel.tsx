// Adds the items a leader writes or picks here: 研讨题, 备注, and a 随堂测验 of questions from
// the quiz bank (searchable by text).
import { Button, Card, Input, Select, Space, Tabs } from 'antd';
import { useState } from 'react';
import type { ApiArgs } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { useDebounced } from '../../hooks/use-debounced';

type NewItem = Omit<ApiArgs<'addSessionItem'>, 'sessionId'>;

function TextAdder({
  label,
  placeholder,
  onAdd,
}: {
  label: string;
  placeholder: string;
  onAdd(text: string): Promise<void>;
}) {
  const [text, setText] = useState('');
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        aria-label={label}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => text.trim() && onAdd(text).then(() => setText(''))}
      />
      <Button type="primary" disabled={!text.trim()} onClick={() => onAdd(text).then(() => setText(''))}>
        添加{label}
      </Button>
    </Space.Compact>
  );
}

function QuizPicker({ onAdd }: { onAdd(ids: number[], title: string): Promise<void> }) {
  const [query, setQuery] = useState('');
  const [ids, setIds] = useState<number[]>([]);
  const [title, setTitle] = useState('随堂测验');
  const q = useDebounced(query, 250);
  const list = useApi(() => api.quizList({ query: q || undefined, limit: 50 }), [q]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input aria-label="测验标题" value={title} onChange={(e) => setTitle(e.target.value)} style={{ maxWidth: 320 }} />
      <Select
        mode="multiple"
        aria-label="选择测验题"
        placeholder="搜索题库并选择题目（建议 5 题左右）"
        style={{ width: '100%' }}
        showSearch
        filterOption={false}
        onSearch={setQuery}
        value={ids}
        onChange={setIds}
        loading={list.loading}
        options={(list.data?.items ?? []).map((i) => ({
          value: i.id,
          label: `［${i.kind}］${i.stem || i.fact}`.slice(0, 80),
        }))}
      />
      <Button type="primary" disabled={ids.length === 0} onClick={() => onAdd(ids, title).then(() => setIds([]))}>
        添加测验（{ids.length} 题）
      </Button>
    </Space>
  );
}

export function AddItemPanel({ onAdd }: { onAdd(item: NewItem): Promise<void> }) {
  return (
    <Card size="small" title="添加议程项" className="no-print">
      <Tabs
        size="small"
        items={[
          {
            key: 'question',
            label: '研讨题',
            children: (
              <TextAdder
                label="研讨题"
                placeholder="例如：结合本职工作，谈谈如何把学习成果转化为工作成效？"
                onAdd={(text) => onAdd({ kind: 'question', text })}
              />
            ),
          },
          {
            key: 'quiz',
            label: '随堂测验',
            children: <QuizPicker onAdd={(quizItemIds, text) => onAdd({ kind: 'quiz', quizItemIds, text })} />,
          },
          {
            key: 'note',
            label: '备注',
            children: (
              <TextAdder
                label="备注"
                placeholder="例如：会前请通读以下材料"
                onAdd={(text) => onAdd({ kind: 'note', text })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
