// 模拟考试: N random questions on one page with a countdown; on hand-in (or when time is up)
// every answer is graded, the score shown, and each question reviewed with its answer.
import { App, Button, InputNumber, Result, Space, Statistic } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { QuizItem } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { ExportButtons } from './ExportButtons';
import { QuestionView, type GivenAnswer } from './QuestionView';

export function ExamPanel() {
  const { message } = App.useApp();
  const [count, setCount] = useState(10);
  const [minutes, setMinutes] = useState(10);
  const [items, setItems] = useState<QuizItem[] | null>(null);
  const [deadline, setDeadline] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [graded, setGraded] = useState<Map<number, boolean> | null>(null);
  const answers = useRef(new Map<number, GivenAnswer>());
  const startedAt = useRef(0);

  const start = async () => {
    const r = await api.quizExam({ count });
    answers.current = new Map();
    setGraded(null);
    setItems(r.items);
    startedAt.current = Date.now();
    setDeadline(Date.now() + minutes * 60_000);
  };
  const handIn = async () => {
    if (!items || graded) return;
    const per = Math.round((Date.now() - startedAt.current) / Math.max(1, items.length));
    const out = new Map<number, boolean>();
    try {
      for (const item of items) {
        const a = answers.current.get(item.id) ?? {};
        const r = await api.quizAnswer({ itemId: item.id, mode: 'exam', ...a, durationMs: per });
        out.set(item.id, r.correct);
      }
      setGraded(out);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  useEffect(() => {
    if (!items || graded) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [items, graded]);
  useEffect(() => {
    if (items && !graded && deadline && now >= deadline) void handIn();
  });

  const left = Math.max(0, deadline - now);
  const right = graded ? [...graded.values()].filter(Boolean).length : 0;
  return (
    <div className="quiz-panel">
      <Space wrap className="no-print quiz-filters">
        <label>
          题数 <InputNumber aria-label="题数" min={1} max={100} value={count} onChange={(v) => v && setCount(v)} />
        </label>
        <label>
          时间（分钟）{' '}
          <InputNumber aria-label="考试时间" min={1} max={180} value={minutes} onChange={(v) => v && setMinutes(v)} />
        </label>
        <Button type="primary" onClick={start}>
          开始模拟考试
        </Button>
        {items && items.length > 0 && <ExportButtons ids={items.map((i) => i.id)} title="模拟考试" />}
      </Space>
      {items && !graded && (
        <div className="quiz-exam-bar no-print">
          <Statistic.Timer type="countdown" title="剩余时间" value={deadline} format="mm:ss" />
          <Button type="primary" danger onClick={handIn}>
            交卷
          </Button>
        </div>
      )}
      {graded && items && (
        <Result
          status={right / items.length >= 0.6 ? 'success' : 'warning'}
          title={`得分：${Math.round((right / items.length) * 100)} 分`}
          subTitle={`共 ${items.length} 题，答对 ${right} 题${left === 0 ? '（时间到，已自动交卷）' : ''}`}
        />
      )}
      {items?.map((item, i) => (
        <QuestionView
          key={item.id}
          item={item}
          number={i + 1}
          onChange={(a) => answers.current.set(item.id, a)}
          verdict={graded ? { correct: graded.get(item.id) ?? false, given: answers.current.get(item.id) ?? {} } : null}
        />
      ))}
    </div>
  );
}
