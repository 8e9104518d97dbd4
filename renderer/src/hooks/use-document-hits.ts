// Hits of a query inside one document, from the search engine (so 黨建 marks 党建 and the reverse,
// with the same syntax as search), grouped by paragraph for highlighting.
import { useMemo } from 'react';
import type { DocumentHits } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from './use-api';

export interface ParagraphHits {
  title: [number, number][];
  byParagraph: Map<number, [number, number][]>;
  total: number;
  notice: string | null;
}

const EMPTY: ParagraphHits = { title: [], byParagraph: new Map(), total: 0, notice: null };

export function groupHits(hits: DocumentHits | null): ParagraphHits {
  if (!hits) return EMPTY;
  const byParagraph = new Map<number, [number, number][]>();
  for (const h of hits.hits) {
    const list = byParagraph.get(h.paragraph) ?? [];
    list.push([h.start, h.end]);
    byParagraph.set(h.paragraph, list);
  }
  return { title: hits.title, byParagraph, total: hits.total, notice: hits.notice };
}

export function useDocumentHits(id: string, query: string): ParagraphHits {
  const q = query.trim();
  const res = useApi(() => (q ? api.findInDocument({ id, query: q }) : Promise.resolve(null)), [id, q]);
  return useMemo(() => groupHits(res.data), [res.data]);
}
