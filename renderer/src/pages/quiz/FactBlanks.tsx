// A 填空 question's fact with an input in each blank; once graded it shows what the user wrote.
import { Input } from 'antd';
import type { QuizItem } from '../../../../electron/contract/api';
import { factPieces } from './quiz-text';

export function FactBlanks(props: {
  item: QuizItem;
  /** What the inputs show: the typed blanks, or the graded answer. */
  value: string[] | undefined;
  done: boolean;
  wrong: boolean;
  autoFocus: boolean;
  onChange(blank: number, text: string): void;
}) {
  return (
    <p className="quiz-fact">
      {factPieces(props.item).map((p, i) =>
        'text' in p ? (
          <span key={i}>{p.text}</span>
        ) : (
          <Input
            key={i}
            className="quiz-blank"
            aria-label={`第${p.blank + 1}空`}
            style={{ width: `${Math.max(4, p.answer.length + 2)}em` }}
            value={props.done ? (props.value?.[p.blank] ?? '') : props.value?.[p.blank]}
            disabled={props.done}
            status={props.wrong ? 'error' : undefined}
            autoFocus={props.autoFocus && p.blank === 0}
            onChange={(e) => props.onChange(p.blank, e.target.value)}
          />
        ),
      )}
    </p>
  );
}
