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
    const json = db.prepare("SELECT value FROM bundle.search_catalogue WHERE key = 'catalogue'").pluck().get() as
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
  // The user's documents, and bundled ones under the title the user gave them.
  for (const r of db
    .prepare(
      `SELECT id, title, speakers, origin FROM all_documents WHERE origin = 'user'
         OR id IN (SELECT doc_id FROM main.document_overrides WHERE title IS NOT NULL)`,
    )
    .all() as { id: string; title: string; speakers: string; origin: string }[]) {
    entries.push({ kind: 'title', text: r.title, docId: r.id, count: 1 });
    if (r.origin !== 'user') continue;
    for (const s of JSON.parse(r.speakers) as { name: string }[]) speakers.set(s.name, (speakers.get(s.name) ?? 0) + 1);
  }
  for (const [text, count] of speakers) entries.push({ kind: 'speaker', text, docId: null, count });
  for (const r of db.prepare('SELECT text, doc_id FROM main.quotes').all() as { text: string; doc_id: string }[]) {
    entries.push({ kind: 'quote', text: r.text, docId: r.doc_id, count: 1 });
  }
  for (const r of db
    .prepare(
      'SELECT term, count(*) AS n, min(doc_id) AS d, count(DISTINCT doc_id) AS docs FROM main.terms GROUP BY term',
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
        `SELECT (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM main.search_docs) AS d,
                (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM main.quotes) AS q,
                (SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM main.terms) AS t,
                (SELECT count(*) || ':' || coalesce(max(updated_at), '') FROM main.document_overrides) AS e,
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

/** Bundled documents the user renamed or deleted: their entries in the bundle's catalogue are stale. */
function editedBundleDocs(db: Database.Database): { renamed: Set<string>; hidden: Set<string> } {
  const rows = db
    .prepare('SELECT doc_id, title IS NOT NULL AS renamed, deleted FROM main.document_overrides')
    .all() as {
    doc_id: string;
    renamed: number;
    deleted: number;
  }[];
  return {
    renamed: new Set(rows.filter((r) => r.renamed).map((r) => r.doc_id)),
    hidden: new Set(rows.filter((r) => r.deleted).map((r) => r.doc_id)),
  };
}

export function suggest(src: SearchSources, query: string, limit: number): CatalogueSuggestion[] {
  const edited = editedBundleDocs(src.userDb);
  const stale = (m: { kind: string; docId: string | null }) =>
    m.docId !== null && (edited.hidden.has(m.docId) || (m.kind === 'title' && edited.renamed.has(m.docId)));
  const fromBundle = src.bundle ? bundleCatalogue(src.bundle) : null;
  const seen = new Set<string>();
  const out: CatalogueSuggestion[] = [];
  // Each catalogue returns its best candidates; merge in one order, dropping duplicates (same speaker in both).
  const merged = rerank([
    ...(fromBundle ? searchCatalogue(fromBundle, query, limit * 2).filter((m) => !stale(m)) : []),
    ...searchCatalogue(userCatalogue(src.userDb), query, limit * 2),
  ]);
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
