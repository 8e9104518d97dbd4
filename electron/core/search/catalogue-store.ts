// The catalogues behind search-as-you-type: the bundle's (built with the bundle, loaded once) and
// the user's (documents, 金句, 提法 and tags of the user database, rebuilt when those change and
// kept in search_catalogue so a restart does not rebuild it). Also maps a pinyin word to the
// Chinese terms it spells, for the search engine.
import type Database from 'better-sqlite3';
import type { CatalogueSuggestion } from '../../contract/api.js';
import { buildCatalogueBlobs, compareEntries, writeCatalogue, type CatalogueEntry } from './catalogue-build.js';
import { Catalogue, type CatalogueMatch } from './catalogue.js';
import { PinyinWords } from './pinyin-words.js';
import { readCounters } from './meta-source.js';
import { stmt } from './stmt-cache.js';
import type { SearchSources } from './engine.js';

const bundleCache = new WeakMap<Database.Database, Catalogue | null>();
const userCache = new WeakMap<Database.Database, { stamp: string; cat: Catalogue }>();

/** Reads a stored catalogue row (`schema`: 'bundle' or 'main'), or undefined. */
function readGroup(db: Database.Database, schema: string, key: string): Buffer | undefined {
  try {
    const v = stmt(db, `SELECT value FROM ${schema}.search_catalogue WHERE key = ?`).pluck().get(key);
    return Buffer.isBuffer(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function bundleCatalogue(db: Database.Database): Catalogue | null {
  if (bundleCache.has(db)) return bundleCache.get(db) ?? null;
  let stored = false;
  try {
    stored = stmt(db, "SELECT 1 FROM bundle.search_catalogue WHERE key = 'catalogue.head'").get() !== undefined;
  } catch {
    stored = false; // a bundle built without a catalogue: suggestions come from the user side only
  }
  const cat = stored ? new Catalogue((row) => readGroup(db, 'bundle', `catalogue.${row}`)!) : null;
  bundleCache.set(db, cat);
  return cat;
}

function userEntries(db: Database.Database): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const speakers = new Map<string, number>();
  // The user's documents, and bundled ones under the title the user gave them.
  const docs = db
    .prepare(
      `SELECT id, title, speakers, origin FROM all_documents WHERE origin = 'user'
         OR id IN (SELECT doc_id FROM main.document_overrides WHERE title IS NOT NULL)`,
    )
    .raw()
    .all() as [string, string, string, string][];
  for (const [id, title, json, origin] of docs) {
    entries.push({ kind: 'title', text: title, docId: id, count: 1 });
    if (origin !== 'user') continue;
    for (const s of JSON.parse(json) as { name: string }[]) speakers.set(s.name, (speakers.get(s.name) ?? 0) + 1);
  }
  for (const [text, count] of speakers) entries.push({ kind: 'speaker', text, docId: null, count });
  for (const [text, docId] of db.prepare('SELECT text, doc_id FROM main.quotes').raw().all() as [string, string][])
    entries.push({ kind: 'quote', text, docId, count: 1 });
  const terms = db
    .prepare('SELECT term, count(*), min(doc_id), count(DISTINCT doc_id) FROM main.terms GROUP BY term')
    .raw()
    .all() as [string, number, string, number][];
  for (const [text, n, d, docs] of terms) entries.push({ kind: 'term', text, docId: docs === 1 ? d : null, count: n });
  const tags = db
    .prepare(
      'SELECT t.name, count(dt.doc_id) FROM main.tags t LEFT JOIN main.document_tags dt ON dt.tag_id = t.id GROUP BY t.id',
    )
    .raw()
    .all() as [string, number][];
  for (const [text, count] of tags) entries.push({ kind: 'tag', text, docId: null, count });
  return entries;
}

function userCatalogue(db: Database.Database): Catalogue {
  const c = readCounters(db);
  // 金句 are written after their documents (quote-pass.ts): a catalogue built before them is stale.
  const q = stmt(db, "SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM main.quotes").pluck().get() as string;
  // `v2`: the catalogue's format (chunked rows), so a catalogue stored in an older one is rebuilt.
  const stamp = `v2:${c.docsAdded}:${c.docsChanged}:${c.tags}:${c.overrides}:${q}`;
  const hit = userCache.get(db);
  if (hit && hit.stamp === stamp) return hit.cat;
  if (readGroup(db, 'main', 'user.stamp')?.toString() !== stamp) {
    const blobs = buildCatalogueBlobs(userEntries(db));
    db.transaction(() => {
      writeCatalogue(db, 'user', blobs);
      db.prepare("INSERT OR REPLACE INTO main.search_catalogue (key, value) VALUES ('user.stamp', ?)").run(
        Buffer.from(stamp),
      );
    })();
  }
  const cat = new Catalogue((row) => readGroup(db, 'main', `user.${row}`)!);
  userCache.set(db, { stamp, cat });
  return cat;
}

function catalogues(src: SearchSources): Catalogue[] {
  const b = src.bundle ? bundleCatalogue(src.bundle) : null;
  return b ? [b, userCatalogue(src.userDb)] : [userCatalogue(src.userDb)];
}

/** Bundled documents the user renamed or deleted: their entries in the bundle's catalogue are stale
 * (a renamed one is in the user's catalogue under its new title). */
function staleBundleEntries(db: Database.Database): (m: CatalogueMatch) => boolean {
  const rows = stmt(db, 'SELECT doc_id, title IS NOT NULL, deleted FROM main.document_overrides').raw().all() as [
    string,
    number,
    number,
  ][];
  const renamed = new Set(rows.filter((r) => r[1]).map((r) => r[0]));
  const hidden = new Set(rows.filter((r) => r[2]).map((r) => r[0]));
  return (m) => m.docId !== null && (hidden.has(m.docId) || (m.kind === 'title' && renamed.has(m.docId)));
}

export function suggest(src: SearchSources, query: string, limit: number): CatalogueSuggestion[] {
  const seen = new Set<string>();
  const out: CatalogueSuggestion[] = [];
  const bundle = src.bundle ? bundleCatalogue(src.bundle) : null;
  const stale = staleBundleEntries(src.userDb);
  // Each catalogue returns its best; merge in one order, dropping duplicates (same speaker in both).
  const merged: CatalogueMatch[] = [
    ...(bundle ? bundle.search(query, limit * 2).filter((m) => !stale(m)) : []),
    ...userCatalogue(src.userDb).search(query, limit * 2),
  ].sort(compareEntries);
  for (const m of merged) {
    const k = `${m.kind}\u0000${m.text}\u0000${m.docId ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ kind: m.kind, text: m.text, docId: m.docId, count: m.count, matchedBy: m.matchedBy });
    if (out.length >= limit) break;
  }
  return out;
}

const wordsCache = new WeakMap<Database.Database, PinyinWords | null>();

function bundleWords(db: Database.Database): PinyinWords | null {
  if (!wordsCache.has(db)) {
    const blob = readGroup(db, 'bundle', 'catalogue.words');
    wordsCache.set(db, blob ? new PinyinWords(blob) : null);
  }
  return wordsCache.get(db)!;
}

/** Initials of fewer letters spell too many words to guess from. */
const MIN_INITIALS = 3;

/** The Chinese terms a pinyin word spells, most useful first: whole 提法, tags, speakers and titles
 * of the catalogue (full pinyin or initials), then the library's words (full pinyin, or initials
 * of three letters or more), keeping words at least a fifth as frequent as the most frequent. */
export function pinyinTerms(src: SearchSources, word: string, max = 3): string[] {
  const entries = catalogues(src)
    .flatMap((c) => c.pinyinExact(word))
    .filter((e) => e.kind !== 'quote')
    .sort((a, b) => compareEntries(a, b) || b.count - a.count)
    .map((e) => e.text);
  const found = (src.bundle ? bundleWords(src.bundle)?.lookup(word) : null) ?? [];
  const words = found.filter((w) => word.length >= MIN_INITIALS || syllablesOf(w.word, word));
  const top = words[0]?.count ?? 0;
  const common = words.filter((w) => w.count * 5 >= top).map((w) => w.word);
  return [...new Set([...entries, ...common])].slice(0, max);
}

/** Whether `key` is the word's full pinyin (not just its initials). */
function syllablesOf(word: string, key: string): boolean {
  return key.length > [...word].length;
}
