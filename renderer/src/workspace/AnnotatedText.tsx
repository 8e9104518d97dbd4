// One paragraph with annotation highlights (coloured, clickable) and search hits layered on top.
import { Fragment, type ReactNode } from 'react';
import type { Annotation, HighlightColor } from '../../../electron/contract/api';

export function AnnotatedText(props: {
  text: string;
  annotations: Annotation[];
  hits: [number, number][];
  /** The current hit (F3 / 下一处, or a passage the route points at), drawn stronger. */
  current?: [number, number] | null;
  colors: Map<string, HighlightColor>;
  activeId: number | null;
  onPick(a: Annotation): void;
}) {
  const { text, annotations, hits } = props;
  const cuts = new Set<number>([0, text.length]);
  for (const a of annotations) cuts.add(a.start).add(a.end);
  for (const [s, e] of hits) cuts.add(s).add(e);
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((x, y) => x - y);
  const parts: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    let node: ReactNode = text.slice(s, e);
    if (hits.some(([hs, he]) => hs <= s && e <= he)) {
      const cur = props.current && props.current[0] <= s && e <= props.current[1];
      node = <mark className={cur ? 'hit current' : 'hit'}>{node}</mark>;
    }
    // The most recent annotation covering this piece decides its colour.
    const cover = annotations.filter((a) => a.start <= s && e <= a.end).at(-1);
    if (cover) {
      const c = props.colors.get(cover.color);
      node = (
        <mark
          className={`ann${cover.id === props.activeId ? ' active' : ''}`}
          data-ann-id={cover.id}
          data-color={cover.color}
          style={{ backgroundColor: c?.color }}
          title={[c?.label, cover.note].filter(Boolean).join('：')}
          onClick={() => props.onPick(cover)}
        >
          {node}
        </mark>
      );
    }
    parts.push(<Fragment key={s}>{node}</Fragment>);
  }
  return <>{parts}</>;
}
