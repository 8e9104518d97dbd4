// 金句 → 填空 (a 提法 or key word of the sentence blanked), and 单选 “这句话出自哪篇文献/哪一年/
// 是谁说的”. Only a speaker the extraction is certain of is asked for; a sentence that other
// documents of the library repeat, or a well-known saying, is not asked about its source, and no
// option is a document, year or speaker that also says it. Distractors are the library's own
// titles, years and speakers of the same period.
import { isCreditable } from '../knowledge/uncredited.js';
import { styleOf } from '../knowledge/sentence-style.js';
import { SAYING_SHARE, sayingIn } from '../knowledge/sayings.js';
import { buildOptions } from './options.js';
import { keyBlanks } from './key-blanks.js';
import { docsSaying, sharesWording } from './shared-wording.js';
import { nearRoleBlank, openTopicBlank, otherSubject } from './open-subject.js';
import { hashString, seededRng } from './rng.js';
import {
  datedForLearner,
  localMaxim,
  localPersonQuoted,
  localSlogan,
  localTifaLine,
  localVoice,
  NATIONAL,
} from './local-voice.js';
import { weakLocalBlanks } from './local-blanks.js';
import { rivalSlot, shippedParagraphs } from './slot-rivals.js';
import { eraBeforeNoun } from './cut-term.js';
import { broadKey, shortenedLine, timeTied } from './import-lines.js';
import { termDefinition, thesisIn } from './thesis-terms.js';
import {
  aboutNarratedPerson,
  hallCallOrRetort,
  insideInnerQuote,
  localPlan,
  restatedOrVow,
  levelGivesAway,
  unitDirective,
  nearTwinTitle,
  titleGivesAway,
} from './quote-worth.js';
import { docLabel, paragraphText } from './source.js';
import { firstQuotes, located, usable, wordFrequency } from './quote-usable.js';
import { foldedHan, foldForSearch, hanChars } from '../text/normalize.js';
import type { QuestionDraft, QuizSource, SourceDoc, SourceQuote } from './types.js';

/**
 * “这句话是谁说的” only where the answer cannot be contested: words the text quotes in a named
 * frame, or a speech's own words. A report's sentence is the government's or the Party's line
 * (“永远不称霸”), and a classical saying (“行百里者半九十”) is nobody's own.
 */
function askWho(q: SourceQuote, doc: SourceDoc): boolean {
  if (styleOf(q.text).classical) return false;
  return (q.reason ?? '').includes('原话') || doc.type === '讲话';
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

/** A name an option may show: simplified script, like the rest of the question (not 梁維東). */
const simplified = (name: string) => foldForSearch(name) === name;

export function generateFromQuotes(src: QuizSource): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const df = wordFrequency(src.quotes);
  const docs = [...src.docs.values()];
  const bodies = new Map(docs.map((d) => [d.id, hanChars(d.paragraphs.map((p) => p.text).join(''))]));
  const first = firstQuotes(src);
  // Whether words occur in a shipped document (not a user's import): a local line's blank the library says too.
  const shipped = docs.filter((d) => !d.id.startsWith('u:')).map((d) => bodies.get(d.id)!);
  const inLibrary = (han: string) => shipped.some((b) => b.includes(han));
  const shippedTexts = shippedParagraphs(docs);
  const texts = docs.map((d) => d.paragraphs.map((p) => p.text).join('\n'));
  // Whose words each document's 金句 are, as its extraction found them (毛泽东's line a report repeats).
  const creditedIn = new Set(
    src.quotes.flatMap((x) => (x.speaker ? [`${x.docId}\u0001${x.speaker}\u0001${hanChars(x.text)}`] : [])),
  );
  for (const q of src.quotes) {
    const doc = src.docs.get(q.docId);
    const span = located(src, q);
    if (!doc || !span || !usable(src, q)) continue;
    if (
      localVoice(doc, docs) &&
      (aboutNarratedPerson(q.text, doc) || localPlan(q.text) || unitDirective(q.text) || hallCallOrRetort(q.text))
    )
      continue;
    const rng = seededRng(hashString(q.id + q.text));
    const who = q.speaker;
    // The same words in another document make “which document / year / who” ambiguous; and words
    // other speakers say too are a set wording, nobody's own, unless the text cites whose they are.
    const sayers = docsSaying(docs, bodies, q.text);
    const others = sayers.filter((d) => d.id !== doc.id);
    // Words of a deputy, a villager or a press officer only this import quotes, said nowhere else.
    if (who && others.length === 0 && localPersonQuoted(who, doc, docs, bodies)) continue;
    // Words inside a quotation within a quotation (‘村干部整天填表…’, ‘当干部的，手里的权是人民给的’) are what a
    // speaker recalls someone saying; in a local voice they are asked only of a person the library knows.
    if (
      localVoice(doc, docs) &&
      insideInnerQuote(paragraphText(src, q.docId, q.paragraph) ?? '', span.start) &&
      (!who || localPersonQuoted(who, doc, docs, bodies))
    )
      continue;
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

    // Classical wording defeats word segmentation (求木之长者 is not 长者): only a 提法 is blanked there.
    // A subject whose predicate the library says of another subject too (open-subject.ts) has two keys;
    // so has a local line's role word with a near twin (学习是干事创业的【基础】: 前提).
    // A local speaker's own line is not credited to him in its 填空: a line he says unmarked may be another's
    // (军民团结如一人，试看天下谁能敌 in a county head's speech is 毛泽东's); words he cites keep their speaker.
    const credited = whoseOwn && (cited || !localVoice(doc, docs)) ? whoseOwn : null;
    const blanks = keyBlanks(q.text, q.text.length > 30 ? 2 : 1, df, styleOf(q.text).classical, true);
    if (
      blanks.length > 0 &&
      // Words of a person only this import knows (a press conference's 发布人: 【消费市场】持续回暖) are asked as its own.
      !weakLocalBlanks(q.text, blanks, cited && !localPersonQuoted(who!, doc, docs, bodies), doc, docs, inLibrary) &&
      first.get(hanChars(q.text)) === q &&
      blanks.every(
        (b) =>
          !otherSubject(q.text, b, texts) &&
          !(localVoice(doc, docs) && nearRoleBlank(q.text, b)) &&
          // A user's import (a national leader's words too): the topic of …的关键在于创新 or ____，人才是关键.
          !(doc.id.startsWith('u:') && openTopicBlank(q.text, b)) &&
          // …and a slot with a rival as standard as the key (slot-rivals.ts).
          !(doc.id.startsWith('u:') && rivalSlot(q.text, b, shippedTexts)) &&
          // …nor a period's name set before what it dates (落实【新时代】党的建设总要求, cut-term.ts), a word for the world
          // or everyday life, or a shortened form of the library's line (import-lines.ts).
          !(doc.id.startsWith('u:') && (eraBeforeNoun(q.text, b) || broadKey(b) || shortenedLine(q.text, shipped))),
      )
    ) {
      out.push({
        ...base,
        kind: '填空',
        stem: saying?.work
          ? `补全名句（语出${saying.work}）：`
          : `补全${credited ? credited + '的' : ''}金句（${docLabel(doc)}${cited ? '引述' : ''}）：`,
        options: [],
        correct: [],
        blanks,
      });
    }
    const quoted = `“${q.text}”`;
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
    // (Computed here only: most quotes are no source question.)
    const ownWording = () => docs.every((d) => d.id === doc.id || !sharesWording(q.text, d, bodies.get(d.id)!));
    if (others.length === 0 && fromHere && ownWording()) {
      // Titles of the same family (a government work report among government work reports, of
      // nearby years), never a resolution beside a report.
      const resolution = /决议$/.test(doc.title);
      const family = docs.filter(
        (d) =>
          d.id !== doc.id &&
          d.type === doc.type &&
          d.source === doc.source &&
          /决议$/.test(d.title) === resolution &&
          (d.year === null || doc.year === null || Math.abs(d.year - doc.year) <= 15),
      );
      const byTitle = buildOptions(
        doc.title,
        (family.length >= 3 ? family : docs.filter((d) => d.id !== doc.id && d.type === doc.type))
          .map((d) => d.title)
          // A title in traditional script (在全縣鄉村振興工作會議上的講話) beside the simplified answer is
          // the same words to the eye: a twin that misleads, never a choice; so is one a character
          // apart (在全县… beside 在全市优化营商环境大会上的讲话).
          .filter((t) => foldedHan(t) === hanChars(t) && !nearTwinTitle(t, doc.title)),
        rng,
      );
      if (
        byTitle &&
        !titleGivesAway(q.text, byTitle.options, byTitle.correct) &&
        !levelGivesAway(q.text, byTitle.options, byTitle.correct)
      )
        out.push({
          ...base,
          kind: '单选',
          stem: `${quoted}\n这句话出自哪篇讲话或文献？`,
          options: byTitle.options,
          correct: [byTitle.correct],
          blanks: [],
        });
    }
    const sayerYears = new Set(sayers.map((d) => d.year));
    const sayerNames = new Set(sayers.flatMap((d) => d.speakers));
    // A user's import is asked its year only of a line whose wording places it in time (import-lines.ts).
    const datable = !doc.id.startsWith('u:') || timeTied(q.text);
    if (
      doc.year &&
      fromHere &&
      datedForLearner(doc, docs) &&
      rng() < 0.5 &&
      sayerYears.size === 1 &&
      ownWording() &&
      datable
    ) {
      const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => y !== null))];
      const near = years.filter((y) => y !== doc.year && Math.abs(y - (doc.year ?? 0)) <= 15);
      const byYear = buildOptions(
        `${doc.year}年`,
        near.map((y) => `${y}年`),
        rng,
      );
      if (byYear)
        out.push({
          ...base,
          kind: '单选',
          stem: `${quoted}\n这句话出自哪一年？`,
          options: byYear.options,
          correct: [byYear.correct],
          blanks: [],
        });
    } else if (
      who &&
      (cited ? whoseOwn === who : !maxim) &&
      isCreditable(who) &&
      !who.includes('、') &&
      [...sayerNames].every((n) => n === who) &&
      // A line built on a saying (权力是一把双刃剑，用得好…) is asked only of the saying's own author.
      (!match || match.saying.speaker === who) &&
      askWho(q, doc)
    ) {
      // Other speakers of the same period (documents within ten years), none of whom says it too.
      // National leaders beside a national leader (speakers of the national reports), else anyone.
      const national = (d: SourceDoc) => d.source !== null && NATIONAL.test(d.source);
      // A national leader quoted in a local article stands beside national leaders, not beside
      // the article's district secretary.
      const leader = national(doc) || docs.some((d) => national(d) && d.speakers.includes(who));
      const period = docs.filter(
        (d) => d.year !== null && doc.year !== null && Math.abs(d.year - doc.year) <= 10 && (!leader || national(d)),
      );
      const said = fromHere ? doc.year : (q.date?.slice(0, 4) ?? null);
      // A local speaker stands beside local speakers: a national leader among them is no choice.
      const leaders = new Set(leader ? [] : docs.filter(national).flatMap((d) => d.speakers));
      const bySpeaker = buildOptions(
        who,
        [...new Set(period.flatMap((d) => d.speakers))].filter(
          (s) => s !== who && !sayerNames.has(s) && !leaders.has(s) && isCreditable(s) && simplified(s),
        ),
        rng,
      );
      if (bySpeaker)
        out.push({
          ...base,
          kind: '单选',
          // The year places the sentence (the document's, for its own words; the quote's own
          // date, if known, for words it quotes); the title is left out, as it would name the speaker.
          stem: `${quoted}${said ? `（${said}年）` : ''}\n这句话是谁说的？`,
          options: bySpeaker.options,
          correct: [bySpeaker.correct],
          blanks: [],
        });
    }
  }
  return out;
}
