// 判断 statements that are not about figures (round outside16): where a 提法 is found (“四个全面”这一提法见于《…》) and
// where a 金句 comes from (“…”出自《…》). True only of the certain source: a 提法's first document in the library (the
// one report of the first year the library and the lexicon give it), a 金句's own document where the title question
// would be asked. False only of a document that does not say it at all: a report of the same series from the years
// before the 提法 was first found, or a 金句's wrong title option (already clear of any restatement).
import { hashString, seededRng } from './rng.js';
import { sentenceAt } from '../text/sentences.js';
import { foldForSearch, hanChars } from '../text/normalize.js';
import { editWithin } from '../text/edit-distance.js';
import { lexicon, lexiconMatcher } from '../knowledge/lexicon.js';
import { inYearlySeries, placesInTime } from './dated-line.js';
import { firstYearOf } from './term-distractors.js';
import { docLabel, paragraphText } from './source.js';
import type { QuestionDraft, QuizSource, SourceDoc } from './types.js';

/** The two series whose reports a learner can place in time: government work reports and the congress reports. */
const SERIES = new Set(['中华人民共和国国务院', '中国共产党全国代表大会']);
const inSeries = (d: SourceDoc) => d.type === '文件' && SERIES.has(d.source ?? '') && !/决议$/.test(d.title);
/** How far back a false statement's report may lie: a 1954 report beside 新质生产力 asks nothing. */
const YEARS_BEFORE = 10;
/** How far before the words' first year a false statement's report must lie (round outside17): the first year of the
 * words is the idea's only within a year or two (精神文明 put forward in 1979, first in the 1981 report; 九二共识 of 1992,
 * first in 2009), and a report nearer is “not found in” by its wording only. */
const PLAINLY_BEFORE = 2;

export const termStatementStem = (term: string, doc: SourceDoc) => `判断正误：“${term}”这一提法见于${docLabel(doc)}。`;
export const quoteStatementStem = (quoted: string, doc: SourceDoc) => `判断正误：${quoted}出自${docLabel(doc)}。`;
/** The stems above, read back: what is said and the title named. */
export const TERM_STATEMENT = /^判断正误：“(.+)”这一提法见于《(.+?)》/s;
export const QUOTE_STATEMENT = /^判断正误：“(.+)”出自《(.+?)》/s;

/** Whether a question is one of this file's 判断 of a source: the evaluation draws them in a slot of their own
 * (questions.ts), so that they take no place in a draw judged before them. */
export const isSourceStatement = (d: Pick<QuestionDraft, 'kind' | 'factKind' | 'stem'>): boolean =>
  d.kind === '判断' &&
  ((d.factKind === 'term' && TERM_STATEMENT.test(d.stem)) || (d.factKind === 'quote' && QUOTE_STATEMENT.test(d.stem)));

const bodies = new WeakMap<SourceDoc, string>();
/** The document's text as Han only (folded): a form split by a line break or in traditional script counts. */
export function hanBody(doc: SourceDoc): string {
  let out = bodies.get(doc);
  if (out === undefined) bodies.set(doc, (out = hanChars(doc.paragraphs.map((p) => p.text).join(''))));
  return out;
}

/** Whether the document says the 提法 in any of its lexicon forms (a form in another sense counts too: never false). */
export function saysTerm(doc: SourceDoc, forms: readonly string[]): boolean {
  return forms.some((f) => hanBody(doc).includes(hanChars(f)));
}

/** Whether the document says a near form of a 提法 of four or more characters, starting as it starts: its characters in
 * order with two more between them (城乡发展一体化 for 城乡一体化), or, of eight or more, a quarter of them changed. The
 * idea was there already, and a report of then is no fair “not found in”. */
export function saysNearForm(doc: SourceDoc, term: string): boolean {
  const t = hanChars(term);
  if (t.length < 4) return false;
  const body = hanBody(doc);
  const k = Math.floor(t.length / 4);
  for (let i = body.indexOf(t.slice(0, 2)); i >= 0; i = body.indexOf(t.slice(0, 2), i + 1)) {
    if (inOrder(t, body.slice(i, i + t.length + 2))) return true;
    if (t.length >= 8)
      for (let n = t.length - k; n <= t.length + k; n++) if (editWithin(t, body.slice(i, i + n), k)) return true;
  }
  return false;
}

const inOrder = (t: string, window: string) => {
  let j = 0;
  for (const ch of window) if (ch === t[j] && ++j === t.length) return true;
  return false;
};

/** One 判断 per lexicon 提法 (no guard or document condition, whose forms may be ordinary words) whose first library
 * document is certain: true of it, or false of an earlier report of its series. */
export function termStatements(src: QuizSource): QuestionDraft[] {
  const docs = [...src.docs.values()];
  const out: QuestionDraft[] = [];
  const seen = new Set<string>();
  for (const t of src.terms) {
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    const e = lexicon().find((x) => x.term === t.term);
    if (!e || e.category === '历史提法' || e.guard || e.near || e.docWith || e.docWithout) continue;
    const forms = [e.term, ...(e.variants ?? [])];
    const first = firstYearOf(e.term, src.firstSeen);
    const firstDocs = docs.filter((d) => d.year !== null && d.year <= (first ?? -1) && saysTerm(d, forms));
    const doc = firstDocs[0];
    // The one document of the first year, a report of a series, and the year every record gives.
    if (firstDocs.length !== 1 || !doc || !inSeries(doc) || !first || doc.year !== first) continue;
    // A 提法 the reports take up at once (two more documents within three years): a first use that stands alone
    // (新时代 in 2011, six years before the 十九大 named it) is a word in its ordinary sense.
    const takenUp = docs.filter((d) => d.year !== null && d.year > first && d.year <= first + 3 && saysTerm(d, forms));
    if (takenUp.length < 2) continue;
    const at = src.terms.find((x) => x.term === e.term && x.docId === doc.id);
    const p = at ? paragraphText(src, doc.id, at.paragraph) : null;
    const s = at && p !== null ? sentenceAt(p, at.start) : null;
    if (!at || !s) continue;
    const rng = seededRng(hashString(`statement:${e.term}`));
    // False only of a report from before the idea, not merely before the words: none said a near form by then.
    const idea = Math.min(
      first,
      ...docs.filter((d) => d.year !== null && forms.some((f) => saysNearForm(d, f))).map((d) => d.year!),
    );
    const earlier = docs.filter(
      (d) =>
        inSeries(d) &&
        d.source === doc.source &&
        d.year !== null &&
        d.year < idea &&
        d.year >= idea - YEARS_BEFORE &&
        !saysTerm(d, forms),
    );
    const truthful = rng() < 0.5 || earlier.length === 0;
    const named = truthful ? doc : earlier[Math.floor(rng() * earlier.length)]!;
    // Dropped rather than pointed at another report, so no other statement changes.
    if (!truthful && named.year! > idea - PLAINLY_BEFORE) continue;
    out.push({
      kind: '判断',
      factKind: 'term',
      docId: doc.id,
      paragraph: at.paragraph,
      start: s.start,
      end: s.end,
      fact: s.text,
      stem: termStatementStem(e.term, named),
      options: ['正确', '错误'],
      correct: [truthful ? 0 : 1],
      blanks: [{ start: at.start - s.start, end: at.start - s.start + e.term.length, text: e.term }],
      explanation: `本书架收录的文献中，“${e.term}”最早见于${docLabel(doc)}：${s.text}`,
      tags: ['提法'],
    });
  }
  return out;
}

/** “…”出自《…》 of a 金句 its title question asks (quote-source.ts), only where the wording tells the documents apart (else
 * a learner can only recall which of two congress reports said 党的团结是党的生命): true of its document when the line
 * places itself in that year (dated-line.ts; a government work report's line by a 提法 of that very year), false of a
 * wrong title option two years or more older than a 提法 the line says (邓小平理论是我们的旗帜 beside the 十四大 of 1992:
 * the name was given in 1997). */
export function quoteStatement(
  asked: QuestionDraft,
  docs: readonly SourceDoc[],
  quoted: string,
  seed: string,
  firstSeen?: ReadonlyMap<string, number>,
): QuestionDraft | null {
  const rng = seededRng(hashString(`statement:${seed}`));
  const truthful = rng() < 0.5;
  const wrong = asked.options.filter((_, i) => !asked.correct.includes(i));
  const title = truthful ? asked.options[asked.correct[0]!]! : wrong[Math.floor(rng() * wrong.length)]!;
  const named = docs.find((d) => d.title === title);
  if (!named || named.year === null) return null;
  // A yearly series' line true only where it places itself in that very year (现代企业制度: every report after 1994).
  const newFor = inYearlySeries(named, docs) ? 0 : undefined;
  if (
    truthful
      ? !placesInTime(asked.fact, named.year, firstSeen, newFor)
      : newestTerm(asked.fact, firstSeen) - named.year < PLAINLY_BEFORE
  )
    return null;
  return {
    ...asked,
    stem: quoteStatementStem(quoted, named),
    kind: '判断',
    options: ['正确', '错误'],
    correct: [truthful ? 0 : 1],
    blanks: [],
  };
}

/** The first year of the newest 提法 the line says (-Infinity: none dated). */
function newestTerm(text: string, firstSeen?: ReadonlyMap<string, number>): number {
  const years = lexiconMatcher()
    .find(foldForSearch(text))
    .map((m) => firstYearOf(m.term, firstSeen))
    .filter((y): y is number => typeof y === 'number');
  return Math.max(-Infinity, ...years);
}
