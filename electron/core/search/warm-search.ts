// After an import the library index is rebuilt before the import returns (searchLibrary), but the
// first search on the new index still paid for what a warm search does not: the statements that read
// the user's postings and documents (prepared on first use; before the first import there is no user
// segment to read), the new index's per-document scratch arrays, and the JIT's first calls on the new
// index's objects. One search for words of the newest imported title, and one snippet read of that
// document, run by the import, pay that there (an import takes hundreds of milliseconds; the target
// is on the search after it).
import { runSearch, type SearchSources } from './engine.js';
import { hasLibraryIndex, type LibraryIndex } from './library-index.js';
import { paragraphReader } from './paragraph-reader.js';
import { searchLibrary } from './user-index.js';

/** The newest imported document with Chinese words in its title (a run of up to eight Han
 * characters: no query syntax), or null. */
export function warmQuery(lib: LibraryIndex): { g: number; query: string } | null {
  for (let g = lib.n - 1; g >= lib.nBundle && g >= lib.n - 8; g--) {
    const m = /\p{Script=Han}{2,8}/u.exec(lib.title(g));
    if (m) return { g, query: m[0] };
  }
  return null;
}

/** Brings the search view up to date after a change and searches it once. Only where a search
 * already built the view: otherwise the first search builds everything anyway. */
export function refreshAndWarmSearch(src: SearchSources): void {
  if (!hasLibraryIndex(src.userDb)) return;
  const lib = searchLibrary(src);
  const warm = warmQuery(lib);
  if (!warm) return;
  runSearch(src, { query: warm.query, sort: 'relevance', offset: 0, limit: 20, pinyin: false });
  paragraphReader(src.userDb, 'main.documents', lib.docId(warm.g))();
}
