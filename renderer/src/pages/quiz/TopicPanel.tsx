// 专题测验: a drill on one tag, document or question type.
import { QUIZ_KINDS } from '../../../../electron/shared/enums';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { QuizItem, QuizKind } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { PracticeRunner } from './PracticeRunner';

const TAGS = ['金句', '提法', '数据', '时间'];

export function TopicPanel() {
  const [tag, setTag] = useState<string | undefined>('金句');
  const [kind, setKind] = useState<QuizKind | undefined>();
  const [docId, setDocId] = useState('');
  const [items, setItems] = useState<QuizItem[] | null>(null);
  const [round, setRound] = useState(0);
  const start = async () => {
    const r = await api.quizTopic({ tag, kind, docId: docId.trim() || undefined, limit: 20 });
    setItems(r.items);
    setRound((x) => x + 1);
  };
  return (
    <div className="quiz-panel">
      <Space wrap className="no-print quiz-filters">
        <Select
          allowClear
          showSearch
          placeholder="标签"
          style={{ width: 160 }}
          value={tag}
          onChange={setTag}
          options={TAGS.map((t) => ({ value: t, label: t }))}
          aria-label="标签"
        />
        <Select
          allowClear
          placeholder="题型"
          style={{ width: 120 }}
          value={kind}
          onChange={setKind}
          options={QUIZ_KINDS.map((k) => ({ value: k, label: k }))}
          aria-label="题型"
        />
        <Input
          placeholder="文档 ID（可选）"
          style={{ width: 220 }}
          value={docId}
          onChange={(e) => setDocId(e.target.value)}
          aria-label="文档"
        />
        <Button type="primary" onClick={start}>
          开始专题测验
        </Button>
      </Space>
      {items && <PracticeRunner key={round} items={items} mode="topic" emptyText="没有符合条件的题目" onDone={start} />}
    </div>
  );
}
