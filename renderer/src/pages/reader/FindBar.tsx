// The in-document find box (Ctrl+F; Enter / Shift+Enter move between hits, Esc closes) and the
// hit navigation (共 N 处匹配, 上一处, 下一处).
import { Button, Input, Space, Typography } from 'antd';
import type { ReaderHits } from './use-reader-hits';

export function FindBar(props: {
  open: boolean;
  text: string;
  onText(t: string): void;
  onClose(): void;
  hits: ReaderHits;
  /** A query is active (typed here or given by search); else only a named passage is marked. */
  hasQuery: boolean;
}) {
  const { hits } = props;
  return (
    <>
      {props.open && (
        <Space className="find-box no-print">
          <Input
            allowClear
            autoFocus
            aria-label="在本文中查找"
            placeholder="在本文中查找（回车跳到下一处）"
            value={props.text}
            onChange={(e) => props.onText(e.target.value)}
            onPressEnter={(e) => hits.goto(e.shiftKey ? -1 : 1)}
            onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
            style={{ width: '18em' }}
          />
          <Button size="small" onClick={props.onClose}>
            关闭
          </Button>
        </Space>
      )}
      {props.hasQuery ? (
        <Space className="hit-nav no-print">
          <Typography.Text>共 {hits.total} 处匹配</Typography.Text>
          {hits.index !== null && hits.count > 1 && (
            <Typography.Text type="secondary" className="hit-position">
              （第 {hits.index + 1} 处）
            </Typography.Text>
          )}
          <Button size="small" onClick={() => hits.goto(-1)}>
            上一处
          </Button>
          <Button size="small" onClick={() => hits.goto(1)}>
            下一处
          </Button>
        </Space>
      ) : (
        hits.current && (
          <Space className="hit-nav no-print">
            <Typography.Text type="secondary">已标出题目所依据的原文段落</Typography.Text>
          </Space>
        )
      )}
    </>
  );
}
