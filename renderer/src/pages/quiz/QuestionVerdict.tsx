// After grading: 回答正确/错误, the right answer when wrong, the explanation, the source sentence
// and “查看原文”.
import { Alert } from 'antd';
import type { QuizItem } from '../../../../electron/contract/api';
import { correctAnswerText, sourceHref } from './quiz-text';

export function QuestionVerdict({ item, correct }: { item: QuizItem; correct: boolean }) {
  const href = sourceHref(item);
  return (
    <Alert
      className="quiz-verdict"
      type={correct ? 'success' : 'error'}
      showIcon
      message={correct ? '回答正确' : '回答错误'}
      description={
        <div>
          {!correct && <div>正确答案：{correctAnswerText(item)}</div>}
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
  );
}
