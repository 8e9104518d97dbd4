// 金句 → 单选 “这句话是谁说的”: only where the answer cannot be contested, with other speakers of the same period,
// none of whom says it too, as distractors.
import { isCreditable } from '../knowledge/uncredited.js';
import { styleOf } from '../knowledge/sentence-style.js';
import { buildOptions } from './options.js';
import { NATIONAL } from './local-voice.js';
import { foldForSearch } from '../text/normalize.js';
import type { QuoteFacts } from './quote-facts.js';
import type { QuoteLibrary } from './quote-library.js';
import type { QuestionDraft, SourceDoc, SourceQuote } from './types.js';

/**
 * “这句话是谁说的” only where the answer cannot be contested: words the text quotes in a named
 * frame, or a speech's own words. A report's sentence is the government's or the Party's line
 * (“永远不称霸”), and a classical saying (“行百里者半九十”) is nobody's own.
 */
function askWho(q: SourceQuote, doc: SourceDoc): boolean {
  if (styleOf(q.text).classical) return false;
  return (q.reason ?? '').includes('原话') || doc.type === '讲话';
}

/** A name an option may show: simplified script, like the rest of the question (not 梁維東). */
const simplified = (name: string) => foldForSearch(name) === name;

export function speakerQuestion(lib: QuoteLibrary, f: QuoteFacts): QuestionDraft | null {
  const { docs } = lib;
  const { q, doc, who, cited, match } = f;
  const sayerNames = new Set(f.sayers.flatMap((d) => d.speakers));
  if (!(
    who &&
    (cited ? f.whoseOwn === who : !f.maxim) &&
    isCreditable(who) &&
    !who.includes('、') &&
    [...sayerNames].every((n) => n === who) &&
    // A line built on a saying (权力是一把双刃剑，用得好…) is asked only of the saying's own author.
    (!match || match.saying.speaker === who) &&
    askWho(q, doc)
  ))
    return null;
  // Other speakers of the same period (documents within ten years), none of whom says it too.
  // National leaders beside a national leader (speakers of the national reports), else anyone.
  const national = (d: SourceDoc) => d.source !== null && NATIONAL.test(d.source);
  // A national leader quoted in a local article stands beside national leaders, not beside
  // the article's district secretary.
  const leader = national(doc) || docs.some((d) => national(d) && d.speakers.includes(who));
  const period = docs.filter(
    (d) => d.year !== null && doc.year !== null && Math.abs(d.year - doc.year) <= 10 && (!leader || national(d)),
  );
  const said = f.fromHere ? doc.year : (q.date?.slice(0, 4) ?? null);
  // A local speaker stands beside local speakers: a national leader among them is no choice.
  const leaders = new Set(leader ? [] : docs.filter(national).flatMap((d) => d.speakers));
  const bySpeaker = buildOptions(
    who,
    [...new Set(period.flatMap((d) => d.speakers))].filter(
      (s) => s !== who && !sayerNames.has(s) && !leaders.has(s) && isCreditable(s) && simplified(s),
    ),
    f.rng,
  );
  if (!bySpeaker) return null;
  return {
    ...f.base,
    kind: '单选',
    // The year places the sentence (the document's, for its own words; the quote's own
    // date, if known, for words it quotes); the title is left out, as it would name the speaker.
    stem: `${f.quoted}${said ? `（${said}年）` : ''}\n这句话是谁说的？`,
    options: bySpeaker.options,
    correct: [bySpeaker.correct],
    blanks: [],
  };
}
