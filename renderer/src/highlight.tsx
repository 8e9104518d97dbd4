// Renders text with [start, end) ranges wrapped in <mark>.
import { Fragment, type ReactNode } from 'react';

export function Highlighted({
  text,
  marks,
  className,
}: {
  text: string;
  marks: readonly (readonly [number, number])[];
  className?: string;
}) {
  const parts: ReactNode[] = [];
  let pos = 0;
  [...marks]
    .sort((a, b) => a[0] - b[0])
    .forEach(([s, e], i) => {
      if (s < pos) return;
      if (s > pos) parts.push(<Fragment key={`t${i}`}>{text.slice(pos, s)}</Fragment>);
      parts.push(
        <mark key={`m${i}`} className={className ?? 'hit'}>
          {text.slice(s, e)}
        </mark>,
      );
      pos = e;
    });
  if (pos < text.length) parts.push(<Fragment key="rest">{text.slice(pos)}</Fragment>);
  return <>{parts}</>;
}
