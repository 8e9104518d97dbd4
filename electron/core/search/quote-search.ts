// 金句 search: quotes from the bundle and the user's imports matched with the same syntax and
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

const bundleCache = new WeakMap<Database.Database, QuoteRow[]>();

function readQuotes(db: Database.Database, table: 'quotes' | 'user_quotes'): QuoteRow[] {
  try {
    const rows = db
      .prepare(`SELECT id, doc_id AS docId, paragraph, text, speaker, occasion, date, citation FROM ${table}`)
      .all() as Quote[];
    return rows.map((q) => ({
      ...q,
      folded: foldForSearch(q.text),
      foldedSpeaker: foldForSearch(q.speaker ?? ''),
      year: q.date && /^\d{4}/.test(q.date) ? Number(q.date.slice(0, 4)) : null,
    }));
  } catch {
    return [];
  }
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
  let bundle: QuoteRow[] = [];
  if (src.bundle) {
    bundle = bundleCache.get(src.bundle) ?? readQuotes(src.bundle, 'quotes');
    bundleCache.set(src.bundle, bundle);
  }
  const all = [...bundle, ...readQuotes(src.userDb, 'user_quotes')];
  const hits = all
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
