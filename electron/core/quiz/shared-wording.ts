// 巩固民族团结，维护祖国统一，促进共同繁荣，是全国各族人民的根本利益所在 (1995) and 加强民族团结，维护祖国统一，
// 促进共同发展，是…根本利益所在 (1999): a set wording that reports repeat with a word changed, or in
// pieces. Asked “which document / which year” of one of them, a learner cannot tell them apart, so
// such a sentence is not asked about its source.
import { hanChars } from '../text/normalize.js';
import { restatedInOne, sentences } from './restated-in-one.js';
import type { SourceDoc } from './types.js';

/** Documents of the source whose text contains the quote (punctuation ignored). */
export function docsSaying(docs: SourceDoc[], bodies: Map<string, string>, text: string): SourceDoc[] {
  const needle = hanChars(text);
  return needle.length < 4 ? [] : docs.filter((d) => bodies.get(d.id)!.includes(needle));
}

/** The sentence's clauses (Han characters only) long enough to be wording of their own. */
export const clauses = (text: string) =>
  text
    .split(/[，,；;：:、。！？!?]/)
    .map(hanChars)
    .filter((c) => c.length >= 4);

/** Han characters up to which a one-clause sentence is searched by its runs of RUN characters. */
const ONE_CLAUSE_MAX = 24;
const RUN = 6;
const runs = (han: string) =>
  han.length < RUN ? [han] : [...Array(han.length - RUN + 1).keys()].map((i) => han.slice(i, i + RUN));

/** Length of the longest common subsequence of two texts' characters. */
export function common(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++) next[j] = ch === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]!;
}

/** Two sentences are one wording when the shorter keeps three quarters of its characters, in order,
 * in the longer, and at least ten (厉行勤俭节约，反对奢侈浪费 beside 厉行节约，反对奢侈浪费: 10 of 10;
 * 赢得青年，才能赢得未来 beside 奋斗才能赢得未来: 6, a common clause, two sayings). */
function oneWording(a: string, b: string): boolean {
  const kept = common(a, b);
  return kept >= 10 && kept >= 0.75 * Math.min(a.length, b.length);
}

/** Two one-clause sentences are one wording when they share, in order, 85 % of the longer one's characters. */
function closeWording(a: string, b: string, share = CLOSE_SHARE): boolean {
  const kept = common(a, b);
  return kept >= 10 && kept >= share * Math.max(a.length, b.length);
}
const CLOSE_SHARE = 0.85;

/** A sentence's Han characters and the pieces a document must hold to say it again (its clauses, or the runs of a
 * one-clause sentence), kept for the last sentence asked: it is weighed against every document in turn. */
let lastText: { text: string; whole: string; byRuns: boolean; pieces: string[] } | null = null;
function piecesOf(text: string) {
  if (lastText?.text !== text) {
    const whole = hanChars(text);
    // A one-clause thesis said again with its words moved (社会主义的根本任务是发展社会生产力 beside
    // 社会主义社会的根本任务是发展生产力) shares no whole clause: a run of six characters finds it.
    const parts = clauses(text);
    const byRuns = parts.length <= 1 && whole.length <= ONE_CLAUSE_MAX;
    lastText = { text, whole, byRuns, pieces: byRuns ? runs(whole) : parts };
  }
  return lastText;
}

/** Whether the document says the sentence again with a word or two changed: one of its sentences
 * shares a clause of it and is the same wording. `body`: the document's Han characters. */
export function sharesWording(text: string, doc: SourceDoc, body: string): boolean {
  const { whole, byRuns, pieces } = piecesOf(text);
  if (restatedInOne(whole, doc)) return true;
  // Found by runs, it must be the same length and keep nearly all its characters (not 节约资源是保护生态环境的根本之策
  // beside a list of 节约能源资源和保护生态环境的产业结构、…).
  const own = pieces.filter((c) => body.includes(c));
  if (own.length > 0) {
    const same = byRuns ? closeWording : oneWording;
    return sentences(doc).some((s) => own.some((c) => s.includes(c)) && same(s, whole));
  }
  // A line of two clauses said again with a word changed in each (加强同【广大】发展中国家的团结与合作，是【中国】外交政策的
  // 基本立足点, 1997, beside 1992's 加强同发展中国家的团结与合作是我国外交政策的一个基本点) shares no whole clause: its runs
  // find it, held as close as a one-clause thesis (questions-outside13.json, held out).
  if (byRuns || clauses(text).length !== 2 || whole.length > TWO_CLAUSE_MAX) return false;
  const shortRuns = runs(whole).filter((c) => body.includes(c));
  return sentences(doc).some((s) => shortRuns.some((c) => s.includes(c)) && closeWording(s, whole, TWO_CLAUSE_SHARE));
}
/** Han characters up to which a line of two clauses is searched by its runs, and the share of the longer it must keep
 * (24 of 29 in 1997's line beside 1992's). */
const TWO_CLAUSE_MAX = 32;
const TWO_CLAUSE_SHARE = 0.8;

/** A short line of two to four clauses, each said in other documents too (厉行勤俭节约，反对奢侈浪费; 加强民族
 * 团结，维护祖国统一，促进共同发展，是全国各族人民的根本利益所在):
 * a standing instruction texts restate in pieces, which no learner can place in one document or year. */
export function restatedSlogan(text: string, docId: string, bodies: ReadonlyMap<string, string>): boolean {
  const clauses = text
    .split(/[，,；;。！!]/)
    .map(hanChars)
    .filter(Boolean);
  if (clauses.length < 2 || clauses.length > 4 || clauses.some((c) => c.length < 4 || c.length > 14)) return false;
  return clauses.every((c) => [...bodies].some(([id, body]) => id !== docId && body.includes(c)));
}

/** A line whose opening judgement another document says word for word (党内民主是党的生命，对人民民主具有…: the
 * 十七大 says 党内民主是党的生命 too): a learner remembers the judgement, not the clause after it, and cannot tell
 * which document or year the whole line is from. */
export function leadJudgementElsewhere(text: string, docId: string, bodies: ReadonlyMap<string, string>): boolean {
  const clauses = text.split(/[，,；;]/);
  const lead = hanChars(clauses[0] ?? '');
  if (clauses.length < 2 || lead.length < 8 || !lead.includes('是')) return false;
  return [...bodies].some(([id, body]) => id !== docId && body.includes(lead));
}
