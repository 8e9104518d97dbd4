// "Suggest material for a topic": a typed topic and/or a tag → ranked documents (from the
// search engine, with the best snippet), 金句 (matching the topic, or from the hit documents)
// and 提法 (terms that occur in the hit documents, those containing the topic first) — from study
// material only: historical documents are suggested only when the user opted them in.
import type { ApiParsedArgs, SessionMaterial } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { runSearch } from '../search/engine.js';
import { searchSources } from '../search/sources.js';
import { searchQuotes } from '../search/quote-search.js';
import { foldForSearch } from '../text/normalize.js';
import { citationLine, termCounts } from '../services/library-read.js';
import { rowsByIds } from '../services/library-rows.js';
import { excludedDocIds } from '../knowledge/study-material.js';
import { holdsSupersededLine } from '../knowledge/superseded-lines.js';
import { lexicon } from '../knowledge/lexicon.js';

let historical: Set<string> | null = null;
/** A 历史提法 of the lexicon (大跃进, 人民公社): a 党史 text names it, but it is no 提法 to study. */
const isHistoricalTerm = (term: string) =>
  (historical ??= new Set(
    lexicon().flatMap((e) => (e.category === '历史提法' ? [e.term, ...(e.variants ?? [])] : [])),
  )).has(term);

/** Quote the tag when it holds spaces or syntax characters so the parser reads it as one value. */
function tagClause(tag: string): string {
  return /[\s":]/.test(tag) ? `tag:"${tag.replace(/"/g, '')}"` : `tag:${tag}`;
}

function savedQuotesWithTag(ctx: CoreContext, tag: string): SessionMaterial['quotes'] {
  const rows = ctx.userDb
    .prepare(
      `SELECT s.id, s.doc_id, s.text, s.citation FROM saved_quotes s JOIN quote_tags qt ON qt.saved_quote_id = s.id JOIN tags t ON t.id = qt.tag_id WHERE t.name = ? ORDER BY s.id`,
    )
    .all(tag) as { id: number; doc_id: string | null; text: string; citation: string }[];
  return rows.map((r) => ({ quoteId: `s:${r.id}`, docId: r.doc_id ?? '', text: r.text, citation: r.citation }));
}

function termsFor(ctx: CoreContext, docIds: string[], topic: string, limit: number): SessionMaterial['terms'] {
  const folded = foldForSearch(topic);
  const onTopic = (t: string) => (folded && foldForSearch(t).includes(folded) ? 1 : 0);
  // A superseded line (以阶级斗争为纲) a current text names, or a 历史提法, is no 提法 to study on any topic.
  return termCounts(ctx, docIds)
    .filter((t) => !holdsSupersededLine(t.term) && !isHistoricalTerm(t.term))
    .sort(
      (a, b) =>
        onTopic(b.term) - onTopic(a.term) ||
        b.docIds.length - a.docIds.length ||
        b.count - a.count ||
        a.term.localeCompare(b.term, 'zh'),
    )
    .slice(0, limit);
}

export function suggestMaterial(ctx: CoreContext, a: ApiParsedArgs<'suggestSessionMaterial'>): SessionMaterial {
  const src = searchSources(ctx);
  const query = [a.topic, a.tag ? tagClause(a.tag) : ''].filter(Boolean).join(' ');
  if (!query) return { documents: [], quotes: [], terms: [] };
  // Historical documents stay searchable, but are not suggested as study material unless opted in
  // (at most `excluded.size` hits are dropped, so asking for that many more still fills the list).
  const excluded = excludedDocIds(ctx);
  const hits = runSearch(src, { query, sort: 'relevance', offset: 0, limit: a.limit + excluded.size })
    .hits.filter((h) => !excluded.has(h.docId))
    .slice(0, a.limit);
  const rows = rowsByIds(
    ctx,
    hits.map((h) => h.docId),
  );
  const documents = hits.map((h) => {
    const row = rows.get(h.docId);
    const snip = h.snippets[0];
    return {
      docId: h.docId,
      title: h.title,
      date: h.date,
      citation: row ? citationLine(row) : `《${h.title}》`,
      paragraph: snip?.paragraph ?? 0,
      snippet: snip?.text ?? '',
      score: h.score,
    };
  });

  const quotes: SessionMaterial['quotes'] = a.tag ? savedQuotesWithTag(ctx, a.tag) : [];
  const seen = new Set(quotes.map((q) => q.text));
  const push = (q: { id: string; docId: string; text: string; citation: string }) => {
    if (quotes.length >= a.limit || seen.has(q.text)) return;
    seen.add(q.text);
    quotes.push({ quoteId: q.id, docId: q.docId, text: q.text, citation: q.citation });
  };
  if (a.topic) for (const q of searchQuotes(src, a.topic, 0, a.limit * 4).items) if (!excluded.has(q.docId)) push(q);
  // Fill up with 金句 from the best documents, in document rank order.
  const hitIds = documents.map((d) => d.docId);
  if (quotes.length < a.limit && hitIds.length) {
    const marks = hitIds.map(() => '?').join(',');
    const all = ctx.userDb
      .prepare(
        `SELECT id, doc_id AS docId, text, citation FROM all_quotes WHERE doc_id IN (${marks}) ORDER BY paragraph, start`,
      )
      .all(...hitIds) as { id: string; docId: string; text: string; citation: string }[];
    for (const id of hitIds) for (const q of all.filter((x) => x.docId === id)) push(q);
  }
  return { documents, quotes, terms: termsFor(ctx, hitIds, a.topic, a.limit) };
}
