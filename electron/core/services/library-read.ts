// Library queries over the library views: the document list with filters, sorting, paging and
// facet counts in SQL; one document with its paragraphs and citation line; 金句 and 提法.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, ApiResults, DocumentFull, Paragraph, Quote, Term } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { findRow, speakersOf, SUMMARY_COLS, toSummary, type DocRow } from './library-rows.js';
import { STUDY_DOC_IDS } from '../knowledge/study-material.js';
import { holdsSupersededLine } from '../knowledge/superseded-lines.js';

type Facets = ApiResults['listDocuments']['facets'];

/** WHERE clause and parameters for the list filters (a tag includes its sub-tags). */
function listFilter(a: ApiParsedArgs<'listDocuments'>): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (a.type) {
    where.push('d.type = ?');
    params.push(a.type);
  }
  if (a.year) {
    where.push('d.year = ?');
    params.push(a.year);
  }
  if (a.source) {
    where.push('d.source = ?');
    params.push(a.source);
  }
  if (a.speaker) {
    where.push("EXISTS (SELECT 1 FROM json_each(d.speakers) s WHERE fold(json_extract(s.value, '$.name')) = fold(?))");
    params.push(a.speaker);
  }
  if (a.tag) {
    where.push(`d.id IN (SELECT dt.doc_id FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
                         WHERE t.name = ? OR substr(t.name, 1, ?) = ?)`);
    params.push(a.tag, a.tag.length + 1, `${a.tag}/`);
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const ORDER: Record<ApiParsedArgs<'listDocuments'>['sort'], string> = {
  'date-desc': 'date IS NULL, date DESC, title',
  'date-asc': 'date IS NULL, date ASC, title',
  title: 'zh_sort_key(title), title',
};

function countFacets(ctx: CoreContext, filtered: string, params: unknown[]): Facets {
  const facets: Facets = { type: {}, year: {}, source: {}, speaker: {}, tag: {} };
  const group = (sql: string, into: Record<string, number>) => {
    for (const r of ctx.userDb
      .prepare(sql)
      .raw()
      .all(...params) as [string | number, number][])
      if (r[0] !== null && r[0] !== '') into[String(r[0])] = r[1];
  };
  group(`SELECT type, count(*) FROM (${filtered}) GROUP BY type`, facets.type);
  group(`SELECT year, count(*) FROM (${filtered}) GROUP BY year`, facets.year);
  group(`SELECT source, count(*) FROM (${filtered}) GROUP BY source`, facets.source);
  group(
    `SELECT json_extract(s.value, '$.name'), count(*) FROM (${filtered}) f, json_each(f.speakers) s GROUP BY 1`,
    facets.speaker,
  );
  group(
    `SELECT t.name, count(*) FROM (${filtered}) f JOIN document_tags dt ON dt.doc_id = f.id
     JOIN tags t ON t.id = dt.tag_id GROUP BY t.name`,
    facets.tag,
  );
  return facets;
}

export function listDocuments(ctx: CoreContext, a: ApiParsedArgs<'listDocuments'>): ApiResults['listDocuments'] {
  const { where, params } = listFilter(a);
  const filtered = `SELECT ${SUMMARY_COLS} FROM all_documents d ${where}`;
  const total = ctx.userDb
    .prepare(`SELECT count(*) FROM (${filtered})`)
    .pluck()
    .get(...params) as number;
  const rows = ctx.userDb
    .prepare(`${filtered} ORDER BY ${ORDER[a.sort]} LIMIT ? OFFSET ?`)
    .all(...params, a.limit, a.offset) as Omit<DocRow, 'paragraphs'>[];
  const excerpts = excerptsOf(
    ctx,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => ({ ...toSummary(r), excerpt: excerpts.get(r.id) ?? '' }));
  return { total, items, facets: countFacets(ctx, filtered, params) };
}

const EXCERPT_CHARS = 120;

/** The opening of each document's body for the list (headings, bylines and salutations skipped). */
function excerptsOf(ctx: CoreContext, ids: string[]): Map<string, string> {
  const rows = ctx.userDb
    .prepare('SELECT id, paragraphs FROM all_documents WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: string; paragraphs: string }[];
  return new Map(rows.map((r) => [r.id, excerptOf(JSON.parse(r.paragraphs) as Paragraph[])]));
}

function excerptOf(paragraphs: Paragraph[]): string {
  // A `——在……上的讲话` subtitle line is the header's, not the opening.
  const body = paragraphs
    .filter((p) => p.kind === 'p' && p.text.length > 20 && !/^\s*——/.test(p.text))
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

/** 出处: 讲话人：《题目》，场合，来源，日期。 — the occasion is left out when the title already names it.
 * Only a speech or a delivered report is cited under its speakers: a meeting report or an article
 * is not their words (`梁維東：《東莞：把基層黨組織鍛造得更加堅強有力》` would say he wrote it). */
export function citationLine(
  row: Pick<DocRow, 'title' | 'date' | 'source' | 'speakers' | 'occasion' | 'type'>,
): string {
  const names = row.type === '讲话' || row.type === '文件' ? speakersOf(row).map((s) => s.name) : [];
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
  reason: string;
}

/** The library's 金句: the newest documents first, each document's strongest 金句 first. */
const ORDER_QUOTES = "origin, coalesce(date, '') DESC, doc_id, coalesce(score, 0) DESC, paragraph, start";

/** 金句 of the library (of one document, in reading order); `studyOnly` leaves out historical
 * documents the user has not opted in (knowledge/study-material.ts). */
export function libraryQuotes(
  ctx: CoreContext,
  opts: { docId?: string; studyOnly: boolean; offset?: number; limit?: number },
): { total: number; items: Quote[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (opts.studyOnly) where.push(`doc_id IN (${STUDY_DOC_IDS})`);
  if (opts.docId) {
    where.push('doc_id = ?');
    args.push(opts.docId);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = ctx.userDb
    .prepare(`SELECT count(*) FROM all_quotes ${w}`)
    .pluck()
    .get(...args) as number;
  const rows = ctx.userDb
    .prepare(
      `SELECT id, doc_id, paragraph, text, speaker, occasion, date, citation, reason FROM all_quotes ${w}
       ORDER BY ${opts.docId ? 'paragraph, start' : ORDER_QUOTES} LIMIT ? OFFSET ?`,
    )
    .all(...args, opts.limit ?? -1, opts.offset ?? 0) as QuoteRow[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      docId: r.doc_id,
      paragraph: r.paragraph,
      text: r.text,
      speaker: r.speaker,
      occasion: r.occasion,
      date: r.date,
      citation: r.citation,
      ...(r.reason ? { reason: r.reason } : {}),
    })),
  };
}

/** The API's 金句: study material only — never from a historical document not opted in. */
export function listQuotes(ctx: CoreContext, a: ApiParsedArgs<'listQuotes'>): ApiResults['listQuotes'] {
  return libraryQuotes(ctx, { docId: a.docId, studyOnly: true, offset: a.offset, limit: a.limit });
}

/** 提法 with their occurrence counts and documents across the study material (historical
 * documents only when opted in); optionally only those occurring in the given documents. */
export function termCounts(ctx: CoreContext, docIds?: readonly string[]): Term[] {
  if (docIds && docIds.length === 0) return [];
  const where = [`doc_id IN (${STUDY_DOC_IDS})`];
  if (docIds) where.push(`doc_id IN (${docIds.map(() => '?').join(',')})`);
  const rows = ctx.userDb
    .prepare(
      `SELECT term, doc_id AS docId, count(*) AS n FROM all_terms WHERE ${where.join(' AND ')} GROUP BY term, doc_id`,
    )
    .all(...(docIds ?? [])) as { term: string; docId: string; n: number }[];
  const agg = new Map<string, Term>();
  for (const r of rows) {
    const e = agg.get(r.term) ?? { term: r.term, count: 0, docIds: [] };
    e.count += r.n;
    e.docIds.push(r.docId);
    agg.set(r.term, e);
  }
  return [...agg.values()];
}

/** The API's 提法 list (study material only), most widespread first, with category and first year. */
export function listTerms(ctx: CoreContext, a: ApiParsedArgs<'listTerms'>): ApiResults['listTerms'] {
  const items = termCounts(ctx)
    .sort((x, y) => y.docIds.length - x.docIds.length || y.count - x.count || x.term.localeCompare(y.term, 'zh'))
    .slice(0, a.limit);
  const info = new Map(
    (
      ctx.userDb.prepare('SELECT term, category, first_year FROM bundle.term_info').all() as {
        term: string;
        category: string;
        first_year: number | null;
      }[]
    ).map((r) => [r.term, r]),
  );
  return {
    items: items.map((t) => {
      const i = info.get(t.term);
      if (i) return { ...t, category: i.category, firstYear: i.first_year };
      // A term only the user's imports hold (一大二公, mined as a 数字提法) may be a superseded line.
      return holdsSupersededLine(t.term) ? { ...t, category: '历史提法' } : t;
    }),
  };
}
