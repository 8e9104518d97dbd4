// What a 金句 question (generate-quotes.ts) must know of one quote: whether it is asked at all (a local voice's plan,
// a person only this import quotes…), whose own words it is, which other documents say it, whether it is a saying,
// and whether its words are its document's own. Worked out once per quote, before any question is built.
import { SAYING_SHARE, sayingIn } from '../knowledge/sayings.js';
import { docsSaying, sharesWording } from './shared-wording.js';
import { hashString, seededRng } from './rng.js';
import { localMaxim, localPersonQuoted, localSlogan, localTifaLine, localVoice } from './local-voice.js';
import { termDefinition, thesisIn } from './thesis-terms.js';
import {
  aboutNarratedPerson,
  hallCallOrRetort,
  insideInnerQuote,
  localPlan,
  restatedOrVow,
  unitDirective,
} from './quote-worth.js';
import { docLabel, paragraphText } from './source.js';
import { turnedLine } from './import-lines.js';
import { located, usable } from './quote-usable.js';
import { hanChars } from '../text/normalize.js';
import type { QuoteLibrary } from './quote-library.js';
import type { QuestionDraft, QuizSource, SourceDoc, SourceQuote } from './types.js';

export interface QuoteFacts {
  q: SourceQuote;
  doc: SourceDoc;
  span: { start: number; end: number };
  rng: () => number;
  who: string | null;
  /** Documents that say the same words, and those other than its own. */
  sayers: SourceDoc[];
  others: SourceDoc[];
  /** Words the document quotes of someone other than its own speaker. */
  cited: boolean;
  /** A maxim or a line remembered by the Party's wording: neither the speaker's nor the text's. */
  maxim: boolean;
  /** The speaker whose own words these are beyond doubt, or null. */
  whoseOwn: string | null;
  match: ReturnType<typeof sayingIn>;
  saying: NonNullable<ReturnType<typeof sayingIn>>['saying'] | null;
  /** The fields every question of the quote shares. */
  base: Pick<QuestionDraft, 'factKind' | 'docId' | 'paragraph' | 'start' | 'end' | 'fact' | 'explanation' | 'tags'>;
  /** Words the document says as its own, in a file of one speech: which document and year are its. */
  fromHere: boolean;
  /** No other document shares the wording (computed on demand: most quotes are no source question). */
  ownWording: () => boolean;
  /** The sentence in quotation marks, as a stem shows it. */
  quoted: string;
}

/** Whether the words are the document's own: said by nobody named or by its own speaker, and not
 * inside quotation marks. Words it quotes (焦裕禄's, 习近平's) were said elsewhere and earlier:
 * which document or year they come from is not this document's. */
function ownWords(src: QuizSource, q: SourceQuote, doc: SourceDoc, start: number): boolean {
  if (q.speaker && !doc.speakers.includes(q.speaker)) return false;
  const p = paragraphText(src, q.docId, q.paragraph) ?? '';
  let depth = 0;
  for (let i = 0; i < start; i++)
    if (p[i] === '“') depth++;
    else if (p[i] === '”') depth = Math.max(0, depth - 1);
  return depth === 0;
}

/** The facts of a quote, or null where no question is asked of it. */
export function quoteFacts(lib: QuoteLibrary, q: SourceQuote): QuoteFacts | null {
  const { src, docs, bodies, creditedIn } = lib;
  const doc = src.docs.get(q.docId);
  const span = located(src, q);
  if (!doc || !span || !usable(src, q)) return null;
  // In a user's import, a line that answers a turn or is turned against is not asked alone (import-lines.ts).
  if (doc.id.startsWith('u:') && turnedLine(paragraphText(src, q.docId, q.paragraph) ?? '', span)) return null;
  if (
    localVoice(doc, docs) &&
    (aboutNarratedPerson(q.text, doc) || localPlan(q.text) || unitDirective(q.text) || hallCallOrRetort(q.text))
  )
    return null;
  const rng = seededRng(hashString(q.id + q.text));
  const who = q.speaker;
  // The same words in another document make “which document / year / who” ambiguous; and words
  // other speakers say too are a set wording, nobody's own, unless the text cites whose they are.
  const sayers = docsSaying(docs, bodies, q.text);
  const others = sayers.filter((d) => d.id !== doc.id);
  // Words of a deputy, a villager or a press officer only this import quotes, said nowhere else.
  if (who && others.length === 0 && localPersonQuoted(who, doc, docs, bodies)) return null;
  // Words inside a quotation within a quotation (‘村干部整天填表…’, ‘当干部的，手里的权是人民给的’) are what a
  // speaker recalls someone saying; in a local voice they are asked only of a person the library knows.
  if (
    localVoice(doc, docs) &&
    insideInnerQuote(paragraphText(src, q.docId, q.paragraph) ?? '', span.start) &&
    (!who || localPersonQuoted(who, doc, docs, bodies))
  )
    return null;
  const cited = !!who && !doc.speakers.includes(who);
  // A short maxim in a local leader's text is a saying he repeats, and a sentence built on a
  // thesis 提法 (发展是第一要务，…), or on any 提法 in a local voice, is remembered by the Party's
  // wording: neither his nor the text's.
  const maxim =
    !cited &&
    (localMaxim(q.text, doc, docs) ||
      thesisIn(q.text) !== null ||
      localTifaLine(q.text, doc, docs) ||
      localSlogan(q.text, doc, docs, bodies));
  // Words other documents say too are credited to a cited speaker only where each of them names
  // him or credits them to him: 习近平's line quoted in many speeches is his, but a secretary who 强调 the 决定's wording
  // (改革开放是…重要法宝) shares it with a 宣讲稿 that never names him.
  const namedBy = (d: SourceDoc) =>
    !!who &&
    (d.speakers.includes(who) ||
      d.paragraphs.some((p) => p.text.includes(who)) ||
      creditedIn.has(`${d.id}\u0001${who}\u0001${hanChars(q.text)}`));
  const whoseOwn = who && !maxim && others.every(cited ? namedBy : (d) => d.speakers.includes(who)) ? who : null;
  // A well-known saying (行百里者半九十, 绿水青山就是金山银山) is older than the document that
  // quotes it: which document or year it comes from is not this document's, and who said it
  // is asked only where the document's speaker is its author. A classic is named as its source.
  const match = sayingIn(q.text);
  const saying = match && match.coverage >= SAYING_SHARE ? match.saying : null;
  const base = {
    factKind: 'quote' as const,
    docId: q.docId,
    paragraph: q.paragraph,
    start: span.start,
    end: span.end,
    fact: q.text,
    // Words the document quotes (a local speech citing 习近平) are the speaker's, found in it: not
    // 出自 it, which would make him its author.
    explanation: saying?.work
      ? `语出${saying.work}，${docLabel(doc)}引用。`
      : cited
        ? `${who}的话，${docLabel(doc)}引述。`
        : `出自${docLabel(doc)}${who ? `，${who}` : ''}。`,
    tags: ['金句'],
  };
  // A file holding two speeches (a 讲话 with two speakers) carries the first one's title and
  // date: “which document / which year” would key the second speech's lines wrongly.
  const oneSpeech = !(doc.type === '讲话' && doc.speakers.length > 1);
  // A sentence built on a saying (…牢固树立绿水青山就是金山银山的理念) is remembered by the
  // saying: asked where it comes from, a learner names the saying's source, not this document.
  const fromHere =
    oneSpeech &&
    !match &&
    !maxim &&
    !restatedOrVow(q.text, doc.id, bodies, (id) => src.docs.get(id)?.source === doc.source) &&
    !termDefinition(q.text) &&
    ownWords(src, q, doc, span.start);
  // Asked by both the title and the year question: worked out once.
  let own: boolean | undefined;
  const ownWording = () => (own ??= docs.every((d) => d.id === doc.id || !sharesWording(q.text, d, bodies.get(d.id)!)));
  const quoted = `“${q.text}”`;
  return {
    q,
    doc,
    span,
    rng,
    who,
    sayers,
    others,
    cited,
    maxim,
    whoseOwn,
    match,
    saying,
    base,
    fromHere,
    ownWording,
    quoted,
  };
}
