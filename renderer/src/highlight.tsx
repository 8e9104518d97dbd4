// Renders text with [start, end) ranges wrapped in <mark>.
import { splitByMarks } from './hit-parts';

export function Highlighted({
  text,
  marks,
  className,
}: {
  text: string;
  marks: readonly (readonly [number, number])[];
  className?: string;
}) {
  return (
    <>
      {splitByMarks(text, marks).map((p, i) =>
        p.marked ? (
          <mark key={i} className={className ?? 'hit'}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
