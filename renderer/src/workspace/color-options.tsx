// Select options for highlight colours: the swatch and its label.
import type { HighlightColor } from '../../../electron/contract/api';

export function colorOptions(colors: readonly HighlightColor[]) {
  return colors.map((c) => ({
    value: c.key,
    label: (
      <span>
        <span className="swatch" style={{ background: c.color }} />
        {c.label}
      </span>
    ),
  }));
}
