// Picks the questions of a 随堂测验 from the bank: search by text (a 提法 or any words of the stem
// or source sentence), filter by kind and by document, and preview the chosen questions with their
// answers before adding them. The bank lists study material only (historical documents opted out).
import { QUIZ_KINDS } from '../../../../electron/shared/enums';
import { Button, Input, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { QuizItem, QuizKind } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { useDebounced } from '../../hooks/use-debounced';
import { correctAnswerText, factPieces, letter } from '../quiz/quiz-text';

/** The question as a student sees it: the stem, or the sentence with its blanks. */
function questionText(i: QuizItem): string {
  if (i.kind !== '填空') return i.stem || i.fact;
  const shown = factPieces(i)
    .map((p) => ('text' in p ? p.text : '____'))
    .join('');
  return i.stem ? `${i.stem}${shown}` : shown;
}

function Preview({ items }: { items: QuizItem[] }) {
  if (!items.length) return null;
  return (
    <List
      size="small"
      className="quiz-picker-preview"
      header={<Typography.Text strong>预览（{items.length} 题）</Typography.Text>}
      dataSource={items}
      renderItem={(i, n) => (
        <List.Item>
          <div>
            <div>
              {n + 1}. ［{i.kind}］{questionText(i)}
            </div>
            {i.kind !== '填空' && (
              <div className="quiz-picker-options">{i.options.map((o, k) => `${letter(k)}. ${o}`).join('　')}</div>
            )}
            <Typography.Text type="secondary">答案：{correctAnswerText(i)}</Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}

export function QuizPicker({ onAdd }: { onAdd(ids: number[], title: string): Promise<void> }) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<QuizKind>();
  const [docId, setDocId] = useState<string>();
  const [picked, setPicked] = useState<QuizItem[]>([]);
  const [title, setTitle] = useState('随堂测验');
  const q = useDebounced(query, 250);
  const list = useApi(() => api.quizList({ query: q || undefined, kind, docId, limit: 50 }), [q, kind, docId]);
  const docs = useApi(() => api.listDocuments({ limit: 500 }), []);
  const byId = new Map([...picked, ...(list.data?.items ?? [])].map((i) => [i.id, i]));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input aria-label="测验标题" value={title} onChange={(e) => setTitle(e.target.value)} style={{ maxWidth: 320 }} />
      <Space wrap>
        <Select
          allowClear
          aria-label="题型"
          placeholder="题型"
          value={kind}
          onChange={setKind}
          style={{ width: 110 }}
          options={QUIZ_KINDS.map((k) => ({ value: k, label: k }))}
        />
        <Select
          allowClear
          showSearch
          aria-label="出处文献"
          placeholder="出处文献"
          value={docId}
          onChange={setDocId}
          optionFilterProp="label"
          style={{ width: 320 }}
          options={(docs.data?.items ?? []).map((d) => ({ value: d.id, label: d.title }))}
        />
      </Space>
      <Select
        mode="multiple"
        aria-label="选择测验题"
        placeholder="搜索题库（文字或提法）并选择题目（建议 5 题左右）"
        style={{ width: '100%' }}
        showSearch
        filterOption={false}
        onSearch={setQuery}
        value={picked.map((i) => i.id)}
        onChange={(ids: number[]) => setPicked(ids.map((id) => byId.get(id)).filter((i): i is QuizItem => !!i))}
        loading={list.loading}
        // Chosen questions stay among the options, so their labels show after a new search.
        options={[...byId.values()].map((i) => ({
          value: i.id,
          label: `［${i.kind}］${questionText(i)}`.slice(0, 80),
        }))}
      />
      <Preview items={picked} />
      <Button
        type="primary"
        disabled={picked.length === 0}
        onClick={() =>
          onAdd(
            picked.map((i) => i.id),
            title,
          ).then(() => setPicked([]))
        }
      >
        添加测验（{picked.length} 题）
      </Button>
    </Space>
  );
}
