// 金句本: extracted 金句 from the library merged with the ones the user saved or starred, with
// 出处, tags and filters (speaker, tag, year, starred, text). A sentence saved from the reader
// gets the document's speaker, occasion, date and 出处 prefilled.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, ApiResults, BookQuote } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { libraryQuotes } from '../services/library-read.js';
import { contentKey } from '../text/normalize.js';
import { requireDoc } from './doc-cache.js';
import { allItemTags, changeItemTags, setItemTags, subtree } from './tags.js';
import { savedQuoteSpeaker } from '../../shared/saved-quote-speaker.js';

interface SavedRow {
  id: number;
  quote_id: string | null;
  doc_id: string | null;
  paragraph: number | null;
  text: string;
  speaker: string | null;
  occasion: string | null;
  date: string | null;
  citation: string;
  starred: number;
}

const SAVED_COLS = 'id, quote_id, doc_id, paragraph, text, speaker, occasion, date, citation, starred';

function savedRows(ctx: CoreContext): SavedRow[] {
  return ctx.userDb
    .prepare(`SELECT ${SAVED_COLS} FROM saved_quotes ORDER BY created_at DESC, id DESC`)
    .all() as SavedRow[];
}

/** Every quote of the 金句本: the user's own, then the extracted ones in library order — from study
 * material only (a historical document's 金句 appear once the user opts the document in, or when
 * the user saved one, labelled). Starred 金句 whose id is gone after a content update are
 * re-attached to the same text, or shown as 未定位. */
export function allBookQuotes(ctx: CoreContext): BookQuote[] {
  const tags = allItemTags(ctx.userDb, 'quote');
  const everything = libraryQuotes(ctx, { studyOnly: false }).items;
  const extracted = libraryQuotes(ctx, { studyOnly: true }).items;
  const saved = reattachSaved(ctx, savedRows(ctx), everything);
  const byQuoteId = new Map(saved.filter((s) => s.quote_id).map((s) => [s.quote_id!, s]));
  const current = new Set(extracted.map((q) => q.id));
  const known = new Set(everything.map((q) => q.id));
  const out: BookQuote[] = extracted.map((q) => {
    const s = byQuoteId.get(q.id);
    return {
      key: `q:${q.id}`,
      quoteId: q.id,
      savedId: s?.id ?? null,
      docId: q.docId,
      paragraph: q.paragraph,
      text: q.text,
      speaker: q.speaker,
      occasion: q.occasion,
      date: q.date,
      citation: q.citation,
      starred: s ? s.starred === 1 : false,
      tags: s ? (tags.get(String(s.id)) ?? []) : [],
      origin: 'extracted',
      orphaned: false,
      ...(q.reason ? { reason: q.reason } : {}),
    };
  });
  // The user's own 金句 first (newest first): they are what the 金句本 is mostly for; then starred
  // ones that could not be found any more.
  const own = saved.filter((s) => !s.quote_id).map((s) => toBookQuote(s, tags.get(String(s.id)) ?? []));
  const lost = saved
    .filter((s) => s.quote_id && !current.has(s.quote_id))
    .map((s) => ({
      ...toBookQuote(s, tags.get(String(s.id)) ?? []),
      origin: 'extracted' as const,
      orphaned: !known.has(s.quote_id!),
      ...(known.has(s.quote_id!) ? { historical: true } : {}),
    }));
  return [...own, ...lost, ...out];
}

/** A starred 金句 whose id no longer exists is moved to the quote of the same document whose text
 * contains it or is contained in it (the extractor now cuts the sentence differently); otherwise
 * it stays as it is, to be shown as 未定位. */
function reattachSaved(ctx: CoreContext, saved: SavedRow[], extracted: { id: string; docId: string; text: string }[]) {
  const ids = new Set(extracted.map((q) => q.id));
  const taken = new Set(saved.map((s) => s.quote_id).filter((id): id is string => id !== null));
  const move = ctx.userDb.prepare('UPDATE saved_quotes SET quote_id = ? WHERE id = ?');
  for (const s of saved) {
    if (!s.quote_id || ids.has(s.quote_id) || !s.doc_id) continue;
    const key = contentKey(s.text);
    const twin = extracted.find((q) => {
      if (q.docId !== s.doc_id || taken.has(q.id)) return false;
      const k = contentKey(q.text);
      const [short, long] = k.length < key.length ? [k, key] : [key, k];
      return short.length >= 0.6 * long.length && long.includes(short);
    });
    if (!twin) continue;
    move.run(twin.id, s.id);
    taken.add(twin.id);
    s.quote_id = twin.id;
  }
  return saved;
}

function toBookQuote(s: SavedRow, tags: string[]): BookQuote {
  return {
    key: `s:${s.id}`,
    quoteId: s.quote_id,
    savedId: s.id,
    docId: s.doc_id,
    paragraph: s.paragraph,
    text: s.text,
    speaker: s.speaker,
    occasion: s.occasion,
    date: s.date,
    citation: s.citation,
    starred: s.starred === 1,
    tags,
    origin: 'user',
    orphaned: false,
  };
}

export function listQuoteBook(ctx: CoreContext, a: ApiParsedArgs<'listQuoteBook'>): ApiResults['listQuoteBook'] {
  const tagNames = a.tag ? new Set(subtree(ctx.userDb, a.tag).map((t) => t.name)) : null;
  const base = allBookQuotes(ctx).filter(
    (q) =>
      (a.source === 'all' || (a.source === 'saved' ? q.savedId !== null : q.origin === 'extracted')) &&
      (!tagNames || q.tags.some((t) => tagNames.has(t))) &&
      (a.starred === undefined || q.starred === a.starred) &&
      (!a.query?.trim() || q.text.includes(a.query.trim())),
  );
  const facets = { speaker: {} as Record<string, number>, year: {} as Record<string, number> };
  for (const q of base) {
    if (q.speaker) facets.speaker[q.speaker] = (facets.speaker[q.speaker] ?? 0) + 1;
    if (q.date) facets.year[q.date.slice(0, 4)] = (facets.year[q.date.slice(0, 4)] ?? 0) + 1;
  }
  const items = base.filter(
    (q) => (!a.speaker || q.speaker === a.speaker) && (!a.year || q.date?.slice(0, 4) === String(a.year)),
  );
  return { total: items.length, items: items.slice(a.offset, a.offset + a.limit), facets };
}

function bookQuoteBySavedId(ctx: CoreContext, id: number): BookQuote {
  const q = allBookQuotes(ctx).find((x) => x.savedId === id);
  if (!q) throw new ApiError('NOT_FOUND', '找不到该金句。');
  return q;
}

/** Saves (stars) an extracted 金句 by id, or a sentence from a document as the user's own 金句. */
export function saveQuote(ctx: CoreContext, a: ApiParsedArgs<'saveQuote'>): BookQuote {
  const db = ctx.userDb;
  if (a.quoteId) {
    const q = allBookQuotes(ctx).find((x) => x.quoteId === a.quoteId);
    if (!q) throw new ApiError('NOT_FOUND', '找不到该金句。');
    const id = db.transaction(() => {
      db.prepare(
        `INSERT INTO saved_quotes (quote_id, doc_id, paragraph, text, speaker, occasion, date, citation, starred) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
         ON CONFLICT(quote_id) DO UPDATE SET starred = 1`,
      ).run(q.quoteId, q.docId, q.paragraph, q.text, q.speaker, q.occasion, q.date, q.citation);
      const savedId = db.prepare('SELECT id FROM saved_quotes WHERE quote_id = ?').pluck().get(q.quoteId) as number;
      changeItemTags(db, 'quote', [savedId], a.tags, []);
      return savedId;
    })();
    return bookQuoteBySavedId(ctx, id);
  }
  if (!a.docId || !a.text) throw new ApiError('BAD_INPUT', '请选择要收藏的句子。');
  const doc = requireDoc(ctx, a.docId);
  const text = a.text;
  const speaker = a.speaker !== undefined ? a.speaker : savedQuoteSpeaker(doc);
  const occasion = a.occasion !== undefined ? a.occasion : doc.occasion;
  const paragraph = a.paragraph ?? doc.paragraphs.findIndex((p) => p.text.includes(text));
  const id = db.transaction(() => {
    const existing = db
      .prepare('SELECT id FROM saved_quotes WHERE quote_id IS NULL AND doc_id = ? AND text = ?')
      .pluck()
      .get(a.docId, text) as number | undefined;
    const savedId =
      existing ??
      Number(
        db
          .prepare(
            'INSERT INTO saved_quotes (doc_id, paragraph, text, speaker, occasion, date, citation, starred) VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
          )
          .run(
            a.docId,
            paragraph >= 0 ? paragraph : null,
            text,
            speaker || null,
            occasion || null,
            doc.date,
            doc.citation,
          ).lastInsertRowid,
      );
    changeItemTags(db, 'quote', [savedId], a.tags, []);
    return savedId;
  })();
  return bookQuoteBySavedId(ctx, id);
}

export function updateSavedQuote(ctx: CoreContext, a: ApiParsedArgs<'updateSavedQuote'>): BookQuote {
  bookQuoteBySavedId(ctx, a.id);
  const db = ctx.userDb;
  db.transaction(() => {
    if (a.starred !== undefined)
      db.prepare('UPDATE saved_quotes SET starred = ? WHERE id = ?').run(a.starred ? 1 : 0, a.id);
    if (a.tags !== undefined) setItemTags(db, 'quote', a.id, a.tags);
  })();
  return bookQuoteBySavedId(ctx, a.id);
}

export function deleteSavedQuote(ctx: CoreContext, id: number): { deleted: boolean } {
  return {
    deleted:
      ctx.userDb.transaction(() => ctx.userDb.prepare('DELETE FROM saved_quotes WHERE id = ?').run(id).changes)() > 0,
  };
}

/** The saved-quote id for an item the UI addresses by key, saving an extracted 金句 on first use. */
export function savedIdForKey(ctx: CoreContext, key: string | number): number {
  if (typeof key === 'number') return key;
  if (key.startsWith('s:')) return Number(key.slice(2));
  const quoteId = key.startsWith('q:') ? key.slice(2) : key;
  return saveQuote(ctx, { quoteId, tags: [] }).savedId!;
}
