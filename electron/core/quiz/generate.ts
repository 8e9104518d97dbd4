// Generation entry point: runs the generators, drops malformed drafts and duplicates, and
// interleaves the kinds of fact so a small count still mixes 金句, 提法 and numbers.
import { generateFromNumbers } from './generate-numbers.js';
import { quoteQuestions } from './generate-quotes.js';
import { termStatements } from './generate-statements.js';
import { generateFromSeries } from './generate-series.js';
import { generateFromTerms } from './generate-terms.js';
import { fingerprint } from './fingerprint.js';
import { wholeFact } from './fact-text.js';
import { nameLabelLength } from './name-label.js';
import { misstatesCanon } from './canon-statements.js';
import type { QuestionDraft, QuizSource } from './types.js';
import { validateDraft } from './validate.js';
import { ownPledge, unitOwnLine } from './import-lines.js';
import { asksWords, localVoice } from './local-voice.js';
import { blanksBookTitle, cutsShortQuotation } from './blank-in-quotation.js';
import { isCriticisedLine, isSupersededLine } from '../knowledge/superseded-lines.js';
import { recalledPeriodSpeech, recalledSentence, type RecalledSpan } from '../knowledge/recalled-speech.js';

export type GenerateFrom = 'all' | 'quotes' | 'terms' | 'numbers';

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i] as T);
  return out;
}

export function generateQuestions(
  src: QuizSource,
  from: GenerateFrom = 'all',
  count = 300,
  extra: QuestionDraft[] = [],
): QuestionDraft[] {
  // `extra`: drafts made elsewhere (the user's highlights) that go through the same checks.
  const lists: QuestionDraft[][] = extra.length ? [extra] : [];
  // A library fact cut inside brackets (…细颗粒物（PM) or written in traditional script is no
  // stem to show (the user's own highlights are theirs to word).
  // The period's words a later text recalls (recalled-speech.ts), found once per document.
  const spans = new Map<string, { paragraphs: string[]; spans: RecalledSpan[] }>();
  const recalledFact = (d: QuestionDraft) => {
    const doc = d.docId ? src.docs.get(d.docId) : undefined;
    if (!doc) return false;
    let r = spans.get(doc.id);
    if (!r) {
      const paragraphs = doc.paragraphs.map((p) => p.text);
      r = { paragraphs, spans: recalledPeriodSpeech(paragraphs) };
      spans.set(doc.id, r);
    }
    return r.spans.length > 0 && recalledSentence(r.paragraphs, r.spans, d.fact);
  };
  const docList = [...src.docs.values()];
  // Of a local voice's import only the words are asked (local-voice.ts: asksWords).
  const localDoc = (d: QuestionDraft) => {
    const doc = d.docId ? src.docs.get(d.docId) : undefined;
    return !!doc && localVoice(doc, docList);
  };
  // A fact still opening on an interviewee's name label (魏春林：…; name-label.ts) is no whole text either.
  const labelled = (d: QuestionDraft) => {
    const doc = d.docId ? src.docs.get(d.docId) : undefined;
    return !!doc && nameLabelLength(d.fact, doc.paragraphs) > 0;
  };
  const whole = (ds: QuestionDraft[]) =>
    ds.filter(
      (d) =>
        wholeFact(d.fact) &&
        !labelled(d) &&
        !misstatesCanon(d.fact) &&
        (asksWords(d) || !localDoc(d)) &&
        !givenAway(d) &&
        !undatedPlanNumber(d) &&
        !asksCriticisedLine(d) &&
        !recalledFact(d) &&
        // The unit's own lines and procedure, and the writer's own pledge (我将坚持…), in a member's import
        // (import-lines.ts): no study item of any kind — a series item or a 金句 as much as a 提法.
        !(d.docId?.startsWith('u:') && (unitOwnLine(d.fact) || ownPledge(d.fact))) &&
        !cutsShortQuotation(d.fact, d.blanks) &&
        !blanksBookTitle(d.fact, d.blanks),
    );
  const quotes = from === 'all' || from === 'quotes' ? quoteQuestions(src) : null;
  if (quotes) lists.push(whole(quotes.asked));
  if (from === 'all' || from === 'terms') lists.push(whole(generateFromTerms(src)), whole(generateFromSeries(src)));
  if (from === 'all' || from === 'numbers') {
    // A county's or a village's own figures (全县建成标准化茶园8万亩, 28个项目集中签约) are one place's news,
    // no study material: only figures a learner can study (the library's, a national text's) are asked.
    lists.push(whole(generateFromNumbers(src)).filter((d) => !localDoc(d)));
  }
  // 判断 of a source, not of a figure (generate-statements.ts), last: every other question keeps its place.
  if (quotes) lists.push(whole(quotes.statements));
  if (from === 'all' || from === 'terms') lists.push(whole(termStatements(src)));
  const seen = new Set<string>();
  const asked = new Map<string, string>();
  const out: QuestionDraft[] = [];
  for (const d of interleave(lists)) {
    if (out.length >= count) break;
    // Same stem over the same fact twice (a 金句 quoted in two documents) would be one question
    // with two contradicting answers: keep the first.
    const fp = fingerprint(d);
    const shown = `${d.kind}\u0001${d.stem}\u0001${d.fact}\u0001${JSON.stringify(d.blanks)}`;
    // A 金句 and a 提法 question asking the same words of one sentence ask one thing twice (雷锋精神是【社会主义核心价值观】
    // 的生动体现, questions-imported66.json): the first is kept. (A 提法's 填空 and 单选 of one blank stay: questions64.)
    const words = `${d.fact}\u0001${answersOf(d).join('\u0001')}`;
    const kindAsked = asksWords(d) ? asked.get(words) : undefined;
    if (seen.has(fp) || seen.has(shown) || (kindAsked && kindAsked !== d.factKind) || validateDraft(d).length > 0)
      continue;
    seen.add(fp);
    seen.add(shown);
    if (asksWords(d) && !kindAsked) asked.set(words, d.factKind);
    out.push(d);
  }
  return out;
}

/** A question on a line the Party superseded (以阶级斗争为纲) or that its text quotes to reject:
 * the fact is such a sentence, or the answer to write or pick is such a line. */
function asksCriticisedLine(d: QuestionDraft): boolean {
  return isCriticisedLine(d.fact) || answersOf(d).some(isSupersededLine);
}

/** What the learner writes or picks. */
const answersOf = (d: QuestionDraft) =>
  d.kind === '填空' ? d.blanks.map((b) => b.text) : d.correct.map((i) => d.options[i] ?? '');

/** Whether the stem shows a blank's answer: the title it names (《坚持以高质量党建引领基层治理》
 * over ____治理是国家治理的基石) or the sentence's other words. Only stems with a blank to fill. */
function givenAway(d: QuestionDraft): boolean {
  if (d.kind !== '填空' && !d.stem.includes('____')) return false;
  return d.blanks.some((b) => b.text.length >= 2 && d.stem.includes(b.text));
}

/** A five-year plan's number (十四五, 十五五) asked where neither stem nor sentence gives a year (明年是实施“____”规划的
 * 关键一年, a county plenum's news with no date): which plan is meant cannot be told (questions-imported15.json). */
export function undatedPlanNumber(d: QuestionDraft): boolean {
  return answersOf(d).some((a) => PLAN_NUMBER.test(a)) && !YEAR.test(d.stem) && !YEAR.test(d.fact);
}

const PLAN_NUMBER = /^十[一二三四五六七八九]?五$/;
const YEAR = /(?:19|20)\d\d年|[一二〇○零]{4}年/;
