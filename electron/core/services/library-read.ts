// Library queries: the document list with filters, sorting and facet counts; one document with
// its paragraphs and citation line; 金句 and 提法 across the bundle and the user's imports.
import {
  ApiError,
  type ApiParsedArgs,
  type ApiResults,
  type DocumentFull,
  type Paragraph,
  type Term,
} from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { foldForSearch } from '../text/normalize.js';
import { allRows, findRow, speakersOf, toSummary, type DocRow } from './library-rows.js';
import { allItemTags, docIdsWithTag } from '../workspace/tags.js';

function count(map: Record<string, number>, key: string | null | undefined): void {
  if (!key) return;
  map[key] = (map[key] ?? 0) + 1;
}

export function listDocuments(ctx: CoreContext, a: ApiParsedArgs<'listDocuments'>): ApiResults['listDocuments'] {
  const wantSpeaker = a.speaker ? foldForSearch(a.speaker) : null;
  const tagged = a.tag ? new Set(docIdsWithTag(ctx.userDb, a.tag, true)) : null;
  const tagsByDoc = allItemTags(ctx.userDb, 'document');
  const rows = allRows(ctx).filter(
    (r) =>
      (!tagged || tagged.has(r.id)) &&
      (!a.type || r.type === a.type) &&
      (!a.year || r.year === a.year) &&
      (!a.source || r.source === a.source) &&
      (!wantSpeaker || speakersOf(r).some((s) => foldForSearch(s.name) === wantSpeaker)),
  );
  const facets = { type: {}, year: {}, source: {}, speaker: {}, tag: {} } as ApiResults['listDocuments']['facets'];
  for (const r of rows) {
    count(facets.type, r.type);
    count(facets.year, r.year ? String(r.year) : null);
    count(facets.source, r.source);
    for (const s of speakersOf(r)) count(facets.speaker, s.name);
    for (const t of tagsByDoc.get(r.id) ?? []) count(facets.tag, t);
  }
  const byDate = (x: DocRow, y: DocRow) =>
    (x.date ?? '').localeCompare(y.date ?? '') || x.title.localeCompare(y.title, 'zh');
  if (a.sort === 'title') rows.sort((x, y) => x.title.localeCompare(y.title, 'zh'));
  else if (a.sort === 'date-asc') rows.sort(byDate);
  else rows.sort((x, y) => byDate(y, x));
  const items = rows
    .slice(a.offset, a.offset + a.limit)
    .map((r) => ({ ...toSummary(r), excerpt: excerptOf(ctx, r.id) }));
  return { total: rows.length, items, facets };
}

const EXCERPT_CHARS = 120;

/** The opening of a document's body for the list (headings, bylines and salutations skipped). */
function excerptOf(ctx: CoreContext, id: string): string {
  const row = findRow(ctx, id);
  if (!row) return '';
  const body = (JSON.parse(row.paragraphs) as Paragraph[])
    .filter((p) => p.kind === 'p' && p.text.length > 20)
    .map((p) => p.text.trim());
  // A paragraph split mid-sentence by the source can start with punctuation: not an opening.
  const text = body
    .join('')
    .replace(/^[。，、；：！？,.;:!?\s]+/, '')
    .slice(0, EXCERPT_CHARS + 1);
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
}

function formatDate(date: string | null): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
}

/** 出处: 讲话人：《题目》，场合，来源，日期。 — the occasion is left out when the title already names it. */
export function citationLine(row: Pick<DocRow, 'title' | 'date' | 'source' | 'speakers' | 'occasion'>): string {
  const names = speakersOf(row as DocRow).map((s) => s.name);
  const who = names.length ? `${names.join('、')}：` : '';
  const parts = [`${who}《${row.title}》`];
  if (row.occasion && !row.title.includes(row.occasion)) parts.push(row.occasion);
  if (row.source) parts.push(row.source);
  if (row.date) parts.push(formatDate(row.date));
  return parts.join('，') + '。';
}

export function getDocument(ctx: CoreContext, id: string): DocumentFull {
  const row = findRow(ctx, id);
  if (!row) throw new ApiError('NOT_FOUND', '找不到该文档，可能已被删除。');
  return { ...toSummary(row), place: row.place, paragraphs: JSON.parse(row.paragraphs), citation: citationLine(row) };
}

interface QuoteRow {
  id: string;
  doc_id: string;
  paragraph: number;
  text: string;
  speaker: string | null;
  occasion: string | null;
  date: string | null;
  citation: string;
}

export function listQuotes(ctx: CoreContext, a: ApiParsedArgs<'listQuotes'>): ApiResults['listQuotes'] {
  const sql = (table: string) =>
    `SELECT id, doc_id, paragraph, text, speaker, occasion, date, citation FROM ${table}${a.docId ? ' WHERE doc_id = ?' : ''} ORDER BY doc_id, paragraph, start`;
  const args = a.docId ? [a.docId] : [];
  const rows: QuoteRow[] = [];
  if (ctx.bundle) rows.push(...(ctx.bundle.prepare(sql('quotes')).all(...args) as QuoteRow[]));
  rows.push(...(ctx.userDb.prepare(sql('user_quotes')).all(...args) as QuoteRow[]));
  return {
    total: rows.length,
    items: rows.slice(a.offset, a.offset + a.limit).map((r) => ({
      id: r.id,
      docId: r.doc_id,
      paragraph: r.paragraph,
      text: r.text,
      speaker: r.speaker,
      occasion: r.occasion,
      date: r.date,
      citation: r.citation,
    })),
  };
}

/** 提法 with their occurrence counts and documents, across the bundle and the user's imports;
 * optionally only those occurring in the given documents. */
export function termCounts(ctx: CoreContext, docIds?: readonly string[]): Term[] {
  if (docIds && docIds.length === 0) return [];
  const where = docIds ? `WHERE doc_id IN (${docIds.map(() => '?').join(',')})` : '';
  const sql = (table: string) =>
    `SELECT term, doc_id AS docId, count(*) AS n FROM ${table} ${where} GROUP BY term, doc_id`;
  const params = docIds ?? [];
  const rows: { term: string; docId: string; n: number }[] = [];
  if (ctx.bundle) rows.push(...(ctx.bundle.prepare(sql('terms')).all(...params) as typeof rows));
  rows.push(...(ctx.userDb.prepare(sql('user_terms')).all(...params) as typeof rows));
  const agg = new Map<string, Term>();
  for (const r of rows) {
    const e = agg.get(r.term) ?? { term: r.term, count: 0, docIds: [] };
    e.count += r.n;
    e.docIds.push(r.docId);
    agg.set(r.term, e);
  }
  return [...agg.values()];
}

export function listTerms(ctx: CoreContext, a: ApiParsedArgs<'listTerms'>): ApiResults['listTerms'] {
  const items = termCounts(ctx).sort(
    (x, y) => y.docIds.length - x.docIds.length || y.count - x.count || x.term.localeCompare(y.term, 'zh'),
  );
  return { items: items.slice(0, a.limit) };
}
