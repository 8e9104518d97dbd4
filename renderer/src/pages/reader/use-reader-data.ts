// Everything the reader loads for one document: the text (and its simplified form on request),
// the user's state (starred, tags, reading position), annotations, colours and tags.
import { useMemo, useState } from 'react';
import type { DocumentFull } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { useHighlightColors, useTags } from '../../workspace/use-workspace-data';

export function useReaderData(id: string) {
  const [simplified, setSimplified] = useState(false);
  const original = useApi<DocumentFull>(() => api.getDocument({ id }), [id]);
  const simple = useApi(
    () => (simplified ? api.getSimplifiedDocument({ id }) : Promise.resolve(null)),
    [id, simplified],
  );
  const state = useApi(() => api.getDocumentState({ docId: id }), [id]);
  const anns = useApi(() => api.listAnnotations({ docId: id, limit: 2000 }), [id]);
  const colors = useHighlightColors();
  const tags = useTags();
  const doc = original.data;
  const items = useMemo(() => anns.data?.items ?? [], [anns.data]);
  const ready = useMemo(
    () =>
      doc && anns.data && state.data
        ? { annotations: anns.data.items, readingPosition: state.data.readingPosition }
        : null,
    [doc, anns.data, state.data],
  );
  return {
    error: original.error,
    doc,
    /** What is displayed: the simplified form when asked for and loaded, else the original. */
    shown: (simplified && simple.data) || doc,
    simplified,
    setSimplified,
    state,
    anns,
    items,
    colors,
    tags,
    ready,
  };
}
