// What an import did, per file: 已导入 / 已在书库中 / 错误, the message (a duplicate names the
// document it matches, once) and 打开 links; a summary line on top; kept until 清除.
import { Alert, Button, List, Tag } from 'antd';
import type { ImportFileResult } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';
import { ImportResultDetails } from './ImportResultDetails';

// A .jsonl of hundreds of articles would otherwise put hundreds of links on one line.
const LINKS_SHOWN = 5;

const LABEL = {
  imported: { text: '新增', color: 'green' },
  duplicate: { text: '已在书库中', color: 'gold' },
  error: { text: '未导入', color: 'red' },
} as const;

function summary(results: ImportFileResult[]): string {
  const n = (s: ImportFileResult['status']) => results.filter((r) => r.status === s).length;
  const [imported, dup, bad] = [n('imported'), n('duplicate'), n('error')];
  if (dup === results.length)
    return `${dup} 个文件的内容书库中已经有了（多为内置书库已收录的文献），没有重复导入。点“打开”即可阅读。`;
  const parts = [`新导入 ${imported} 个文件`];
  if (dup) parts.push(`${dup} 个已在书库中`);
  if (bad) parts.push(`${bad} 个未能导入（原因见下）`);
  return `导入完成：${parts.join('，')}。`;
}

export function ImportResults({ results, onDismiss }: { results: ImportFileResult[]; onDismiss(): void }) {
  const bad = results.some((r) => r.status === 'error');
  return (
    <div className="import-summary">
      <Alert
        type={bad ? 'warning' : 'success'}
        showIcon
        message={summary(results)}
        action={
          <Button size="small" onClick={onDismiss}>
            清除结果
          </Button>
        }
      />
      <List
        size="small"
        className="import-results"
        dataSource={results}
        renderItem={(r) => (
          <List.Item>
            <div className="import-line">
              <Tag color={LABEL[r.status].color}>{LABEL[r.status].text}</Tag>
              <span className="import-file">{r.name}</span>
              <span className="import-message">{r.message}</span>
              {r.docIds.slice(0, LINKS_SHOWN).map((id, i) => (
                <a key={id} href={routeHref('reader', { id })}>
                  打开{r.docIds.length > 1 ? ` ${i + 1}` : ''}
                </a>
              ))}
              {r.docIds.length > LINKS_SHOWN && (
                <span className="import-more">等 {r.docIds.length} 篇，均已列入下方书库</span>
              )}
            </div>
            <ImportResultDetails result={r} />
          </List.Item>
        )}
      />
    </div>
  );
}
