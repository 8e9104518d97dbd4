// Blanks of a user's import that the stem does not determine, found by judging questions-imported19.json and
// questions-imported27.json: a blank in a frame the library fills otherwise (改革是推动【高质量发展】的关键一招 beside
// 改革开放是决定当代中国命运的关键一招; 加强【精神文明】建设的重要内容 beside 加强社会主义精神文明建设的重要内容), and a
// blank in a clause that opens on 这/此, whose subject is the sentence before it (这是加强【精神文明】建设…).
import { hanChars } from '../text/normalize.js';
import { escapeRegExp as escape } from '../text/escape-regexp.js';

type Span = { start: number; end: number; text: string };

const CLAUSE_CUT = /[，,；;。！!？?：:“”\n]/;
/** Verbs whose object a frame's blank is (推动____的, 实现____的, 加强____建设). */
const FRAME_VERB = /(推动|实现|推进|促进|加强)$/u;
/** What follows the blank in a frame: 的 and the head it qualifies, 建设, or 要靠. */
const FRAME_TAIL = /^(?:的|建设|要靠)/u;

const clauseStart = (text: string, at: number) => {
  let from = at;
  while (from > 0 && !CLAUSE_CUT.test(text[from - 1]!)) from--;
  return from;
};
const clauseEnd = (text: string, at: number) => {
  let to = at;
  while (to < text.length && !CLAUSE_CUT.test(text[to]!)) to++;
  return to;
};

/** Whether the blank is the object of a verb in a frame (推动____的关键一招, 加强____建设的重要内容) and a shipped text
 * (`shipped`: paragraphs) fills that frame with another object: after the verb and before the frame's next words,
 * one of the key's own head (社会主义精神文明 beside 精神文明; 实现中华民族伟大复兴的必然要求 is no rival of 实现【高质量发展】的…,
 * questions-imported19.json: good), or any between the clause's subject and the frame's head (改革…是…的关键一招). */
export function frameFilledOtherwise(text: string, blank: Span, shipped: () => readonly string[]): boolean {
  const verb = FRAME_VERB.exec(text.slice(0, blank.start))?.[1];
  const tail = hanChars(text.slice(blank.end, clauseEnd(text, blank.end)));
  if (!verb || !FRAME_TAIL.test(tail) || tail.length < 2) return false;
  const key = hanChars(blank.text);
  const head = escape(tail.slice(0, 5));
  const byVerb = new RegExp(`${verb}(\\p{Script=Han}{2,12}?)${head}`, 'gu');
  // The subject of 是 before the verb (改革是推动…): the library's sentence on that subject with the same head.
  const before = hanChars(text.slice(clauseStart(text, blank.start), blank.start - verb.length));
  const subject = /^(\p{Script=Han}{2,8})是$/u.exec(before)?.[1];
  const bySubject = subject
    ? new RegExp(`${escape(subject)}\\p{Script=Han}{0,6}是(\\p{Script=Han}{2,14}?)${head}`, 'gu')
    : null;
  // Read in the paragraph as written: a filler never runs across a clause's end (推进。要按照…的要求).
  return shipped().some(
    (p) =>
      [...p.matchAll(byVerb)].some((m) => m[1] !== key && m[1]!.endsWith(key.slice(-2))) ||
      (!!bySubject && [...p.matchAll(bySubject)].some((m) => !m[1]!.includes(key))),
  );
}

/** Whether the blank is what a listed subject is said to be the support of (教育、科技、人才是【中国式现代化】的基础性、
 * 战略性支撑) and a shipped text says the same subject and frame of another thing (the 二十大's 全面建设社会主义现代化
 * 国家): both are the Party's wording, two right answers (questions-fillimported70.json). The list's 、 are read
 * away, in the text and in the library alike. */
export function subjectFrameFilledOtherwise(text: string, blank: Span, shipped: () => readonly string[]): boolean {
  const before = hanChars(text.slice(clauseStart(text, blank.start), blank.start));
  const subject = /^(\p{Script=Han}{2,10})是$/u.exec(before)?.[1];
  const tail = hanChars(text.slice(blank.end, clauseEnd(text, blank.end)));
  if (!subject || !tail.startsWith('的') || tail.length < 4) return false;
  const key = hanChars(blank.text);
  const said = new RegExp(`${escape(subject)}是(\\p{Script=Han}{2,16}?)${escape(tail.slice(0, 4))}`, 'gu');
  return shipped().some((p) => [...p.replace(/、/g, '').matchAll(said)].some((m) => m[1] !== key));
}

/** Whether the clause holding the blank opens on 这/此 (这是加强____建设的重要内容): what it says is of the sentence
 * before, so the stem does not say what the key is about. */
export function refersBack(text: string, blank: Span): boolean {
  return /^(?:这|此)/u.test(text.slice(clauseStart(text, blank.start), blank.start));
}
