// The check of one pasted sentence: 已核对 / 有出入 / 未找到, the source with differences marked,
// later documents citing the same words, or the closest passages when nothing matched.
import { Card, Space, Tag, Typography } from 'antd';
import type { SentenceCheck } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';
import { docLabel } from '../compare/labels';
import { MatchCard } from './MatchCard';

const COLOR = { 已核对: 'green', 有出入: 'orange', 未找到: 'red' } as const;

export function SentenceResult({ s, index }: { s: SentenceCheck; index: number }) {
  return (
    <Card
      size="small"
      className={`verify-sentence verify-${s.verdict}`}
      title={
        <Space>
          <Tag color={COLOR[s.verdict]} className="verify-verdict">
            {s.verdict}
          </Tag>
          <Typography.Text className="verify-pasted">
            {index + 1}. {s.text}
          </Typography.Text>
        </Space>
      }
    >
      {s.match && <MatchCard m={s.match} showDiff={s.verdict === '有出入'} />}
      {s.alsoIn.length > 0 && (
        <Typography.Paragraph type="secondary" className="verify-also">
          又见于：
          {s.alsoIn.map((p, i) => (
            <a key={p.docId} href={routeHref('reader', { id: p.docId, p: p.paragraph })}>
              {i ? '、' : ''}
              {docLabel(p)}
            </a>
          ))}
        </Typography.Paragraph>
      )}
      {s.verdict === '未找到' && (
        <>
          <Typography.Paragraph strong className="verify-none">
            书库中未找到出处
          </Typography.Paragraph>
          {s.closest.length > 0 && <Typography.Text type="secondary">最接近的段落：</Typography.Text>}
          {s.closest.map((m) => (
            <MatchCard key={`${m.docId}-${m.paragraph}`} m={m} showDiff />
          ))}
        </>
      )}
    </Card>
  );
}
