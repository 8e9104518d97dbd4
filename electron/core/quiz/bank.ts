// The question bank: list with filters, author/edit (validated), delete, and generation on demand.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, ApiResults, QuizItem } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { findRow } from '../services/library-rows.js';
import { notExcluded } from '../knowledge/study-material.js';
import { generateFromHighlights } from './generate-highlights.js';
import { generateQuestions } from './generate.js';
import { getItem, insertDrafts, selectItems, updateDraft } from './store.js';
import { loadSource } from './source.js';
import { itemFilters } from './item-filters.js';
import type { QuestionDraft } from './types.js';
import { validateDraft } from './validate.js';

export function listItems(ctx: CoreContext, a: ApiParsedArgs<'quizList'>): ApiResults['quizList'] {
  // Generated and imported questions on a historical document the user has not opted in stay in
  // the bank but are not listed; the user's own questions always are.
  const where: string[] = [`(q.origin = 'user' OR ${notExcluded('q.doc_id')})`];
  const params: unknown[] = [];
  itemFilters(a, where, params);
  if (a.origin) {
    where.push('q.origin = ?');
    params.push(a.origin);
  }
  if (a.query) {
    where.push(`(instr(q.stem, ?) > 0 OR instr(q.fact, ?) > 0)`);
    params.push(a.query, a.query);
  }
  const w = 'WHERE ' + where.join(' AND ');
  const total = (ctx.userDb.prepare(`SELECT count(*) AS n FROM quiz_items q ${w}`).get(...params) as { n: number }).n;
  return { total, items: selectItems(ctx, w, params, `ORDER BY q.id DESC LIMIT ${a.limit} OFFSET ${a.offset}`) };
}

export function saveItem(ctx: CoreContext, a: ApiParsedArgs<'quizSave'>): QuizItem {
  const previous = a.id ? getItem(ctx, a.id) : null;
  // 填空 without a separate fact: the stem itself is the fact the blanks index into.
  const fact = a.kind === '填空' && !a.fact ? a.stem : a.fact;
  const draft: QuestionDraft = {
    kind: a.kind,
    factKind: previous?.factKind ?? (a.docId ? 'highlight' : 'authored'),
    docId: a.docId !== undefined ? a.docId : (previous?.docId ?? null),
    paragraph: a.paragraph !== undefined ? a.paragraph : (previous?.paragraph ?? null),
    start: a.start !== undefined ? a.start : (previous?.start ?? null),
    end: a.end !== undefined ? a.end : (previous?.end ?? null),
    stem: a.kind === '填空' && !a.fact ? '' : a.stem,
    fact,
    options: a.kind === '填空' ? [] : a.options,
    correct: a.kind === '填空' ? [] : a.correct,
    blanks:
      a.kind === '填空'
        ? a.blanks.map((b) => ({ ...b, text: fact.slice(b.start, b.end) }))
        : (previous?.blanks ?? []).filter((b) => fact.slice(b.start, b.end) === b.text),
    explanation: a.explanation,
    tags: a.tags,
  };
  const errors = validateDraft(draft);
  if (errors.length) throw new ApiError('BAD_INPUT', `题目不完整：${errors[0]}`, errors);
  // A question tied to a passage must quote that passage exactly, so “查看原文” lands on it.
  if (draft.docId && a.docId !== undefined && draft.paragraph !== null && draft.start !== null && draft.end !== null) {
    const row = findRow(ctx, draft.docId);
    const paragraphs = row ? (JSON.parse(row.paragraphs) as { text: string }[]) : [];
    if (paragraphs[draft.paragraph]?.text.slice(draft.start, draft.end) !== draft.fact)
      throw new ApiError('BAD_INPUT', '题目原文与文档中的位置不符。');
  }
  if (previous) {
    updateDraft(ctx.userDb, previous.id, draft);
    return getItem(ctx, previous.id);
  }
  const { ids } = insertDrafts(ctx.userDb, [draft], 'user');
  if (!ids[0]) throw new ApiError('BAD_INPUT', '题库中已有相同的题目。');
  return getItem(ctx, ids[0]);
}

export function deleteItem(ctx: CoreContext, id: number): { deleted: boolean } {
  const r = ctx.userDb.transaction(() => ctx.userDb.prepare('DELETE FROM quiz_items WHERE id = ?').run(id))();
  return { deleted: r.changes > 0 };
}

export function generateAndSave(ctx: CoreContext, a: ApiParsedArgs<'quizGenerate'>): ApiResults['quizGenerate'] {
  const src = loadSource(ctx);
  const drafts = generateQuestions(src, a.from, a.count, a.from === 'all' ? generateFromHighlights(ctx, src) : []);
  const byFact: Record<string, number> = {};
  for (const d of drafts) byFact[`${d.factKind}:${d.kind}`] = (byFact[`${d.factKind}:${d.kind}`] ?? 0) + 1;
  if (!a.save) {
    const sample = drafts.slice(0, 20).map((d, i) => ({
      ...d,
      id: -(i + 1),
      origin: 'generated' as const,
      sourceTitle: d.docId ? (loadTitle(ctx, d.docId) ?? null) : null,
    }));
    return { generated: drafts.length, saved: 0, duplicates: 0, byFact, sample };
  }
  const { saved, duplicates, ids } = insertDrafts(ctx.userDb, drafts, 'generated');
  const sample = ids.length ? selectItems(ctx, `WHERE q.id IN (${ids.slice(0, 20).join(',')})`, []) : [];
  return { generated: drafts.length, saved, duplicates, byFact, sample };
}

function loadTitle(ctx: CoreContext, docId: string): string | undefined {
  return ctx.userDb.prepare('SELECT title FROM all_documents WHERE id = ?').pluck().get(docId) as string | undefined;
}
