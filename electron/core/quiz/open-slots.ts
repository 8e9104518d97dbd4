// Blanks of a user's import that any word of the slot's kind fills, found by judging questions-imported28.json
// and questions-imported27.json: an item of a 、 list whose items share a head or a tail with it (楼宇党建、园区党建、
// 【毗邻党建】: 行业党建 fits; 政治过硬、本领过硬、【作风过硬】; 不留空白、不留盲区、【不留死角】; 稳预期、稳增长、【稳就业】),
// the first half of a pair closing the predicate (国家发展的【基础】和根本: 关键 fits), and the whole object of a generic
// verb said to be generic (促进【区域协调发展】，是…一个重大战略问题; 推动【高质量发展】要靠改革; 按照推进【…】的要求);
// and, found by judging questions-imported52.json, the object of 高度重视 alone, the subject of 不是一句口号, and half
// of two 提法 written as one (【碳达峰】碳中和), and the subject of 深入人心 alone; and, found by judging
// questions-imported53.json, an item of a long list of goals another goal of the kind fills (网络强国、【交通强国】、数字中国).
import { lexicon } from '../knowledge/lexicon.js';
import { hanChars } from '../text/normalize.js';
import { inLexicon } from './term-distractors.js';

type Span = { start: number; end: number; text: string };

const CLAUSE_BREAK = /[，,；;。！？!?：:“”"\n]/;

/** The 、 parts of the clause holding the blank, and which of them holds it. */
function listParts(text: string, blank: Span): { parts: string[]; at: number } | null {
  let from = blank.start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = blank.end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  const before = text.slice(from, blank.start);
  const parts = text.slice(from, to).split('、');
  if (parts.length < 3) return null;
  return { parts, at: before.split('、').length - 1 };
}

/** Whether the blank is an item of a 、 list of three or more whose neighbours share two characters with it at the
 * same end (X党建, X过硬, 不留X, 稳X + one): the list's shape is the only clue, and a sibling of the shape fits. */
export function shapedListItem(text: string, blank: Span, shipped: () => readonly string[] = () => []): boolean {
  const key = hanChars(blank.text);
  if (key.length < 3 || key.length > 5) return false;
  const list = listParts(text, blank);
  if (!list) return false;
  // The key stands whole at its part's edge beside the list (…有利于稳预期、稳增长、【稳就业】的政策).
  const own = hanChars(list.parts[list.at]!);
  const last = list.parts.length - 1;
  const whole = list.at === 0 ? own.endsWith(key) : list.at === last ? own.startsWith(key) : own === key;
  if (!whole) return false;
  const near = [list.parts[list.at - 1], list.parts[list.at + 1]].filter((p): p is string => p !== undefined);
  // A neighbour is read at its edge beside the list (the first part ends on its item, the last opens on it).
  const edge = (p: string, n: number) => {
    const han = hanChars(p);
    return n === 0 ? han.slice(-key.length) : han.slice(0, key.length);
  };
  const items = near.map((p) => edge(p, list.parts.indexOf(p)));
  const tail = key.slice(-2);
  const head = key.slice(0, 2);
  const sharesTail = items.length > 0 && items.every((i) => i.length === key.length && i.endsWith(tail));
  const sharesHead =
    items.length > 0 && items.every((i) => i.length === key.length && (i.startsWith(head) || i[0] === key[0]));
  if (!sharesTail && !sharesHead) return false;
  // The library saying the key right after a neighbour fixes the series (党的思想路线、【群众路线】; imported16).
  const pairs = items.map((i) => i + key);
  return !shipped().some((p) => {
    const han = hanChars(p);
    return pairs.some((pair) => han.includes(pair));
  });
}

/** Whether the blank is the last item of a 、 list left open by 等 (促创新、扩消费、【稳就业】等方面): the text itself says
 * the items are examples, and another of the kind (惠民生) fits. A list of the lexicon's 提法 is the Party's set and
 * stays (questions-imported31.json). */
export function etcListItem(text: string, blank: Span): boolean {
  if (!/^[”"’]?等/.test(text.slice(blank.end))) return false;
  const list = listParts(text, blank);
  // The key opens the last part (…、【稳就业】等方面的积极作用).
  if (!list || list.at !== list.parts.length - 1 || !hanChars(list.parts[list.at]!).startsWith(hanChars(blank.text)))
    return false;
  const middle = list.parts.slice(1, -1).map((p) => hanChars(p));
  return !middle.every((p) => inLexicon(p));
}

/** Whether the blank is the first word of a pair that closes a predicate (…的【基础】和根本，): half a formulation,
 * its partner a clue and its rivals (关键, 保障) as fitting. */
export function pairHalf(text: string, blank: Span): boolean {
  return /^[和与]\p{Script=Han}{2}(?:[，,；;。！？!?]|$)/u.test(text.slice(blank.end));
}

const GENERIC_VERB = /(?:^|[，,；;。：:]|按照|从根本上说，?)(?:促进|推动|推进|实现)$/u;
/** What follows the object when the sentence says nothing of it but that it matters or needs doing. */
const GENERIC_AFTER = /^(?:的要求|要靠|[，,]是[^，。；]{0,20}(?:问题|任务|大事|要求)[，。；]?)/u;

/** Whether the blank is the whole object of 促进/推动/推进/实现 and the rest of the clause says nothing of it
 * beyond a frame any goal takes (按照推进【…】的要求; 推动【…】要靠改革; 促进【…】，是…重大战略问题). */
export function genericGoal(text: string, blank: Span): boolean {
  return (
    (GENERIC_VERB.test(text.slice(0, blank.start)) && GENERIC_AFTER.test(text.slice(blank.end))) ||
    practiceOfGoal(text, blank) ||
    weightOnlyObject(text, blank) ||
    emptyPredicate(text, blank) ||
    spreadOnly(text, blank)
  );
}

/** The whole object of 实现/推进 named only as the field of a practice (在实现【中国梦】的生动实践中放飞青春梦想): any goal
 * fits (中华民族伟大复兴 as well; questions-imported53.json). */
const practiceOfGoal = (text: string, blank: Span) =>
  /(?:实现|推进|推动)$/u.test(text.slice(0, blank.start)) && /^的(?:生动|伟大|具体)?实践/u.test(text.slice(blank.end));

/** The whole object of 高度重视 closing its clause (高度重视【稳就业】，出台…): the clause says only that the thing
 * matters, and 就业工作 fits as well (questions-imported52.json). */
const weightOnlyObject = (text: string, blank: Span) =>
  /(?:高度|十分|格外|特别|始终)重视$/u.test(text.slice(0, blank.start)) &&
  /^(?:[，,；;。！!]|$)/u.test(text.slice(blank.end));

/** The subject of a clause that says only that it is meant (【高质量发展】不是一句口号，而是实实在在的行动): any goal
 * of the work list fits (乡村振兴 as well; questions-imported52.json). */
const emptyPredicate = (text: string, blank: Span) =>
  /(?:^|[，,；;。：:！!“"])$/u.test(text.slice(0, blank.start)) &&
  /^[”"]?(?:绝|决|并|从来|也|都)?不是(?:一句|一个|一纸)?(?:空洞的|空泛的)?(?:口号|空话|标语|虚话|喊出来的)/u.test(
    text.slice(blank.end),
  );

/** The subject of a clause that says only that it has spread (【社会主义核心价值体系】深入人心，…): the library says
 * it of many theories and values (新时代党的创新理论, 社会主义核心价值观), and any of them fits (questions-imported52.json). */
export const spreadOnly = (text: string, blank: Span) =>
  /(?:^|[，,；;。：:！!“"])$/u.test(text.slice(0, blank.start)) &&
  /^(?:更加|日益|进一步|广泛)?(?:深入人心|蔚然成风)(?:[，,；;。！!]|$)/u.test(text.slice(blank.end));

/** Whether the blank is one half of two 提法 written as one (实现【碳达峰】碳中和): the other half, a 提法 of the lexicon
 * sharing its first character and its length, stands right beside it and gives it away (questions-imported52.json).
 * Characters that only look so (秋粮占全年【粮食产量】: 粮占全年) are no 提法. */
export function joinedPairHalf(text: string, blank: Span): boolean {
  const key = hanChars(blank.text);
  if (key.length < 3 || key.length > 4 || key !== blank.text) return false;
  const after = text.slice(blank.end, blank.end + key.length);
  const before = text.slice(Math.max(0, blank.start - key.length), blank.start);
  const twin = (s: string) => s.length === key.length && s[0] === key[0] && s !== key && inLexicon(s);
  return twin(after) || twin(before);
}

/** Items from which a 、 list is an enumeration a learner recalls only by rote, not a set of few he knows by heart. */
const LONG_LIST = 5;

/** Whether the blank is a whole item of a 、 list of five or more (科技强国、质量强国、航天强国、网络强国、【交通强国】、
 * 数字中国、智慧社会) and the lexicon holds a 提法 of its length and closing head the list does not name (海洋强国, 贸易强国;
 * 健康中国 for 数字中国): that sibling reads as true in the slot (questions-imported53.json). */
export function siblingListItem(text: string, blank: Span): boolean {
  const key = hanChars(blank.text);
  if (key.length < 3 || key.length > 6 || key !== blank.text) return false;
  const list = listParts(text, blank);
  if (!list || list.parts.length < LONG_LIST) return false;
  const own = hanChars(list.parts[list.at]!);
  const last = list.parts.length - 1;
  const whole = list.at === 0 ? own.endsWith(key) : list.at === last ? own.startsWith(key) : own === key;
  if (!whole) return false;
  const head = key.slice(-2);
  const named = hanChars(text);
  return lexicon().some(
    (e) =>
      e.category !== '历史提法' &&
      e.term !== key &&
      e.term.length === key.length &&
      e.term.endsWith(head) &&
      !named.includes(e.term),
  );
}

/** Whether the blank is the whole object of one part of a 、 list of five or more whose every part opens on the same
 * verb (坚持党的全面领导、坚持人民至上、坚持【高质量发展】、…、坚持统筹发展和安全): a document's principles recalled by
 * rote, and any principle the Party states (坚持新发展理念, 坚持系统观念) reads as true after the verb
 * (questions-imported66.json). */
export function verbSeriesItem(text: string, blank: Span): boolean {
  const key = hanChars(blank.text);
  const list = listParts(text, blank);
  if (!list || list.parts.length < LONG_LIST || key !== blank.text) return false;
  const han = list.parts.map(hanChars);
  const verb = han[1]!.slice(0, 2);
  if (verb.length < 2 || !han.slice(1).every((p) => p.startsWith(verb)) || !han[0]!.includes(verb)) return false;
  const own = han[list.at]!;
  const item = verb + key;
  return list.at === 0 ? own.endsWith(item) : list.at === han.length - 1 ? own.startsWith(item) : own === item;
}

/** Whether the blank is an unquoted item of a 、 list of three or more whose every other item shares a two-character
 * run with it (以案示警、以案为鉴、【以案促改】), and the library never says the key beside a sibling (`said`: whether a
 * run of Han characters occurs there): a set only the text holds, the shape half
 * answering, the rest its own (questions-imported68.json). A closed set the library holds (严以修身、严以用权、严以律己;
 * 科技是第一生产力、人才是第一资源) is asked as before; so is a quoted series (“四个意识”、“【四个自信】”…) and an item the
 * others share nothing with (自治、法治、【德治】; 科教兴国战略、【人才强国】战略). */
export function patternedListItem(text: string, blank: Span, said: (han: string) => boolean): boolean {
  const key = hanChars(blank.text);
  if (key.length < 2 || /[“"‘]$/u.test(text.slice(0, blank.start))) return false;
  const list = listParts(text, blank);
  if (!list) return false;
  const runs = new Set<string>();
  for (let i = 0; i + 2 <= key.length; i++) runs.add(key.slice(i, i + 2));
  const others = list.parts.filter((_, i) => i !== list.at).map(hanChars);
  if (!others.every((p) => [...runs].some((r) => p.includes(r)))) return false;
  const prev = list.at > 0 ? hanChars(list.parts[list.at - 1]!).slice(-key.length) + key : null;
  const next = key + hanChars(list.parts[list.at + 1] ?? '').slice(0, key.length);
  return !(prev !== null && said(prev)) && !(list.at === 0 && said(next));
}

/** Whether the blank is the whole object of one of four or more clauses joined by ， that all open on the same
 * verb (要坚持【人民至上】，坚持高质量发展，坚持全面深化改革，坚持…，坚持统筹发展和安全): the comma form of
 * `verbSeriesItem`'s rote principles. */
export function commaVerbSeries(text: string, blank: Span): boolean {
  const key = hanChars(blank.text);
  const from = Math.max(text.lastIndexOf('。', blank.start - 1), text.lastIndexOf('；', blank.start - 1)) + 1;
  const ends = [...'。；'].map((m) => text.indexOf(m, blank.end)).filter((i) => i >= 0);
  const sentence = text.slice(from, ends.length ? Math.min(...ends) : text.length);
  const clauses = sentence.split(/[，,]/u).map(hanChars);
  const own = hanChars(text.slice(text.lastIndexOf('，', blank.start - 1) + 1, blank.start)) + key;
  const verb = own.slice(-key.length - 2, -key.length);
  // The clause is the verb and its object alone (要坚持【人民至上】), not a condition (坚持依法治国首先要坚持【依宪治国】).
  if (verb.length < 2 || !own.endsWith(verb + key) || own.length > verb.length + key.length + 1) return false;
  const after = text.slice(blank.end).replace(/^[”"’]/u, '');
  if (!/^(?:[，,。；]|$)/u.test(after)) return false;
  return clauses.filter((c) => c.startsWith(verb) || c.slice(1).startsWith(verb)).length >= 4;
}

/** Whether the blank is the whole object of a 坚持 that opens the sentence, a clause of its own followed only by what it
 * is to further (坚持【党建引领】，推动党建工作与…业务深度融合): any principle the Party states reads as true there
 * (questions-imported68.json); one the words after narrow (…，把党的领导贯穿…) stays. */
export const openingPrinciple = (text: string, blank: Span) =>
  /^(?:要|必须|始终)?坚持$/u.test(text.slice(0, blank.start)) &&
  /^[”"’]?[，,](?:推动|推进|促进)/u.test(text.slice(blank.end));

/** Whether the blank is what the writer says struck him most (我体会最深的是【创新驱动发展】战略): his own pick, which any
 * of its kind could be (questions-imported69.json: imported68's 科技系统 党员's 心得). */
export const writersPick = (text: string, blank: Span) =>
  /我[^，,。；;]{0,8}最(?:深|大|多)的(?:就)?是[“"]?$/.test(text.slice(0, blank.start));
