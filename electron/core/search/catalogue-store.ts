// Loads the bundle's serialised catalogue once and builds a small catalogue of the user's own
// documents, 金句, 提法 and tags on demand (rebuilt only when those tables change).
import type Database from 'better-sqlite3';
import type { CatalogueSuggestion } from '../../contract/api.js';
import {
  buildCatalogue,
  loadCatalogue,
  searchCatalogue,
  type Catalogue,
  type CatalogueEntry,
  type SerializedCatalogue,
} from './catalogue.js';
import type { SearchSources } from './engine.js';

const bundleCache = new WeakMap<Database.Database, Catalogue | null>();
const userCache = new WeakMap<Database.Database, { key: string; cat: Catalogue }>();

function bundleCatalogue(db: Database.Database): Catalogue | null {
  if (bundleCache.has(db)) return bundleCache.get(db) ?? null;
  let cat: Catalogue | null = null;
  try {
    const json = db.prepare("SELECT value FROM search_catalogue WHERE key = 'catalogue'").pluck().get() as
      string | undefined;
    if (json) cat = loadCatalogue(JSON.parse(json) as SerializedCatalogue);
  } catch {
    cat = null; // bundle built without a catalogue: suggestions come from the user side only
  }
  bundleCache.set(db, cat);
  return cat;
}

function userEntries(db: Database.Database): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const speakers = new Map<string, number>();
  for (const r of db.prepare('SELECT doc_id, title, speakers FROM user_search_docs').all() as {
    doc_id: string;
    title: string;
    speakers: string;
  }[]) {
    entries.push({ kind: 'title', text: r.title, docId: r.doc_id, count: 1 });
    for (const s of JSON.parse(r.speakers) as string[]) speakers.set(s, (speakers.get(s) ?? 0) + 1);
  }
  for (const [text, count] of speakers) entries.push({ kind: 'speaker', text, docId: null, count });
  for (const r of db.prepare('SELECT text, doc_id FROM user_quotes').all() as { text: string; doc_id: string }[]) {
    entries.push({ kind: 'quote', text: r.text, docId: r.doc_id, count: 1 });
  }
  for (const r of db
    .prepare(
      'SELECT term, count(*) AS n, min(doc_id) AS d, count(DISTINCT doc_id) AS docs FROM user_terms GROUP BY term',
    )
    .all() as { term: string; n: number; d: string; docs: number }[]) {
    entries.push({ kind: 'term', text: r.term, docId: r.docs === 1 ? r.d : null, count: r.n });
  }
  for (const r of db
    .prepare(
      'SELECT t.name, count(dt.doc_id) AS n FROM tags t LEFT JOIN document_tags dt ON dt.tag_id = t.id GROUP BY t.id',
    )
    .all() as { name: string; n: number }[]) {
    entries.push({ kind: 'tag', text: r.name, docId: null, count: r.n });
  }
  return entries;
}

function userCatalogue(db: Database.Database): Catalogue {
  const key = JSON.stringify(
    db
      .prepare(
        `SELECT (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM user_search_docs) AS d,
                (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM user_quotes) AS q,
                (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM user_terms) AS t,
                (SELECT group_concat(id || name) FROM tags) AS g,
                (SELECT count(*) FROM document_tags) AS dt`,
      )
      .get(),
  );
  const hit = userCache.get(db);
  if (hit && hit.key === key) return hit.cat;
  const cat = loadCatalogue(buildCatalogue(userEntries(db)));
  userCache.set(db, { key, cat });
  return cat;
}

export function suggest(src: SearchSources, query: string, limit: number): CatalogueSuggestion[] {
  const cats = [src.bundle ? bundleCatalogue(src.bundle) : null, userCatalogue(src.userDb)].filter(
    (c): c is Catalogue => c !== null,
  );
  const seen = new Set<string>();
  const out: CatalogueSuggestion[] = [];
  // Each catalogue returns its best candidates; merge in one order, dropping duplicates (same speaker in both).
  const merged = rerank(cats.flatMap((c) => searchCatalogue(c, query, limit * 2)));
  for (const m of merged) {
    const k = `${m.kind}\u0000${m.text}\u0000${m.docId ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ kind: m.kind, text: m.text, docId: m.docId, count: m.count, matchedBy: m.matchedBy });
    if (out.length >= limit) break;
  }
  return out;
}

const KIND_ORDER = ['term', 'tag', 'speaker', 'title', 'occasion', 'quote'];
function rerank<T extends { kind: string; text: string; count: number }>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.text.length - b.text.length || b.count - a.count,
  );
}
