// Turns an "加入学习专题" request into the stored item: looks up the document paragraph, 金句,
// saved 金句, annotation or quiz questions it points at and snapshots the text with its 出处.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, SessionItemKind } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { citationLine } from '../services/library-read.js';
import { findRow } from '../services/library-rows.js';
import type { ItemRef } from './store.js';

export interface ResolvedItem {
  kind: SessionItemKind;
  content: string;
  citation: string;
  ref: ItemRef;
}

type AddArgs = ApiParsedArgs<'addSessionItem'>;

function paragraphs(ctx: CoreContext, docId: string): { texts: string[]; citation: string; title: string } {
  const row = findRow(ctx, docId);
  if (!row) throw new ApiError('NOT_FOUND', '找不到该文档，可能已被删除。');
  const texts = (JSON.parse(row.paragraphs) as { text: string }[]).map((p) => p.text);
  return { texts, citation: citationLine(row), title: row.title };
}

function needText(a: AddArgs, what: string): string {
  const t = a.text?.trim();
  if (!t) throw new ApiError('BAD_INPUT', `请填写${what}内容。`);
  return t;
}

function fromDocument(ctx: CoreContext, a: AddArgs & { docId: string }): ResolvedItem {
  const doc = paragraphs(ctx, a.docId);
  return {
    kind: 'document',
    content: doc.title,
    citation: a.citation ?? doc.citation,
    ref: { docId: a.docId, paragraphs: doc.texts },
  };
}

function fromExcerpt(ctx: CoreContext, a: AddArgs): ResolvedItem {
  if (a.annotationId !== undefined) {
    const r = ctx.userDb
      .prepare('SELECT doc_id, paragraph, start, end, quote FROM annotations WHERE id = ? AND deleted_at IS NULL')
      .get(a.annotationId) as
      { doc_id: string; paragraph: number; start: number; end: number; quote: string } | undefined;
    if (!r) throw new ApiError('NOT_FOUND', '找不到该标注。');
    const row = findRow(ctx, r.doc_id);
    const citation = a.citation ?? (row ? citationLine(row) : '');
    return {
      kind: 'excerpt',
      content: a.text?.trim() || r.quote,
      citation,
      ref: { docId: r.doc_id, paragraph: r.paragraph, start: r.start, end: r.end, annotationId: a.annotationId },
    };
  }
  if (a.docId !== undefined) {
    const doc = paragraphs(ctx, a.docId);
    const p = a.paragraph ?? 0;
    const text = doc.texts[p];
    if (text === undefined) throw new ApiError('NOT_FOUND', '该段落不存在。');
    const start = Math.min(a.start ?? 0, text.length);
    const end = Math.min(a.end ?? text.length, text.length);
    const content = a.text?.trim() || text.slice(start, end);
    return {
      kind: 'excerpt',
      content,
      citation: a.citation ?? doc.citation,
      ref: { docId: a.docId, paragraph: p, start, end },
    };
  }
  return { kind: 'excerpt', content: needText(a, '摘录'), citation: a.citation ?? '', ref: {} };
}

interface QuoteRow {
  doc_id: string | null;
  paragraph: number | null;
  text: string;
  citation: string;
}

function fromQuote(ctx: CoreContext, a: AddArgs): ResolvedItem {
  let r: QuoteRow | undefined;
  if (a.quoteId !== undefined) {
    r = ctx.userDb.prepare('SELECT doc_id, paragraph, text, citation FROM all_quotes WHERE id = ?').get(a.quoteId) as
      QuoteRow | undefined;
    if (!r) throw new ApiError('NOT_FOUND', '找不到该金句。');
  } else if (a.savedQuoteId !== undefined) {
    r = ctx.userDb
      .prepare('SELECT doc_id, paragraph, text, citation FROM saved_quotes WHERE id = ?')
      .get(a.savedQuoteId) as QuoteRow | undefined;
    if (!r) throw new ApiError('NOT_FOUND', '找不到该金句。');
  }
  if (!r) return { kind: 'quote', content: needText(a, '金句'), citation: a.citation ?? '', ref: {} };
  const ref: ItemRef = {
    ...(r.doc_id ? { docId: r.doc_id } : {}),
    ...(r.paragraph !== null ? { paragraph: r.paragraph } : {}),
  };
  if (a.quoteId !== undefined) ref.quoteId = a.quoteId;
  if (a.savedQuoteId !== undefined) ref.savedQuoteId = a.savedQuoteId;
  return { kind: 'quote', content: r.text, citation: a.citation ?? r.citation, ref };
}

function fromQuiz(ctx: CoreContext, a: AddArgs): ResolvedItem {
  const ids = [...new Set(a.quizItemIds ?? [])];
  if (ids.length === 0) throw new ApiError('BAD_INPUT', '请至少选择一道测验题。');
  const found = ctx.userDb
    .prepare(`SELECT id FROM quiz_items WHERE id IN (${ids.map(() => '?').join(',')})`)
    .pluck()
    .all(...ids) as number[];
  const missing = ids.filter((i) => !found.includes(i));
  if (missing.length) throw new ApiError('NOT_FOUND', `找不到测验题：${missing.join('、')}。`);
  return { kind: 'quiz', content: a.text?.trim() || '随堂测验', citation: a.citation ?? '', ref: { quizItemIds: ids } };
}

export function resolveItem(ctx: CoreContext, a: AddArgs): ResolvedItem {
  switch (a.kind) {
    case 'document':
      if (!a.docId) throw new ApiError('BAD_INPUT', '请选择文档。');
      return fromDocument(ctx, { ...a, docId: a.docId });
    case 'excerpt':
      return fromExcerpt(ctx, a);
    case 'quote':
      return fromQuote(ctx, a);
    case 'quiz':
      return fromQuiz(ctx, a);
    case 'question':
      return { kind: 'question', content: needText(a, '研讨题'), citation: a.citation ?? '', ref: {} };
    case 'note':
      return { kind: 'note', content: needText(a, '备注'), citation: a.citation ?? '', ref: {} };
  }
}
