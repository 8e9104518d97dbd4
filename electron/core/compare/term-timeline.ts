// 提法 through the years: every document of the library that uses a formulation, counted per year,
// its first and latest use, and the sentences that say what it is (…是…, 坚持…, “…”).
import type { LibraryPlace, TermOccurrence, TermTimeline } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { splitSentences } from '../text/sentences.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { byDateAsc, docsWithPhrase } from '../search/phrase-docs.js';
import { findRow } from '../services/library-rows.js';
import { searchSources } from '../search/sources.js';
import { foldForSearch } from '../text/normalize.js';
import { termPlaces } from './term-places.js';

const MAX_DEFINITIONS = 6;
const SNIPPET = 50;

type Definition = LibraryPlace & { text: string; score: number };

/** How strongly a sentence defines the (folded) term: 0 = it only uses it. */
export function definitionScore(foldedSentence: string, t: string): number {
  const esc = escapeRegExp(t);
  if (new RegExp(`(所谓|什么是)“?${esc}|${esc}”?[，,]?(就是|是指|指的是|是)`).test(foldedSentence)) return 3;
  if (new RegExp(`${esc}”?的(核心|本质|要义|内涵|精髓|实质)`).test(foldedSentence)) return 2;
  if (new RegExp(`(坚持|贯彻|践行|落实|深化|推进|实施|以)“?${esc}`).test(foldedSentence)) return 1;
  if (foldedSentence.includes(`“${t}”`)) return 1;
  return 0;
}

export function termTimeline(ctx: CoreContext, term: string): TermTimeline {
  const places = termPlaces(term);
  const src = searchSources(ctx);
  const seen = new Set<string>();
  const metas = places.forms
    .flatMap((f) => docsWithPhrase(src, f))
    .filter((m) => !seen.has(m.docId) && seen.add(m.docId))
    .sort(byDateAsc);
  const occurrences: TermOccurrence[] = [];
  const definitions: Definition[] = [];
  for (const m of metas) {
    const row = findRow(ctx, m.docId);
    if (!row) continue;
    const place = (paragraph: number): LibraryPlace => ({
      docId: row.id,
      title: row.title,
      date: row.date,
      year: row.year,
      paragraph,
    });
    const paragraphs = JSON.parse(row.paragraphs) as { text: string }[];
    const folded = paragraphs.map((p) => foldForSearch(p.text));
    const hits = places.find(folded);
    const count = hits.length;
    const at = hits[0];
    const first: TermOccurrence | null = at
      ? {
          ...place(at.paragraph),
          count: 0,
          snippet: paragraphs[at.paragraph]!.text.slice(
            Math.max(0, at.start - SNIPPET),
            at.start + at.length + SNIPPET,
          ),
        }
      : null;
    for (const pi of new Set(hits.map((h) => h.paragraph))) {
      const text = paragraphs[pi]!.text;
      const inPara = hits.filter((h) => h.paragraph === pi);
      for (const s of splitSentences(text)) {
        const hit = inPara.find((h) => h.start >= s.start && h.start + h.length <= s.end);
        if (!hit) continue;
        const sentence = folded[pi]!.slice(s.start, s.end);
        // The very first use is kept as context even when it defines nothing.
        const form = folded[pi]!.slice(hit.start, hit.start + hit.length);
        const score = definitionScore(sentence, form) || (definitions.length ? 0 : 0.5);
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
