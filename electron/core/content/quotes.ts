// 金句 and 提法. A 金句 is a sentence in “…” attributed to a speaker by a cue word (强调/指出/说…)
// in the same sentence; a short quoted formulation (“两委”, “四议两公开”) is a 提法, recorded
// with every occurrence. Matching runs on folded text so traditional documents work too.
import type { Paragraph } from '../../contract/api.js';
import { foldForSearch } from '../text/normalize.js';
import { extractTerms } from '../knowledge/extract-terms.js';
import type { ExtractedQuote, ExtractedTerm } from './types.js';

export interface QuoteContext {
  speakers: { name: string; role: string | null }[];
  occasion: string | null;
  date: string | null;
  /** Title of the document, cited when the quote's own occasion is unknown. */
  title?: string;
}

/** Aliases (folded) → canonical speaker name. Longest first so `习近平总书记` wins over `总书记`. */
const LEADERS: [string, string][] = [
  ['习近平总书记', '习近平'],
  ['习总书记', '习近平'],
  ['习近平同志', '习近平'],
  ['习近平', '习近平'],
  ['总书记', '习近平'],
  ['毛主席', '毛泽东'],
  ['毛泽东同志', '毛泽东'],
  ['毛泽东', '毛泽东'],
  ['邓小平同志', '邓小平'],
  ['邓小平', '邓小平'],
];
const CUE = /强调|指出|说|要求|表示|提出|讲|指示|寄语|告诫|称|认为/;
const QUOTE_PAIR = /“([^“”]{1,400})”|"([^"\n]{1,400})"/g;
const TERM_MAX = 8;
const QUOTE_MIN = 10;

function speakerIn(segment: string, ctx: QuoteContext): string | null {
  for (const [alias, name] of LEADERS) if (segment.includes(alias)) return name;
  for (const s of ctx.speakers) if (segment.includes(foldForSearch(s.name))) return s.name;
  return null;
}

function formatDate(date: string | null): string {
  if (!date) return '';
  const [y, m] = date.split('-');
  return m ? `（${y}年${Number(m)}月）` : `（${y}年）`;
}

export function formatCitation(
  speaker: string,
  occasion: string | null,
  date: string | null,
  source?: { title: string; date: string | null },
): string {
  if (!occasion && !date && source) {
    // Neither occasion nor date known (a quote cited inside another text): say where it was quoted from.
    const year = source.date ? `，${source.date.slice(0, 4)}年` : '';
    return `——${speaker}（转引自《${source.title}》${year}）`;
  }
  const at = occasion ? `在${occasion}${/时$/.test(occasion) ? '' : '上'}的讲话` : '';
  return `——${speaker}${at}${formatDate(date)}`;
}

/** A date written next to the quote: `2021年9月`, or `今年8月` resolved against the document year. */
function localDate(folded: string, docDate: string | null): string | null {
  const m = /(1[89]\d\d|20\d\d)年(\d{1,2})月/.exec(folded);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  const thisYear = /今年(\d{1,2})月/.exec(folded);
  if (thisYear && docDate) return `${docDate.slice(0, 4)}-${thisYear[1]!.padStart(2, '0')}`;
  return null;
}

export function extractQuotesAndTerms(
  paragraphs: Paragraph[],
  ctx: QuoteContext,
): { quotes: ExtractedQuote[]; terms: ExtractedTerm[] } {
  const quotes: ExtractedQuote[] = [];
  const folded = paragraphs.map((p) => foldForSearch(p.text));
  paragraphs.forEach((para, pi) => {
    const f = folded[pi]!;
    for (const m of f.matchAll(QUOTE_PAIR)) {
      const inner = m[1] ?? m[2] ?? '';
      const start = m.index + 1;
      const end = start + inner.length;
      const text = para.text.slice(start, end);
      if (inner.length <= TERM_MAX && !/[，。,；;：:！？!?]/.test(inner)) continue; // a formulation, not a sentence
      if (inner.length < QUOTE_MIN) continue;
      // The attribution must sit in the same sentence: before the quote or right after it.
      const sentenceStart =
        Math.max(f.lastIndexOf('。', m.index), f.lastIndexOf('！', m.index), f.lastIndexOf('？', m.index)) + 1;
      const before = f.slice(sentenceStart, m.index);
      const afterEnd = f.slice(end + 1).search(/[。！？]/);
      const after = f.slice(end + 1, afterEnd < 0 ? undefined : end + 1 + afterEnd);
      let speaker: string | null = null;
      if (CUE.test(before)) speaker = speakerIn(before, ctx);
      if (!speaker && CUE.test(after) && after.length <= 20) speaker = speakerIn(after, ctx);
      if (!speaker) continue;
      const isDocSpeaker = ctx.speakers.some((s) => s.name === speaker);
      const visit =
        /来到(.{2,20}?)(?:考察|调研|视察)/.exec(before) ??
        /来到(.{2,20}?)(?:考察|调研|视察)/.exec(folded[pi - 1] ?? '');
      const occasion = visit ? `${visit[1]}考察时` : isDocSpeaker ? ctx.occasion : null;
      // The document's own date only dates the quote when the document's speaker said it;
      // a speech citing 习近平 is not dated by the speech.
      const date =
        localDate(f, ctx.date) ?? localDate(folded[pi - 1] ?? '', ctx.date) ?? (isDocSpeaker ? ctx.date : null);
      quotes.push({
        paragraph: pi,
        start,
        end,
        text,
        speaker,
        occasion,
        date,
        citation: formatCitation(speaker, occasion, date, ctx.title ? { title: ctx.title, date: ctx.date } : undefined),
      });
    }
  });
  const terms = extractTerms(paragraphs);
  return { quotes, terms };
}
