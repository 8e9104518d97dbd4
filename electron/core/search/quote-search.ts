// 金句 search: the library's quotes (all_quotes) matched with the same syntax and
// folding as document search (quotes are short, so a folded scan over a cached list is fast).
import type Database from 'better-sqlite3';
import type { Quote } from '../../contract/api.js';
import { foldForSearch } from '../text/normalize.js';
import { parseQuery, type ParsedQuery } from './query-parser.js';
import type { SearchSources } from './engine.js';

interface QuoteRow extends Quote {
  folded: string;
  foldedSpeaker: string;
  year: number | null;
}

const cache = new WeakMap<Database.Database, { key: string; rows: QuoteRow[] }>();

/** Every 金句 of the library, folded once and re-read only when quotes or edits change. */
function readQuotes(db: Database.Database): QuoteRow[] {
  const key = JSON.stringify(
    db
      .prepare(
        `SELECT (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM main.quotes) AS q,
                (SELECT count(*) || ':' || coalesce(max(updated_at), '') FROM main.document_overrides) AS e`,
      )
      .get(),
  );
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.rows;
  const rows = (
    db
      .prepare('SELECT id, doc_id AS docId, paragraph, text, speaker, occasion, date, citation FROM all_quotes')
      .all() as Quote[]
  ).map((q) => ({
    ...q,
    folded: foldForSearch(q.text),
    foldedSpeaker: foldForSearch(q.speaker ?? ''),
    year: q.date && /^\d{4}/.test(q.date) ? Number(q.date.slice(0, 4)) : null,
  }));
  cache.set(db, { key, rows });
  return rows;
}

function matches(q: QuoteRow, pq: ParsedQuery): boolean {
  if (!pq.clauses.every((g) => g.some((t) => q.folded.includes(t)))) return false;
  if (pq.exclude.some((t) => q.folded.includes(t))) return false;
  const f = pq.filters;
  if (f.speaker.length && !f.speaker.every((s) => q.foldedSpeaker.includes(s))) return false;
  if (f.yearFrom !== null && (q.year === null || q.year < f.yearFrom)) return false;
  if (f.yearTo !== null && (q.year === null || q.year > f.yearTo)) return false;
  return true;
}

export function searchQuotes(
  src: SearchSources,
  query: string,
  offset: number,
  limit: number,
): { total: number; items: Quote[]; notice: string | null } {
  const pq = parseQuery(query);
  const hits = readQuotes(src.userDb)
    .filter((q) => matches(q, pq))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  const items = hits
    .slice(offset, offset + limit)
    .map(({ id, docId, paragraph, text, speaker, occasion, date, citation }) => ({
      id,
      docId,
      paragraph,
      text,
      speaker,
      occasion,
      date,
      citation,
    }));
  return { total: hits.length, items, notice: pq.notice };
}
