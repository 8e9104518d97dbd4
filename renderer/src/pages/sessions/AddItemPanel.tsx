// Adds the items a leader writes or picks here: 研讨题, 备注, and a 随堂测验 of questions from
// the quiz bank (QuizPicker.tsx).
import { Button, Card, Input, Space, Tabs } from 'antd';
import { useState } from 'react';
import type { ApiArgs } from '../../../../electron/contract/api';
import { QuizPicker } from './QuizPicker';

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
