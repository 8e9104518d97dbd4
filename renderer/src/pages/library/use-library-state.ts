// 书库's list state — page, filters, sort — lives in the URL (#/library?type=讲话&page=4), and the
// scroll position in the history entry, so opening a document and coming Back lands where the
// user was. Changes replace the current entry (filters do not pile up in Back).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocType } from '../../../../electron/contract/api';
import { routeHref } from '../../hooks/use-hash-route';

export type LibrarySort = 'date-desc' | 'date-asc' | 'title';
export interface LibraryQuery {
  type?: DocType;
  year?: number;
  source?: string;
  speaker?: string;
  tag?: string;
  sort: LibrarySort;
  page: number;
}

const SORTS: LibrarySort[] = ['date-desc', 'date-asc', 'title'];

function read(): LibraryQuery {
  const p = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const str = (k: string) => p.get(k) || undefined;
  const num = (k: string) =>
    Number.isInteger(Number(p.get(k))) && Number(p.get(k)) > 0 ? Number(p.get(k)) : undefined;
  const sort = p.get('sort') as LibrarySort | null;
  return {
    type: str('type') as DocType | undefined,
    year: num('year'),
    source: str('source'),
    speaker: str('speaker'),
    tag: str('tag'),
    sort: sort && SORTS.includes(sort) ? sort : 'date-desc',
    page: num('page') ?? 1,
  };
}

function href(q: LibraryQuery): string {
  return routeHref('library', {
    ...q,
    sort: q.sort === 'date-desc' ? undefined : q.sort,
    page: q.page > 1 ? q.page : undefined,
  });
}

type ScrollState = { libraryScroll?: number } | null;

export function useLibraryState(loaded: boolean): [LibraryQuery, (patch: Partial<LibraryQuery>) => void] {
  const [query, setQuery] = useState(read);
  // Back/Forward or the sidebar link change the hash: follow it.
  useEffect(() => {
    const onHash = () => window.location.hash.startsWith('#/library') && setQuery(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const update = useCallback((patch: Partial<LibraryQuery>) => {
    setQuery((old) => {
      // Any change other than the page itself starts again at page 1.
      const next = { ...old, ...patch, page: patch.page ?? 1 };
      window.history.replaceState({ ...(window.history.state as object), libraryScroll: 0 }, '', href(next));
      return next;
    });
    if (patch.page) window.scrollTo(0, 0);
  }, []);

  // Restore the scroll position once the list is there; then keep it in the history entry.
  const restored = useRef(false);
  useEffect(() => {
    if (!loaded || restored.current) return;
    restored.current = true;
    const y = (window.history.state as ScrollState)?.libraryScroll;
    if (y) requestAnimationFrame(() => window.scrollTo(0, y));
  }, [loaded]);
  useEffect(() => {
    let t: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(t);
      t = setTimeout(() => {
        if (!window.location.hash.startsWith('#/library') || !restored.current) return;
        window.history.replaceState({ ...(window.history.state as object), libraryScroll: window.scrollY }, '');
      }, 150);
    };
    window.addEventListener('scroll', onScroll);
    return () => (clearTimeout(t), window.removeEventListener('scroll', onScroll));
  }, []);
  return [query, update];
}
