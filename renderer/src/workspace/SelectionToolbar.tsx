// Floating toolbar over a text selection in the reader: five highlight colours, 记金句, copy.
// mousedown is swallowed so clicking a button does not clear the selection first.
import { Button, Space, Tooltip } from 'antd';
import type { HighlightColor } from '../../../electron/contract/api';
import type { TextSelection } from './selection';

export function SelectionToolbar(props: {
  sel: TextSelection;
  colors: HighlightColor[];
  onColor(key: string): void;
  onQuote(): void;
  disabled?: boolean;
}) {
  const top = Math.max(8, props.sel.rect.top - 48);
  const left = Math.min(Math.max(8, props.sel.rect.left), window.innerWidth - 420);
  return (
    <div
      className="selection-toolbar no-print"
      role="toolbar"
      aria-label="标注工具"
      style={{ top, left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <Space size={4} wrap={false}>
        {props.colors.map((c) => (
          <Tooltip key={c.key} title={c.label}>
            <Button
              size="small"
              aria-label={`标注为${c.label}`}
              disabled={props.disabled}
              onClick={() => props.onColor(c.key)}
              style={{ background: c.color, borderColor: c.color, color: '#222' }}
            >
              {c.label}
            </Button>
          </Tooltip>
        ))}
        <Button size="small" onClick={props.onQuote} aria-label="收藏为金句">
          记金句
        </Button>
      </Space>
    </div>
  );
}
