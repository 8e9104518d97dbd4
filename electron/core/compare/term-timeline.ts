// 提法 through the years: every document of the library that uses a formulation, counted per year,
// its first and latest use, and the sentences that say what it is (…是…, 坚持…, “…”).
import type { LibraryPlace, TermOccurrence, TermTimeline } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { splitSentences } from '../text/sentences.js';
import { byDateAsc, docsWithPhrase } from '../search/phrase-docs.js';
import { findRow } from '../services/library-rows.js';
import { searchSources } from '../search/sources.js';
import { foldForSearch } from '../text/normalize.js';

const MAX_DEFINITIONS = 6;
const SNIPPET = 50;

type Definition = LibraryPlace & { text: string; score: number };

/** How strongly a sentence defines the (folded) term: 0 = it only uses it. */
export function definitionScore(foldedSentence: string, t: string): number {
  const esc = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(所谓|什么是)“?${esc}|${esc}”?[，,]?(就是|是指|指的是|是)`).test(foldedSentence)) return 3;
  if (new RegExp(`${esc}”?的(核心|本质|要义|内涵|精髓|实质)`).test(foldedSentence)) return 2;
  if (new RegExp(`(坚持|贯彻|践行|落实|深化|推进|实施|以)“?${esc}`).test(foldedSentence)) return 1;
  if (foldedSentence.includes(`“${t}”`)) return 1;
  return 0;
}

export function termTimeline(ctx: CoreContext, term: string): TermTimeline {
  const t = foldForSearch(term.trim());
  const metas = docsWithPhrase(searchSources(ctx), term.trim()).sort(byDateAsc);
  const occurrences: TermOccurrence[] = [];
  const definitions: Definition[] = [];
  for (const m of metas) {
    const row = findRow(ctx, m.docId);
    if (!row) continue;
    let count = 0;
    let first: TermOccurrence | null = null;
    const place = (paragraph: number): LibraryPlace => ({
      docId: row.id,
      title: row.title,
      date: row.date,
      year: row.year,
      paragraph,
    });
    const paragraphs = JSON.parse(row.paragraphs) as { text: string }[];
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const text = paragraphs[pi]!.text;
      const folded = foldForSearch(text);
      let at = folded.indexOf(t);
      if (at < 0) continue;
      first ??= { ...place(pi), count: 0, snippet: text.slice(Math.max(0, at - SNIPPET), at + t.length + SNIPPET) };
      for (; at >= 0; at = folded.indexOf(t, at + t.length)) count++;
      for (const s of splitSentences(text)) {
        const sentence = folded.slice(s.start, s.end);
        if (!sentence.includes(t)) continue;
        // The very first use is kept as context even when it defines nothing.
        const score = definitionScore(sentence, t) || (definitions.length ? 0 : 0.5);
        if (score) definitions.push({ ...place(pi), text: s.text, score });
      }
    }
    if (first) occurrences.push({ ...first, count });
  }
  const years = new Map<number, { count: number; docs: number }>();
  for (const o of occurrences) {
    if (o.year === null) continue;
    const y = years.get(o.year) ?? { count: 0, docs: 0 };
    y.count += o.count;
    y.docs++;
    years.set(o.year, y);
  }
  const dated = occurrences.filter((o) => o.date);
  return {
    term: term.trim(),
    total: occurrences.reduce((n, o) => n + o.count, 0),
    years: [...years].sort((a, b) => a[0] - b[0]).map(([year, v]) => ({ year, ...v })),
    first: dated[0] ?? occurrences[0] ?? null,
    latest: dated[dated.length - 1] ?? null,
    // Strongest definitions first; among equals the earliest use.
    definitions: definitions
      .map((d, i) => ({ d, i }))
      .sort((a, b) => b.d.score - a.d.score || a.i - b.i)
      .slice(0, MAX_DEFINITIONS)
      .map(({ d: { score: _s, ...rest } }) => rest),
    occurrences,
  };
}
