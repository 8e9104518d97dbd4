// One quiz-show question on the projector: the question and options, a countdown (30 s, can be
// restarted), 揭晓答案, and team scores (+1/−1) kept by the parent across questions.
import { useEffect, useState } from 'react';
import type { QuizItem } from '../../../../electron/contract/api';
import { blankedFact, letter, printQuestion } from '../../../../electron/shared/quiz-paper';

const SECONDS = 30;
const TEAMS = ['第一组', '第二组', '第三组'];

export function QuizSlide({
  number,
  total,
  item,
  scores,
  setScores,
}: {
  number: number;
  total: number;
  item: QuizItem;
  scores: number[];
  setScores(f: (s: number[]) => number[]): void;
}) {
  const [left, setLeft] = useState(SECONDS);
  const [running, setRunning] = useState(true);
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    if (!running || left <= 0) return;
    const t = setTimeout(() => setLeft((l) => l - 1), 1000);
    return () => clearTimeout(t);
  }, [running, left]);
  const printed = printQuestion(item, number);
  const text = item.kind === '填空' ? blankedFact(item) : item.stem;
  return (
    <div className="slide-quiz">
      <div className="slide-label">
        随堂测验　第 {number} / {total} 题（{item.kind}）
      </div>
      <h2>{text}</h2>
      {item.kind !== '填空' && (
        <ol className="quiz-options">
          {item.options.map((o, i) => (
            <li key={i} className={revealed && item.correct.includes(i) ? 'correct' : ''}>
              {letter(i)}. {o}
            </li>
          ))}
        </ol>
      )}
      <div className="quiz-controls">
        <span className={`quiz-countdown${left === 0 ? ' done' : ''}`} aria-label="倒计时">
          {left === 0 ? '时间到' : `${left} 秒`}
        </span>
        <button
          type="button"
          onClick={() => {
            setLeft(SECONDS);
            setRunning(true);
          }}
        >
          重新计时
        </button>
        <button
          type="button"
          onClick={() => {
            setRevealed(true);
            setRunning(false);
          }}
        >
          揭晓答案
        </button>
      </div>
      {revealed && (
        <div className="quiz-answer" role="status">
          答案：{printed.answer}
          {printed.source && <span className="quiz-source">　出处：{printed.source}</span>}
        </div>
      )}
      <div className="quiz-teams" aria-label="小组得分">
        {TEAMS.map((t, i) => (
          <div key={t} className="quiz-team">
            <span>{t}</span>
            <button
              type="button"
              aria-label={`${t}减分`}
              onClick={() => setScores((s) => s.map((v, j) => (j === i ? v - 1 : v)))}
            >
              −
            </button>
            <strong data-testid={`score-${i}`}>{scores[i] ?? 0}</strong>
            <button
              type="button"
              aria-label={`${t}加分`}
              onClick={() => setScores((s) => s.map((v, j) => (j === i ? v + 1 : v)))}
            >
              ＋
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
