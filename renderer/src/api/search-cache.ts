// Search results fetched while typing, kept a few seconds: the top box asks for the first result
// page of what is being typed, so on Enter the search page shows it at once instead of asking the
// same question again.
import type { ApiArgs, SearchResult } from '../../../electron/contract/api';
import { api } from './transport';

type Args = ApiArgs<'search'>;
const TTL_MS = 5000;
const cache = new Map<string, { at: number; promise: Promise<SearchResult>; value?: SearchResult }>();
const keyOf = (a: Args) => JSON.stringify([a.query, a.sort ?? 'relevance', a.offset ?? 0, a.limit ?? 20, a.pinyin]);

function fresh(key: string) {
  const hit = cache.get(key);
  if (hit && performance.now() - hit.at < TTL_MS) return hit;
  cache.delete(key);
  return undefined;
}

export function cachedSearch(a: Args): Promise<SearchResult> {
  const key = keyOf(a);
  const hit = fresh(key);
  if (hit) return hit.promise;
  const entry: { at: number; promise: Promise<SearchResult>; value?: SearchResult } = {
    at: performance.now(),
    promise: api.search(a),
  };
  entry.promise.then(
    (v) => (entry.value = v),
    () => cache.delete(key),
  );
  cache.set(key, entry);
  if (cache.size > 20) cache.delete(cache.keys().next().value!);
  return entry.promise;
}

/** The result if it has already arrived. */
export function peekSearch(a: Args): SearchResult | undefined {
  return fresh(keyOf(a))?.value;
}
