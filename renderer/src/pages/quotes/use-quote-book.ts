// The 金句 page's data: the filter state, the filtered 金句本 with its facets, and the edits
// (收藏, tags, delete) that reload it.
import { App } from 'antd';
import { useState } from 'react';
import type { BookQuote } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { useDebounced } from '../../hooks/use-debounced';

export interface QuoteFilter {
  source: 'all' | 'saved' | 'extracted';
  speaker?: string;
  year?: string;
  tag?: string;
  query: string;
}

/** Sets one filter field; the controls call it with what antd hands them. */
export type SetQuoteFilter = <K extends keyof QuoteFilter>(key: K, value: QuoteFilter[K]) => void;

export function useQuoteBook(onTagsChanged: () => void) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<QuoteFilter>({ source: 'all', query: '' });
  const set: SetQuoteFilter = (key, value) => setFilter((f) => ({ ...f, [key]: value }));
  const { source, speaker, tag, year } = filter;
  const q = useDebounced(filter.query, 250);
  const quotes = useApi(
    () =>
      api.listQuoteBook({
        source,
        speaker,
        tag,
        year: year ? Number(year) : undefined,
        query: q || undefined,
        limit: 1000,
      }),
    [source, speaker, tag, year, q],
  );

  const star = async (item: BookQuote) => {
    if (item.savedId !== null) await api.updateSavedQuote({ id: item.savedId, starred: !item.starred });
    else await api.saveQuote({ quoteId: item.quoteId ?? undefined });
    quotes.reload();
  };
  const setTags = async (item: BookQuote, next: string[]) => {
    const add = next.filter((t) => !item.tags.includes(t));
    const remove = item.tags.filter((t) => !next.includes(t));
    await api.tagItems({ kind: 'quote', ids: [item.key], add, remove });
    quotes.reload();
    onTagsChanged();
  };
  const drop = async (item: BookQuote) => {
    if (item.savedId === null) return;
    await api.deleteSavedQuote({ id: item.savedId });
    message.success('已从金句本删除');
    quotes.reload();
  };
  return { filter, set, quotes, star, setTags, drop };
}
