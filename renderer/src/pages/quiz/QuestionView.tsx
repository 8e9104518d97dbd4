// One question: stem, options or blanks, and — once answered — the verdict, the right answer,
// the explanation and “查看原文”. Keys: 1–8 / A–H pick options, Enter submits.
import { Button, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { QuizItem } from '../../../../electron/contract/api';
import { ChoiceOptions } from './ChoiceOptions';
import { FactBlanks } from './FactBlanks';
import { QuestionVerdict } from './QuestionVerdict';
import { KIND_LABEL } from './quiz-text';
import { useQuestionKeys } from './use-question-keys';

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
  useQuestionKeys(keyboard && !done, { submit, pick });

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
      {item.kind === '填空' ? (
        <FactBlanks
          item={item}
          value={done ? given?.blanks : blanks}
          done={done}
          wrong={done && !verdict.correct}
          autoFocus={keyboard}
          onChange={(blank, text) => setBlanks((b) => b.map((x, j) => (j === blank ? text : x)))}
        />
      ) : (
        <ChoiceOptions
          item={item}
          value={done ? given?.choice : choice}
          done={done}
          onMulti={setChoice}
          onPick={pick}
        />
      )}
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
      {verdict && <QuestionVerdict item={item} correct={verdict.correct} />}
    </div>
  );
}
