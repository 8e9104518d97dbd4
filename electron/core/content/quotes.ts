// 金句 and 提法 of one document. 金句 come from the knowledge layer (electron/core/knowledge:
// citation frames with a certain speaker, the speaker's own memorable sentences, ranked with a
// reason); this module adds where and when each was said (出处 line, occasion, date). 提法 are
// lexicon and rule formulations counted wherever they occur. Matching runs on folded text.
import type { Paragraph } from '../../contract/api.js';
import { extractTerms } from '../knowledge/extract-terms.js';
import { quoteCandidates } from '../knowledge/quote-candidates.js';
import { creditSaying, isProverb } from '../knowledge/sayings.js';
import { fillReportQuotes, mayFill } from '../knowledge/report-fill.js';
import { isReportDirective, OCCASION_REMARK } from '../knowledge/report-directive.js';
import { isRelayedInstruction } from '../knowledge/relayed-instruction.js';
import { isLocalFormula, isSpeechFormula } from '../knowledge/speech-formulas.js';
import {
  MAX_CITE_BONUS,
  MIN_SCORE,
  NEAR_SCORE,
  scoreCandidate,
  selectQuotes,
  type RankedQuote,
} from '../knowledge/quote-rank.js';
import { boundReaches } from '../knowledge/score-bound.js';
import { foldForSearch } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { classicalCouplet, stockEquation } from '../knowledge/sentence-figures.js';
import { unquotableInHistory } from '../knowledge/historical-quotes.js';
import { isFeature } from '../knowledge/article-subjects.js';
import { isMeetingStory } from '../knowledge/speaking-people.js';
import type { ExtractedQuote, ExtractedTerm } from './types.js';
import type { QuoteCandidate } from '../knowledge/quote-candidate-types.js';
import { formatCitation, ownCitation } from './citations.js';

export { formatCitation, ownCitation };

export interface QuoteContext {
  speakers: { name: string; role: string | null }[];
  occasion: string | null;
  date: string | null;
  /** Title of the document, cited when the quote's own occasion is unknown. */
  title?: string;
  /** Document type: own sentences of a 讲话 or 文件 are its speaker's; a 会议报道 has none. */
  type?: string;
  /** A 历史文献: its 金句 are shown, never studied, and keep the length quota only. */
  historical?: boolean;
}

/** A date written next to the quote: `2021年9月`, or `今年8月` resolved against the document year. */
function localDate(folded: string, docDate: string | null): string | null {
  const m = /(1[89]\d\d|20\d\d)年(\d{1,2})月/.exec(folded);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  const thisYear = /今年(\d{1,2})月/.exec(folded);
  if (thisYear && docDate) return `${docDate.slice(0, 4)}-${thisYear[1]!.padStart(2, '0')}`;
  return null;
}

/** `——语出《礼记·中庸》（转引自《…》）`, `——习近平（转引自《…》，2024年）`: a saying the document quotes. */
function sayingCitation(q: RankedQuote, ctx: QuoteContext): string {
  const source = ctx.title ? { title: ctx.title, date: ctx.date } : undefined;
  if (q.speaker) return formatCitation(q.speaker, null, null, source);
  if (q.work) return `——语出${q.work}${ctx.title ? `（转引自《${ctx.title}》）` : ''}`;
  return ownCitation(null, ctx.title, ctx.date);
}

/** 改革开放是…的必由之路；: the first half of a sentence cut at ； is shown cut cleanly at its clause,
 * without the mark that promises more. */
function cutClean(q: RankedQuote): RankedQuote {
  return /[；;]$/.test(q.text) ? { ...q, text: q.text.slice(0, -1), end: q.end - 1 } : q;
}

function located(whole: RankedQuote, paragraphs: Paragraph[], ctx: QuoteContext): ExtractedQuote {
  const q = cutClean(whole);
  const base = { paragraph: q.paragraph, start: q.start, end: q.end, text: q.text, reason: q.reason, score: q.score };
  if (q.source === 'saying')
    return { ...base, speaker: q.speaker, occasion: null, date: null, citation: sayingCitation(q, ctx) };
  if (q.source === 'own' || !q.speaker) {
    const isDocSpeaker = q.speaker !== null;
    return {
      ...base,
      speaker: q.speaker,
      occasion: isDocSpeaker ? ctx.occasion : null,
      date: isDocSpeaker ? ctx.date : null,
      citation: ownCitation(q.speaker, ctx.title, ctx.date),
    };
  }
  const f = foldForSearch(paragraphs[q.paragraph]!.text);
  const prev = q.paragraph > 0 ? foldForSearch(paragraphs[q.paragraph - 1]!.text) : '';
  const isDocSpeaker = ctx.speakers.some((s) => s.name === q.speaker);
  const visit =
    /来到(.{2,20}?)(?:考察|调研|视察)/.exec(f.slice(0, q.start)) ?? /来到(.{2,20}?)(?:考察|调研|视察)/.exec(prev);
  const occasion = visit ? `${visit[1]}考察时` : isDocSpeaker ? ctx.occasion : null;
  // The document's own date only dates the quote when the document's speaker said it;
  // a speech citing 习近平 is not dated by the speech.
  const date = localDate(f, ctx.date) ?? localDate(prev, ctx.date) ?? (isDocSpeaker ? ctx.date : null);
  return {
    ...base,
    speaker: q.speaker,
    occasion,
    date,
    citation: formatCitation(q.speaker, occasion, date, ctx.title ? { title: ctx.title, date: ctx.date } : undefined),
  };
}

/** `韦志强（城关镇镇长）：…` in a 纪要 typed 文件: a line under a person the document does not speak as (its
 * turns, each the record of what one attendee said), which fills the list as an interview's answers do. */
const minutedTurn = (c: QuoteCandidate, ctx: QuoteContext): boolean =>
  c.source === 'own' && !c.reported && !!c.speaker && !ctx.speakers.some((s) => s.name === c.speaker);

/** What the rest of the library says about a sentence (bundle build; cross-cite.ts). */
export interface LibraryView {
  cited(text: string): number;
  saidEarlier(text: string): boolean;
}

const NO_CITATIONS = (): number => 0;

/** The document's 金句, with the library's view of each sentence when building the bundle. */
export function extractQuotes(paragraphs: Paragraph[], ctx: QuoteContext, library?: LibraryView): ExtractedQuote[] {
  const cited = library ? (text: string) => library.cited(text) : NO_CITATIONS;
  const candidates = quoteCandidates({
    paragraphs,
    type: ctx.type ?? '文章',
    speakers: ctx.speakers,
    title: ctx.title,
  });
  // Being repeated elsewhere lifts a sentence that already has some form of its own (boilerplate
  // repeated from report to report has none); counting is costly, so only those are counted.
  // Whatever the citations, a sentence whose optimistic score (without jieba) is below this is
  // not kept: most are ruled out before any word segmentation.
  const floor = MIN_SCORE - (cited === NO_CITATIONS ? 0 : MAX_CITE_BONUS);
  const ranked = candidates.flatMap((c) => {
    if (!boundReaches(c, floor)) return [];
    const plain = scoreCandidate(c);
    if (!plain || plain.score < MIN_SCORE - MAX_CITE_BONUS) return [];
    if (plain.score < 0) return [plain];
    const n = cited(c.text);
    return n ? (scoreCandidate(c, n) ?? []) : [plain];
  });
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
  // Unmarked well-known sayings, and sentences an earlier document by someone else has, are not
  // the document speaker's own words.
  // Proverbs and a speech's stock formulas are nobody's 金句 (an imported local document also drops the
  // formulas of its kind: speech-formulas.ts).
  const stock = (text: string) => isProverb(text) || isSpeechFormula(text) || (!library && isLocalFormula(text));
  const credited = ranked
    .filter((q) => q.score >= NEAR_SCORE && !stock(q.text) && !isRelayedInstruction(q, ctx.speakers))
    .map(creditSaying)
    .map((q) => (q.source === 'own' && q.speaker && library?.saidEarlier(q.text) ? { ...q, speaker: null } : q))
    // (A local speech quotes an old-style maxim, or a stock equation, rather than coins it: sentence-figures.ts.)
    .map((q) =>
      !library && q.source === 'own' && q.speaker && (classicalCouplet(q.text) || stockEquation(q.text))
        ? { ...q, speaker: null }
        : q,
    );
  // (A meeting report's directives to the hall, pledges and requests are its work list: report-directive.ts.)
  const report = ctx.type === '会议报道';
  // (A 历史文献 shows only lines that are still quotable theses: historical-quotes.ts.)
  const after = (q: RankedQuote) =>
    splitSentences(paragraphs[q.paragraph]?.text ?? '').find((s) => s.start >= q.end)?.text;
  const pool = ctx.historical ? credited.filter((q) => !unquotableInHistory(q, after(q))) : credited;
  const kept = selectQuotes(report ? pool.filter((q) => !isReportDirective(q.text)) : pool, chars, ctx.historical);
  // A meeting report keeps what its speakers said even when it has little form of its own; so does
  // an interview its answers (in an article, an own sentence with a speaker is an answer turn's), and a 通讯 on one
  // person the words it gives as his (`龙秀英说，手艺留在村里，年轻人就多了一个回来的理由。`: article-subjects.ts).
  // (A 座谈, 宣讲, 报告会 or 代表通道 story, its people's words as a meeting report's, but for its directives and the
  // remarks of the occasion, `我们要接过…的接力棒`, `听了宣讲，…`: speaking-people.ts.)
  const whole = paragraphs.map((p) => p.text).join('\n');
  const feature = ctx.type === '文章' && isFeature(whole);
  const story = ctx.type === '文章' && isMeetingStory(foldForSearch(whole), foldForSearch(ctx.title ?? ''));
  const told = (c: QuoteCandidate) => feature || (story && !isReportDirective(c.text) && !OCCASION_REMARK.test(c.text));
  const said = (
    report
      ? candidates.filter((c) => !isReportDirective(c.text))
      : ctx.type === '文章'
        ? candidates.filter((c) => c.source === 'own' && (!c.reported || told(c)))
        : ctx.type === '文件'
          ? candidates.filter((c) => minutedTurn(c, ctx) && !isReportDirective(c.text))
          : []
  )
    // (Only what may fill is checked for stock lines: an empty list fills nothing, as one without speakers.)
    .filter((c) => mayFill(c) && !stock(c.text));
  // (A 历史文献's list is not filled with plain lines: an empty list beats a bad one.)
  const minutes = ctx.type === '文件';
  const filled =
    said.length && !ctx.historical
      ? fillReportQuotes(kept, said, chars, (text) => !!library?.saidEarlier(text), minutes)
      : kept;
  return filled.map((q) => located(q, paragraphs, ctx));
}

export function extractQuotesAndTerms(
  paragraphs: Paragraph[],
  ctx: QuoteContext,
): { quotes: ExtractedQuote[]; terms: ExtractedTerm[] } {
  return { quotes: extractQuotes(paragraphs, ctx), terms: extractTerms(paragraphs) };
}
