// A local text's own set requirements: a run of three or more parallel items of one length built
// on one shared character (学纪、知纪、明纪、守纪; 以案示警、以案为鉴、以案促改、以案促治; 政治要强、情怀要深、
// …、人格要正). In a county report or a branch's plan these are what a group studying it should know,
// more than its figures, and no lexicon holds them. The last item is blanked: the others and the
// shared character frame it. Only a user's import with a local voice: the library's 提法 are the
// lexicon's.
import { lexiconMatcher } from '../knowledge/lexicon.js';
import { foldForSearch, hanChars } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/segment.js';
import { unsaidListItem } from './list-item.js';
import { patternedListItem } from './open-slots.js';
import { rivalListItem, shippedParagraphs as shippedOf } from './slot-rivals.js';
import { localVoice } from './local-voice.js';
import { docLabel } from './source.js';
import type { QuestionDraft, QuizSource } from './types.js';

/** Han runs joined by 、, three or more. */
const RUN = /\p{Script=Han}+(?:、\p{Script=Han}+){2,}/gu;

/** What may follow the last item of a series inside one run of Han characters. */
const AFTER_ITEM = /[的等和与及相中上作为是]/;

/** A series of fewer items is asked only where another document says it too (自治、法治、德治): a local
 * text's own three (算好政治账、经济账、…) leave the third open to guessing. */
const OWN_ITEMS = 4;

/** Names of places, bodies and people: a list of them (枫林村、青山村、石桥村) is no set to learn, and
 * its last item only the document knows. */
const NAME_TAG = /^(nr|nrfg|nrt|ns|nt)$/;
const PLACE_SUFFIX = /[省市县区乡镇村局委厅处科所院校司厂]$/;

/** A fact longer than this is no stem to read. */
const MAX_FACT = 90;

export interface Series {
  /** Offsets of the items in the text. */
  items: { start: number; end: number; text: string }[];
}

/** The parallel items of a run, or null: every item of one length (2–5), the first and the last
 * taken at that length from the text around them, all sharing a character at one place, and no
 * two alike. */
export function seriesAt(text: string, runStart: number, run: string): Series | null {
  const parts = run.split('、');
  const inner = parts.slice(1, -1);
  const len = inner[0]!.length;
  if (len < 2 || len > 5 || inner.some((p) => p.length !== len)) return null;
  const tail = parts[parts.length - 1]!;
  // The last item ends where its part ends or before a particle (…、生活纪律作出了规定, …、德治相结合,
  // …、水更清的): not inside a longer item (…、群众敢首创 is no 群众敢首).
  if (parts[0]!.length < len || tail.length < len || (tail.length > len && !AFTER_ITEM.test(tail[len]!))) return null;
  const items: Series['items'] = [];
  let at = runStart;
  parts.forEach((p, i) => {
    const start = i === 0 ? at + p.length - len : at;
    items.push({ start, end: start + len, text: text.slice(start, start + len) });
    at += p.length + 1;
  });
  if (new Set(items.map((i) => i.text)).size !== items.length) return null;
  const shared = [...Array(len).keys()].filter((k) => items.every((i) => i.text[k] === items[0]!.text[k]));
  if (shared.length === 0 || (shared.includes(len - 1) && PLACE_SUFFIX.test(items[0]!.text))) return null;
  // Only a last character shared after a word of two or more (政治账、经济账、家庭账、自由账): any noun
  // takes it (名誉账, 亲情账 fit as well), an open list the speaker cut, not a set (学纪、知纪; 政治纪律、…).
  if (shared.length === 1 && shared[0] === len - 1 && len >= 3) return null;
  const names = tokenize(text).filter((t) => NAME_TAG.test(t.tag));
  // Most items a name (the segmenter takes a word or two for one: 德治/ns).
  const named = items.filter((i) => names.some((n) => n.start < i.end && i.start < n.end));
  if (named.length * 2 > items.length) return null;
  return { items };
}

/** Whether a series is an open list the speaker cut, not a set: three-character items turning on one shared
 * character (顺民意、解民忧、惠民生: 暖民心 fits; 进机关、进农村、…、进企业: 进军营), items sharing only their first
 * character (一个项目、一名领导、一个专班、一抓到底: 一套方案), or acts of two characters before a shared count
 * (发现一起、查处一起、通报一起: 曝光一起; 开工一批、建设一批), or acts after one shared adverb (亲自研究、亲自部署、
 * 亲自督查: 亲自协调). Such a list is asked only where the library says it. */
export function openSeries(text: string, series: Series): boolean {
  const { items } = series;
  const len = items[0]!.text.length;
  const shared = [...Array(len).keys()].filter((k) => items.every((i) => i.text[k] === items[0]!.text[k]));
  if (shared.length === 1 && (len === 3 || shared[0] === 0) && len >= 3) return true;
  const tokens = tokenize(text);
  // Acts after one shared adverb (亲自研究、亲自部署、亲自督查: 亲自协调 fits), not a set's shared head (以案示警…).
  let lead = 0;
  while (shared[lead] === lead) lead++;
  const adverb = (i: Series['items'][number]) =>
    tokens.some((t) => t.start === i.start && t.end === i.start + lead && t.tag === 'd');
  if (lead >= 2 && len - lead >= 2 && items.every(adverb)) return true;
  const head = len - shared.length;
  if (head < 2 || shared[0] !== head || shared.some((k, i) => k !== head + i)) return false;
  return items.every((i) => tokens.some((t) => t.start === i.start + head && t.end === i.end && t.tag === 'm'));
}

/** Whether the items are kinds of one noun: a shared tail of two or more characters after a head of two or more
 * (政治路线、思想路线、群众路线), not a set on one character (学纪、知纪; 自治、法治、德治). */
function kindsOfOneNoun({ items }: Series): boolean {
  const len = items[0]!.text.length;
  let tail = 0;
  while (tail < len && items.every((i) => i.text[len - 1 - tail] === items[0]!.text[len - 1 - tail])) tail++;
  return tail >= 2 && len - tail >= 2;
}

/** Whether every item of the series is one ordinary noun as the segmenter reads it (流域/n、区域/n、海域/n), not a coined
 * set (学纪/x、知纪/x) nor one mixing acts (自治/v、法治/n、德治). */
function plainNouns(text: string, { items }: Series): boolean {
  const tokens = tokenize(text);
  return items.every((i) => tokens.some((t) => t.start === i.start && t.end === i.end && t.tag === 'n'));
}

/** Whether `text` holds a series of parallel items (教育党员、管理党员、监督党员): asked by its last item here. */
export const holdsSeries = (text: string) =>
  [...text.matchAll(RUN)].some((m) => seriesAt(text, m.index, m[0]) !== null);

/** The span of the open list (openSeries) the words at [start, end) of `text` are an item of, or null. */
export function openListAt(text: string, start: number, end: number): string | null {
  for (const m of text.matchAll(RUN)) {
    if (m.index > start || m.index + m[0].length < end) continue;
    const series = seriesAt(text, m.index, m[0]);
    if (!series || !series.items.some((i) => i.start <= start && end <= i.end) || !openSeries(text, series)) continue;
    return text.slice(series.items[0]!.start, series.items[series.items.length - 1]!.end);
  }
  return null;
}

export function generateFromSeries(src: QuizSource): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const docs = [...src.docs.values()];
  let bodies: Map<string, string> | null = null;
  // Said in another document's own sentence: one holding the import's whole sentence is the text it was cut from
  // (an excerpt of a library article, questions-imported28.json), no second voice fixing the series.
  const saidElsewhere = (docId: string, needle: string, sentence: string) => {
    bodies ??= new Map(docs.map((d) => [d.id, hanChars(d.paragraphs.map((p) => p.text).join(''))]));
    return [...bodies].some(([id, body]) => id !== docId && body.includes(needle) && !body.includes(sentence));
  };
  const saidInLibrary = (needle: string) => {
    bodies ??= new Map(docs.map((d) => [d.id, hanChars(d.paragraphs.map((p) => p.text).join(''))]));
    return [...bodies].some(([id, body]) => !id.startsWith('u:') && body.includes(needle));
  };
  const shippedParagraphs = shippedOf(docs);
  for (const doc of docs) {
    if (!localVoice(doc, docs)) continue;
    doc.paragraphs.forEach((p, paragraph) => {
      if (p.kind !== 'p') return;
      for (const s of splitSentences(p.text)) {
        if (s.text.length > MAX_FACT) continue;
        for (const m of s.text.matchAll(RUN)) {
          const series = seriesAt(s.text, m.index, m[0]);
          if (!series) continue;
          const first = series.items[0]!;
          const last = series.items[series.items.length - 1]!;
          // A 提法 of the lexicon (不敢腐、不能腐、不想腐) is asked as one already.
          const span = s.text.slice(first.start, last.end);
          // The answer said again in the sentence (储备一批…，做到开工一批、建设一批、储备一批) gives itself away.
          if (s.text.indexOf(last.text) !== last.start) continue;
          if (series.items.length < OWN_ITEMS && !saidElsewhere(doc.id, hanChars(span), hanChars(s.text))) continue;
          // Kinds of one noun (政治路线、思想路线、【群众路线】) name an open kind another import may repeat: only the
          // library, saying the last beside its neighbour, fixes it (it says 政治路线、思想路线和组织路线). Four or more
          // too (校舍安全、消防安全、食品安全、【交通安全】等方面, questions-imported18.json; 六大纪律 the library says).
          if (kindsOfOneNoun(series) && unsaidListItem(s.text, last, saidInLibrary)) continue;
          if (openSeries(s.text, series) && !saidInLibrary(hanChars(span))) continue;
          // Nor one the library also lists with another item of its shape (新产业、新模式、【新动能】: 新业态), nor one of a set only
          // the text holds whose siblings share a run with it (以案示警、以案为鉴、【以案促改】: the shape half answers).
          if (rivalListItem(s.text, last, shippedParagraphs) || patternedListItem(s.text, last, saidInLibrary))
            continue;
          // Nor a list of plain nouns, each a word of the dictionary (重点流域、区域、【海域】的污染治理): kinds of a thing
          // named as they come, no set wording (questions-imported29.json).
          if (plainNouns(s.text, series)) continue;
          const folded = foldForSearch(span);
          if (
            lexiconMatcher()
              .find(folded)
              .some((t) => t.start === 0 && t.length >= folded.length)
          )
            continue;
          out.push({
            factKind: 'term',
            docId: doc.id,
            paragraph,
            start: s.start,
            end: s.end,
            fact: s.text,
            explanation: `“${span}”，见${docLabel(doc)}。`,
            tags: ['提法'],
            kind: '填空',
            stem: `补全提法（${docLabel(doc)}）：`,
            options: [],
            correct: [],
            blanks: [last],
          });
        }
      }
    });
  }
  return out;
}
