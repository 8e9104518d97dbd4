// Hits in the reader: the search engine's hits of a query (so 黨建 marks 党建, same syntax as
// search) plus, when the route names one, an exact passage (a quiz question's source). One of them
// is the current hit: the named passage, else the first hit; it is marked and scrolled to, and
// F3 / Shift+F3 / 上一处 / 下一处 move it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';

export interface HitSpan {
  paragraph: number;
  start: number;
  end: number;
}

export interface ReaderHits {
  title: [number, number][];
  byParagraph: Map<number, [number, number][]>;
  /** Hits of the query (the named passage alone is not a "match"). */
  total: number;
  count: number;
  index: number | null;
  current: HitSpan | null;
  notice: string | null;
  goto(delta: number): void;
}

const same = (a: HitSpan, b: HitSpan) => a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;

/** `shown`: the text is on screen (the current hit can only be scrolled to once it is). */
export function useReaderHits(id: string, query: string, passage: HitSpan | null, shown: boolean): ReaderHits {
  const q = query.trim();
  const res = useApi(() => (q ? api.findInDocument({ id, query: q }) : Promise.resolve(null)), [id, q]);
  const pKey = passage ? `${passage.paragraph}:${passage.start}:${passage.end}` : '';
  const list = useMemo(() => {
    const all: HitSpan[] = [...(res.data?.hits ?? [])];
    if (passage && !all.some((h) => same(h, passage))) all.push(passage);
    return all.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [res.data, pKey]);
  const [index, setIndex] = useState<number | null>(null);
  useEffect(() => {
    const at = passage ? list.findIndex((h) => same(h, passage)) : 0;
    setIndex(list.length ? Math.max(0, at) : null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list]);
  useEffect(() => {
    if (index === null || !shown) return;
    const raf = requestAnimationFrame(() =>
      document.querySelector('.reader-body mark.hit.current')?.scrollIntoView({ block: 'center' }),
    );
    return () => cancelAnimationFrame(raf);
  }, [index, list, shown]);
  const goto = useCallback(
    (delta: number) => setIndex((i) => (list.length ? ((i ?? -delta) + delta + list.length) % list.length : null)),
    [list],
  );
  const byParagraph = useMemo(() => {
    const m = new Map<number, [number, number][]>();
    for (const h of list) m.set(h.paragraph, [...(m.get(h.paragraph) ?? []), [h.start, h.end]]);
    return m;
  }, [list]);
  return {
    title: res.data?.title ?? [],
    byParagraph,
    total: res.data?.total ?? 0,
    count: list.length,
    index,
    current: index === null ? null : (list[index] ?? null),
    notice: res.data?.notice ?? null,
    goto,
  };
}
