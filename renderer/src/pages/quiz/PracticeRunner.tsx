// Runs a list of questions one at a time: answer, see the verdict, go on (Enter). Each answer is
// graded and recorded by the core (FSRS for 每日练习, 错题本 for every mode).
import { App, Button, Progress, Result } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { QuizAnswerResult, QuizItem } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { QuestionView, type GivenAnswer } from './QuestionView';

interface Props {
  items: QuizItem[];
  mode: 'daily' | 'topic' | 'mistakes';
  onDone?: () => void;
  /** Called after each graded answer (e.g. so 每日练习 can refresh its counters). */
  onAnswered?: () => void;
  emptyText: string;
}

export function PracticeRunner({ items, mode, onDone, onAnswered, emptyText }: Props) {
  const { message } = App.useApp();
  const [index, setIndex] = useState(0);
  const [result, setResult] = useState<{ r: QuizAnswerResult; given: GivenAnswer } | null>(null);
  const [score, setScore] = useState(0);
  const shownAt = useRef(Date.now());
  const item = items[index];

  useEffect(() => {
    shownAt.current = Date.now();
  }, [index]);

  const next = () => {
    setResult(null);
    setIndex((i) => i + 1);
  };
  useEffect(() => {
    if (!result) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        next();
      }
    };
    // Delay so the Enter that submitted does not also skip the verdict.
    const t = setTimeout(() => window.addEventListener('keydown', onKey), 150);
    return () => {
      clearTimeout(t);
      window.removeEventListener('keydown', onKey);
    };
  }, [result]);

  if (items.length === 0) return <Result status="success" title={emptyText} />;
  if (!item) {
    return (
      <Result
        status="success"
        title="本组练习完成"
        subTitle={`共 ${items.length} 题，答对 ${score} 题`}
        extra={onDone && <Button onClick={onDone}>再来一组</Button>}
      />
    );
  }
  const submit = async (given: GivenAnswer) => {
    try {
      const r = await api.quizAnswer({ itemId: item.id, mode, ...given, durationMs: Date.now() - shownAt.current });
      setResult({ r, given });
      if (r.correct) setScore((s) => s + 1);
      onAnswered?.();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div className="quiz-runner">
      <Progress percent={Math.round((index / items.length) * 100)} format={() => `${index + 1} / ${items.length}`} />
      <QuestionView
        key={item.id}
        item={item}
        keyboard
        verdict={result ? { correct: result.r.correct, given: result.given } : null}
        onSubmit={submit}
      />
      {result && (
        <div className="quiz-actions no-print">
          <Button type="primary" onClick={next} autoFocus>
            {index + 1 < items.length ? '下一题' : '完成'}
          </Button>
          {result.r.mistake && !result.r.mistake.mastered && (
            <span className="quiz-hint">已记入错题本（连续答对 {result.r.mistake.streakRight}/3）</span>
          )}
          {result.r.mistake?.mastered && <span className="quiz-hint">已掌握，移出错题本</span>}
        </div>
      )}
    </div>
  );
}
