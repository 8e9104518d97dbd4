// One library passage found for a quotation: the comparison with the pasted text, the passage in
// its paragraph, who said it and when, the 出处 line with a copy button, and actions.
import { App, Button, Space, Tag, Typography } from 'antd';
import type { VerifyMatch } from '../../../../electron/contract/api';
import { Highlighted } from '../../highlight';
import { routeHref } from '../../hooks/use-hash-route';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { VerifyParts } from './VerifyParts';

export function MatchCard({ m, showDiff }: { m: VerifyMatch; showDiff: boolean }) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(m.citation);
      message.success('已复制出处');
    } catch {
      message.error('无法访问剪贴板，请手动选中出处复制。');
    }
  };
  return (
    <div className="verify-match">
      {showDiff && (
        <p className="verify-compare">
          <VerifyParts parts={m.parts} />
        </p>
      )}
      <p className="verify-excerpt">
        <Highlighted text={m.excerpt} marks={[m.span]} />
      </p>
      <Space wrap size={4}>
        {m.speaker && <Tag color="blue">{m.speaker}</Tag>}
        {m.historical && <Tag color="default">历史文献</Tag>}
        <Typography.Text type="secondary">相似度 {Math.round(m.similarity * 100)}%</Typography.Text>
      </Space>
      <div className="verify-citation">
        <Typography.Text copyable={false}>出处：{m.citation}</Typography.Text>
        <Space size={4} className="no-print">
          <Button size="small" onClick={() => void copy()}>
            复制出处
          </Button>
          <Button size="small" type="link" href={routeHref('reader', { id: m.docId, p: m.paragraph })}>
            查看原文
          </Button>
          <AddToSessionButton
            item={{
              kind: 'excerpt',
              docId: m.docId,
              paragraph: m.paragraph,
              text: m.parts
                .filter((p) => p.op !== 'extra')
                .map((p) => p.text)
                .join(''),
            }}
          />
        </Space>
      </div>
    </div>
  );
}
