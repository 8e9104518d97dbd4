// One question: stem, options or blanks, and — once answered — the verdict, the right answer,
// the explanation and “查看原文”. Keys: 1–8 / A–H pick options, Enter submits.
import { Alert, Button, Checkbox, Input, Radio, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { QuizItem } from '../../../../electron/contract/api';
import { correctAnswerText, factPieces, KIND_LABEL, letter, sourceHref } from './quiz-text';

export interface GivenAnswer {
  choice?: number[];
  blanks?: string[];
}

interface Props {
  item: QuizItem;
  number?: number;
  /** Set after grading: shows the verdict and the answer. */
  verdict?: { correct: boolean; given: GivenAnswer } | null;
  onSubmit?: (a: GivenAnswer) => void;
  /** Exam mode: report changes instead of submitting one by one. */
  onChange?: (a: GivenAnswer) => void;
  /** Whether this view owns the keyboard (only the current question should). */
  keyboard?: boolean;
  submitLabel?: string;
}

export function QuestionView({
  item,
  number,
  verdict,
  onSubmit,
  onChange,
  keyboard = false,
  submitLabel = '提交答案',
}: Props) {
  const [choice, setChoice] = useState<number[]>([]);
  const [blanks, setBlanks] = useState<string[]>(() => item.blanks.map(() => ''));
  const firstBlank = useRef<HTMLInputElement | null>(null);
  const done = !!verdict;
  const multi = item.kind === '多选';

  useEffect(() => {
    setChoice([]);
    setBlanks(item.blanks.map(() => ''));
  }, [item.id, item.blanks]);

  const answer: GivenAnswer = item.kind === '填空' ? { blanks } : { choice };
  useEffect(() => {
    onChange?.(answer);
  }, [choice, blanks]); // eslint-disable-line react-hooks/exhaustive-deps

  const pick = (i: number) => {
    if (done || i >= item.options.length) return;
    setChoice((c) => (multi ? (c.includes(i) ? c.filter((x) => x !== i) : [...c, i].sort()) : [i]));
  };
  const canSubmit = item.kind === '填空' ? blanks.some((b) => b.trim()) : choice.length > 0;
  const submit = () => canSubmit && !done && onSubmit?.(answer);

  useEffect(() => {
    if (!keyboard || done) return;
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as HTMLElement | null)?.tagName === 'INPUT';
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault();
        submit();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      const n = /^[1-8]$/.test(e.key)
        ? Number(e.key) - 1
        : /^[a-h]$/i.test(e.key)
          ? e.key.toUpperCase().charCodeAt(0) - 65
          : -1;
      if (n >= 0) pick(n);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const href = sourceHref(item);
  const stemLines = item.stem.split('\n').filter((l) => l.trim());
  const given = verdict?.given;
  return (
    <div className="quiz-question" data-item-id={item.id} data-kind={item.kind}>
      <div className="quiz-question-head">
        {number !== undefined && <span className="quiz-number">{number}.</span>}
        <Tag color="red">{KIND_LABEL[item.kind]}</Tag>
        {item.tags.slice(0, 3).map((t) => (
          <Tag key={t}>{t}</Tag>
        ))}
      </div>
      {stemLines.map((l, i) => (
        <p key={i} className="quiz-stem">
          {l}
        </p>
      ))}
      {item.kind === '填空' && (
        <p className="quiz-fact">
          {factPieces(item).map((p, i) =>
            'text' in p ? (
              <span key={i}>{p.text}</span>
            ) : (
              <Input
                key={i}
                ref={(el) => {
                  if (p.blank === 0) firstBlank.current = el?.input ?? null;
                }}
                className="quiz-blank"
                aria-label={`第${p.blank + 1}空`}
                style={{ width: `${Math.max(4, p.answer.length + 2)}em` }}
                value={done ? (given?.blanks?.[p.blank] ?? '') : blanks[p.blank]}
                disabled={done}
                status={done && !verdict?.correct ? 'error' : undefined}
                autoFocus={keyboard && p.blank === 0}
                onChange={(e) => setBlanks((b) => b.map((x, j) => (j === p.blank ? e.target.value : x)))}
              />
            ),
          )}
        </p>
      )}
      {item.kind !== '填空' &&
        (multi ? (
          <Checkbox.Group
            className="quiz-options"
            value={done ? given?.choice : choice}
            disabled={done}
            onChange={(v) => setChoice((v as number[]).sort())}
          >
            <Space direction="vertical">
              {item.options.map((o, i) => (
                <Checkbox
                  key={i}
                  value={i}
                  className={done && item.correct.includes(i) ? 'quiz-right-option' : undefined}
                >
                  {letter(i)}. {o}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        ) : (
          <Radio.Group
            className="quiz-options"
            value={(done ? given?.choice : choice)?.[0]}
            disabled={done}
            onChange={(e) => pick(e.target.value as number)}
          >
            <Space direction="vertical">
              {item.options.map((o, i) => (
                <Radio key={i} value={i} className={done && item.correct.includes(i) ? 'quiz-right-option' : undefined}>
                  {letter(i)}. {o}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        ))}
      {onSubmit && !done && (
        <div className="quiz-actions no-print">
          <Button type="primary" onClick={submit} disabled={!canSubmit}>
            {submitLabel}
          </Button>
          <span className="quiz-hint">
            {item.kind === '填空' ? '按 Enter 提交' : `按数字键 1–${item.options.length} 选择，Enter 提交`}
          </span>
        </div>
      )}
      {verdict && (
        <Alert
          className="quiz-verdict"
          type={verdict.correct ? 'success' : 'error'}
          showIcon
          message={verdict.correct ? '回答正确' : '回答错误'}
          description={
            <div>
              {!verdict.correct && <div>正确答案：{correctAnswerText(item)}</div>}
              {item.explanation && <div>解析：{item.explanation}</div>}
              {item.kind !== '填空' && item.fact && <div className="quiz-source-fact">原文：{item.fact}</div>}
              {href && (
                <a href={href} className="quiz-source-link">
                  查看原文{item.sourceTitle ? `《${item.sourceTitle}》` : ''}
                </a>
              )}
            </div>
          }
        />
      )}
    </div>
  );
}
