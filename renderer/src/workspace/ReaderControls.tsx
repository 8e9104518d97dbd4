// Reader toolbar: 收藏, simplified-characters toggle, font size, line spacing, width, print.
import { Button, Segmented, Space, Switch, Tooltip } from 'antd';
import type { ReaderPrefs } from './reader-prefs';

export function ReaderControls(props: {
  prefs: ReaderPrefs;
  setPrefs(p: Partial<ReaderPrefs>): void;
  starred: boolean;
  onStar(): void;
  traditional: boolean;
  simplified: boolean;
  onSimplified(v: boolean): void;
}) {
  const { prefs, setPrefs } = props;
  const step = (d: number) => setPrefs({ scale: Math.round(Math.min(2, Math.max(0.8, prefs.scale + d)) * 10) / 10 });
  return (
    <Space wrap className="reader-controls no-print" size={[8, 8]}>
      <Button onClick={props.onStar} aria-pressed={props.starred} aria-label={props.starred ? '取消收藏' : '收藏本文'}>
        {props.starred ? '★ 已收藏' : '☆ 收藏'}
      </Button>
      {props.traditional && (
        <Tooltip title="把繁体文字显示为简体（不改变原文）">
          <Space size={4}>
            <Switch checked={props.simplified} onChange={props.onSimplified} aria-label="显示为简体" />
            <span>简体显示</span>
          </Space>
        </Tooltip>
      )}
      <Space.Compact>
        <Button onClick={() => step(-0.1)} aria-label="缩小字号">
          A−
        </Button>
        <Button onClick={() => step(0.1)} aria-label="放大字号">
          A+
        </Button>
      </Space.Compact>
      <Segmented
        aria-label="行距"
        value={prefs.lineHeight}
        onChange={(v) => setPrefs({ lineHeight: Number(v) })}
        options={[
          { label: '紧凑', value: 1.6 },
          { label: '适中', value: 2 },
          { label: '宽松', value: 2.4 },
        ]}
      />
      <Segmented
        aria-label="版心宽度"
        value={prefs.width}
        onChange={(v) => setPrefs({ width: v as ReaderPrefs['width'] })}
        options={[
          { label: '窄', value: 'narrow' },
          { label: '中', value: 'medium' },
          { label: '宽', value: 'wide' },
        ]}
      />
      <Button onClick={() => window.print()} aria-label="打印">
        打印
      </Button>
    </Space>
  );
}
