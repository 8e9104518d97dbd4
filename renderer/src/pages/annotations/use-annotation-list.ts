// The 标注 page's data: the filter state, the filtered list, and the document options, which
// come from every annotation so a document filter never hides the other documents.
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DocType } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { useDebounced } from '../../hooks/use-debounced';

export interface AnnotationFilter {
  color?: string;
  tag?: string;
  docId?: string;
  docType?: DocType;
  range: [Dayjs | null, Dayjs | null] | null;
  query: string;
  placement: 'all' | 'orphaned';
}

/** Sets one filter field; the controls call it with what antd hands them. */
export type SetAnnotationFilter = <K extends keyof AnnotationFilter>(key: K, value: AnnotationFilter[K]) => void;

export function useAnnotationList() {
  const [filter, setFilter] = useState<AnnotationFilter>({ range: null, query: '', placement: 'all' });
  const set: SetAnnotationFilter = (key, value) => setFilter((f) => ({ ...f, [key]: value }));
  const { color, tag, docId, docType, range, placement } = filter;
  const q = useDebounced(filter.query, 250);
  const from = range?.[0]?.format('YYYY-MM-DD');
  const to = range?.[1]?.format('YYYY-MM-DD');
  const list = useApi(
    () =>
      api.listAnnotations({
        color,
        tag,
        docId,
        docType,
        from,
        to,
        query: q || undefined,
        orphaned: placement === 'orphaned' ? true : undefined,
        limit: 2000,
      }),
    [color, tag, docId, docType, from, to, q, placement],
  );
  const allDocs = useApi(() => api.listAnnotations({ limit: 2000 }), []);
  const docOptions = [
    ...new Map((allDocs.data?.items ?? []).map((a) => [a.docId, a.docTitle ?? a.docId])).entries(),
  ].map(([value, label]) => ({ value, label }));
  const reload = () => {
    list.reload();
    allDocs.reload();
  };
  return { filter, set, list, docOptions, reload };
}
