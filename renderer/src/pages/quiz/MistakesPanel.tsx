// 错题本: every wrong answer with what was answered; re-practise until three right in a row.
import { Alert, Button, Empty, List, Space, Tag } from 'antd';
import { useState } from 'react';
import type { QuizItem } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { PracticeRunner } from './PracticeRunner';
import { correctAnswerText, sourceHref } from './quiz-text';

export function MistakesPanel() {
  const [round, setRound] = useState(0);
  const [practice, setPractice] = useState<QuizItem[] | null>(null);
  const list = useApi(() => api.quizMistakes({}), [round]);
  if (practice) {
    return (
      <div className="quiz-panel">
        <Button className="no-print" onClick={() => (setPractice(null), setRound((r) => r + 1))}>
          返回错题本
        </Button>
        <PracticeRunner
          items={practice}
          mode="mistakes"
          emptyText="没有错题"
          onDone={() => (setPractice(null), setRound((r) => r + 1))}
        />
      </div>
    );
  }
  const items = list.data?.items ?? [];
  return (
    <div className="quiz-panel">
      {list.error && <Alert type="error" showIcon message={list.error} />}
      <Space className="no-print quiz-filters">
        <Button type="primary" disabled={items.length === 0} onClick={() => setPractice(items.map((m) => m.item))}>
          重做全部错题（{items.length}）
        </Button>
      </Space>
      <List
        className="quiz-mistakes"
        loading={list.loading}
        dataSource={items}
        locale={{ emptyText: <Empty description="错题本是空的" /> }}
        renderItem={(m) => {
          const href = sourceHref(m.item);
          return (
            <List.Item
              key={m.item.id}
              data-item-id={m.item.id}
              actions={[
                <Button key="redo" size="small" onClick={() => setPractice([m.item])}>
                  重做
                </Button>,
                href ? (
                  <a key="src" href={href}>
                    查看原文
                  </a>
                ) : null,
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    <Tag color="red">{m.item.kind}</Tag>
                    {m.item.stem.split('\n')[0] || m.item.fact}
                  </span>
                }
                description={
                  <div>
                    {m.item.kind === '填空' && <div>{m.item.fact}</div>}
                    <div className="quiz-wrong-answer">你的答案：{m.lastAnswer}</div>
                    <div>正确答案：{correctAnswerText(m.item)}</div>
                    <div>
                      答错 {m.wrongCount} 次 · 连续答对 {m.streakRight}/3
                    </div>
                  </div>
                }
              />
            </List.Item>
          );
        }}
      />
    </div>
  );
}
