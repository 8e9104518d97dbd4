// What a question-bank import did: how many items came in, were already there or were refused,
// and why each refused item was refused (the first ten, and how many more there are).
import { Alert } from 'antd';
import type { QuizImportResult } from '../../../../electron/contract/api';

const SHOWN = 10;

interface Props {
  report: QuizImportResult & { name: string };
  onClose(): void;
}

export function BankImportReport({ report, onClose }: Props) {
  const { invalid } = report;
  return (
    <Alert
      className="quiz-import-report"
      closable
      onClose={onClose}
      type={invalid.length ? 'warning' : 'success'}
      showIcon
      message={`导入“${report.name}”：成功 ${report.imported} 题，重复 ${report.duplicates} 题，无效 ${invalid.length} 题`}
      description={
        invalid.length ? (
          <>
            {invalid.slice(0, SHOWN).map((i) => (
              <div key={i.index}>
                第 {i.index} 条：{i.reason}
              </div>
            ))}
            {invalid.length > SHOWN && (
              <div>另有 {invalid.length - SHOWN} 条无效，请按上面的提示修改原文件后重新导入。</div>
            )}
          </>
        ) : undefined
      }
    />
  );
}
