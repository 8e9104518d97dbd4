// A definition whose blank is its subject (____是发展的动力 → 改革) has one key only where nothing else
// is said to be that predicate. The library often says it of another subject too (创新是引领发展的第一
// 动力; 实事求是是我们党的思想路线 beside 解放思想、实事求是是…; 党的团结是党的生命 beside 党内民主是党的生命):
// a learner's other answer, as standard as the key, would be marked wrong. Role words (动力, 基础, 关键,
// 保证, 前提, 生命, 灵魂…) are predicates many subjects fill: there a sentence with the same role word
// and the last noun of its modifier (a whole word: 发展) count, elsewhere only the same predicate word for word. A
// predicate of four or more characters after its 的 (思想路线, 政治基础) that the library gives another
// 提法 as its modifier (实事求是的思想路线; 坚持“九二共识”政治基础) has that 提法 as an answer too.
import { isContentToken, tokenize } from '../text/segment.js';
import { lexiconMatcher } from '../knowledge/lexicon.js';
import { foldForSearch, hanChars } from '../text/normalize.js';

const CUT = /[，,；;。！!？?：:、“”‘’《》（）()\s]/;
const IS = /^(?:就|才|也|都|仍|仍然|始终|永远)?是/;
const ROLE = /(?:动力|基础|关键|保证|保障|前提|生命线?|灵魂|法宝|基石|根基|源泉|命脉|支柱)$/;
/** Words before 是 that are no subject of their own (这是, 也是, 都是). */
const NO_SUBJECT = /^(?:这|那|其|它|这也|这就|也|都|就|才|仍|正|即|乃|而|但|又)?$|^关于/;

/** Nouns too broad to tie two predicates (构筑法治国家的基础 beside 国家发展的基础): the noun before counts. */
const BROAD = /^(?:国家|社会|人民|民族|中国|我国|世界|社会主义)$/;

/** The subject before position `is` (a 是) of `body`: from the clause's start (a list's 、 kept: 解放思想、
 * 实事求是), adverbs before 是 left out. */
function subjectBefore(body: string, is: number): string {
  let from = is;
  while (from > 0 && (body[from - 1] === '、' || !CUT.test(body[from - 1]!)) && is - from < 24) from--;
  return hanChars(body.slice(from, is).replace(/(?:就|也|都|仍|仍然|始终|永远)$/, ''));
}

/** The predicate a subject blank is defined by: the rest of its clause after 是, or null when the blank
 * is no subject (something else of the clause before it holds 是, or no 是 follows it). */
export function subjectPredicate(text: string, blank: { start: number; end: number }): string | null {
  let from = blank.start;
  while (from > 0 && !CUT.test(text[from - 1]!)) from--;
  // The head of a possessive subject (社会主义的【根本任务】是…) is no subject another one could replace.
  if (text.slice(from, blank.start).includes('是') || text[blank.start - 1] === '的') return null;
  const is = IS.exec(text.slice(blank.end));
  if (!is) return null;
  const start = blank.end + is[0].length;
  let end = start;
  while (end < text.length && !CUT.test(text[end]!)) end++;
  const predicate = text.slice(start, end);
  return hanChars(predicate).length >= 2 ? predicate : null;
}

/** Whether one of `texts` says the blank's predicate of another subject (not the key, nor a longer
 * wording holding it: 坚持全心全意为人民服务 is the same answer; 实事求是 inside 解放思想、实事求是 is not). */
export function otherSubject(
  text: string,
  blank: { start: number; end: number; text: string },
  texts: Iterable<string>,
): string | null {
  const predicate = subjectPredicate(text, blank);
  if (!predicate) return otherRole(text, blank, texts) ?? otherBareSubject(text, blank, texts);
  const key = hanChars(blank.text);
  const role = ROLE.exec(predicate)?.[0];
  // The content words of the role word's modifier (经济社会发展的不竭动力: 经济, 社会, 发展).
  const modifier = role
    ? predicate.slice(0, -role.length).replace(/的?[^的]*$/, (m) => (m.startsWith('的') ? '' : m))
    : '';
  const words = tokenize(modifier)
    .filter((t) => isContentToken(t) && t.word.length >= 2 && /^(?:n|vn|nz)$/.test(t.tag) && !BROAD.test(t.word))
    .map((t) => t.word)
    .slice(-1);
  const probe = role ?? predicate;
  for (const body of texts) {
    for (let at = body.indexOf(probe); at >= 0; at = body.indexOf(probe, at + 1)) {
      let is = at - 1;
      while (is >= 0 && body[is] !== '是' && !CUT.test(body[is]!) && at - is <= 16) is--;
      if (is < 0 || body[is] !== '是') continue;
      if (!role && is !== at - 1) continue;
      const span = body.slice(is + 1, at);
      const same = span === predicate.slice(0, -probe.length);
      if (role && !same && (words.length === 0 || !tokenize(span).some((t) => t.word === words[0]))) continue;
      // Only the predicate's own clause end: 党的生命 in 党的生命线 is another predicate.
      if (!CUT.test(body[at + probe.length] ?? '。') && !(role && /^[和与、]/.test(body.slice(at + probe.length))))
        continue;
      const subject = subjectBefore(body, is);
      if (NO_SUBJECT.test(subject) || subject.length > 12 || subject === key || subject.includes(key)) continue;
      return subject;
    }
  }
  return modifierTerm(predicate, key, texts);
}

/** A 提法 of the lexicon, other than the key, the library sets before the predicate's head (the words
 * after its last 的, four to eight characters) as what the head is: right before it in quotation marks (坚持“九二共识”
 * 政治基础), or before 的 where the key too is set so (实事求是的思想路线 beside 解放思想、实事求是的思想路线); a
 * whole whose head it is (两岸关系和平发展的政治基础) is no answer. */
function modifierTerm(predicate: string, key: string, texts: Iterable<string>): string | null {
  const head = predicate.slice(predicate.lastIndexOf('的') + 1);
  if (!/^\p{Script=Han}{4,8}$/u.test(head)) return null;
  const found: { term: string; de: boolean }[] = [];
  for (const body of texts)
    for (let at = body.indexOf(head); at >= 0; at = body.indexOf(head, at + 1)) {
      const gap = /(?:[”」’]|[”」’]?(的))$/.exec(body.slice(Math.max(0, at - 2), at));
      if (!gap) continue;
      const before = foldForSearch(body.slice(Math.max(0, at - 16), at - gap[0].length).replace(/[“「‘]$/, ''));
      const term = lexiconMatcher()
        .find(before)
        .filter((m) => m.start + m.length === before.length || before.slice(m.start + m.length) === '”')
        .sort((a, b) => b.length - a.length)[0]?.term;
      if (term) found.push({ term: hanChars(term), de: !!gap[1] });
    }
  const keyWithDe = found.some((f) => f.term === key && f.de);
  return found.find((f) => f.term !== key && !f.term.includes(key) && (!f.de || keyWithDe))?.term ?? null;
}

/** A whole clause's subject said without 是 (【全面从严治党】永远在路上): where the library says the rest of the clause word
 * for word of another subject (党的自我革命永远在路上), that subject is an answer too (questions-imported26.json). */
function otherBareSubject(
  text: string,
  blank: { start: number; end: number; text: string },
  texts: Iterable<string>,
): string | null {
  if (blank.start > 0 && !CUT.test(text[blank.start - 1]!)) return null;
  let end = blank.end;
  while (end < text.length && !CUT.test(text[end]!)) end++;
  const rest = text.slice(blank.end, end);
  if (hanChars(rest).length < 4 || IS.test(rest) || /^的/.test(rest)) return null;
  const key = hanChars(blank.text);
  for (const body of texts)
    for (let at = body.indexOf(rest); at >= 0; at = body.indexOf(rest, at + 1)) {
      if (!CUT.test(body[at + rest.length] ?? '。')) continue;
      const subject = subjectBefore(body, at);
      if (subject.length < 2 || NO_SUBJECT.test(subject) || subject.length > 12 || subject.includes(key)) continue;
      return subject;
    }
  return null;
}

/** A role word blanked as a subject's predicate (创新是企业的【生命线】) where the library gives that subject
 * another role word (创新是一个民族进步的灵魂): 灵魂 would be marked wrong. */
function otherRole(text: string, blank: { start: number; end: number; text: string }, texts: Iterable<string>) {
  if (!new RegExp(`^(?:${ROLE.source.slice(0, -1)})$`).test(blank.text) || !CUT.test(text[blank.end] ?? '。'))
    return null;
  let from = blank.start;
  while (from > 0 && !CUT.test(text[from - 1]!)) from--;
  const is = text.slice(from, blank.start).search(/(?:就|也|都)?是/);
  const subject = is > 0 ? text.slice(from, from + is) : '';
  if (hanChars(subject).length < 2) return null;
  for (const body of texts)
    for (let at = body.indexOf(subject + '是'); at >= 0; at = body.indexOf(subject + '是', at + 1)) {
      let end = at + subject.length + 1;
      while (end < body.length && !CUT.test(body[end]!) && end - at < 30) end++;
      const role = ROLE.exec(body.slice(at, end))?.[0];
      if (role && role !== blank.text && !blank.text.startsWith(role) && !role.startsWith(blank.text)) return role;
    }
  return null;
}

/** Role words as near in meaning as two answers can be: what a thing rests on, drives it or secures it. */
const NEAR_ROLES = [
  /^(?:基础|前提|基石|根基)$/,
  /^(?:动力|源泉)$/,
  /^(?:保证|保障)$/,
  // What a work is tested by (是检验我们工作成效的【标准】: 试金石, 尺子).
  /^(?:标准|尺子|尺度|标尺|试金石)$/,
];

/** A role word in a figure closing a judgement (教育、科技和人才，是国家强盛、民族振兴的【基石】): its plain twin (基础,
 * 动力, 标准) is what a learner writes, in any line (questions-fill68.json). */
export function figurativeRole(text: string, blank: { start: number; end: number; text: string }): boolean {
  if (!/^(?:基石|根基|源泉|尺子|标尺|试金石)$/.test(blank.text) || text[blank.start - 1] !== '的') return false;
  if (!/^(?:[，,。；;！!]|$)/.test(text.slice(blank.end))) return false;
  let from = blank.start;
  while (from > 0 && !/[，,。；;！!？?：:]/.test(text[from - 1]!)) from--;
  return text.slice(from, blank.start).includes('是');
}

/** Whether the blank is a role word closing a judgement's clause (学习是干事创业的【基础】) that has a near
 * twin (前提): no wording a learner studies fixes which. The caller asks it of local lines only (of any line:
 * figurativeRole): the Party's own plain one (发展是解决我国一切问题的基础和关键) is known by its words. */
export function nearRoleBlank(text: string, blank: { start: number; end: number; text: string }): boolean {
  if (!NEAR_ROLES.some((r) => r.test(blank.text)) || !CUT.test(text[blank.end] ?? '。')) return false;
  let from = blank.start;
  while (from > 0 && !CUT.test(text[from - 1]!)) from--;
  return /是/.test(text.slice(from, blank.start)) && text[blank.start - 1] === '的';
}

/** The key a topic turns on, after the topic (…的关键在于创新; ，人才是关键). */
const TURNS_ON = /^的(?:关键|核心|根本|重点|难点|出路|要害)在于/;
const TOPIC_THEN = /^[，,][^，,。；;！!？?]{1,6}(?:是|为)(?:关键|根本|核心|基础|前提|保障|根本出路)(?:[。；;，,！!]|$)/;

/** Whether the blank is a topic that any goal fills, the line saying only what it turns on: the whole subject of
 * ____的关键在于创新 (新质生产力, 高质量发展, 科技自立自强 fit) or a clause of its own before ____，人才是关键
 * (乡村振兴, 发展 fit). questions-imported15.json and questions-imported16.json. */
export function openTopicBlank(text: string, blank: { start: number; end: number }): boolean {
  let from = blank.start;
  while (from > 0 && !CUT.test(text[from - 1]!)) from--;
  if (hanChars(text.slice(from, blank.start)) !== '') return false;
  const after = text.slice(blank.end);
  return TURNS_ON.test(after) || TOPIC_THEN.test(after);
}
