// A 案例分析 item whose sub-questions are choices keyed together: `2．<案例>` over `（1）…` `（2）…`, each
// with its options, and one `答案：（1）B（2）C` under the last. Each sub-question becomes an item of its
// own, the case in front of its question (it cannot be answered without it) and its key under its
// options. Only where the key names every sub-question once, in order, and no sub-question is keyed
// on its own; otherwise the lines are left as they are (and refused as before).
import { ANSWER, ITEM, QUESTION_LIKE } from './import-text-lines.js';

const OUTER = /^\d{1,3}\s*[.．、]\s*(?![（(])/;
const SUB = (k: number) => new RegExp(`^[（(]${k}[)）]\\s*`);
const OPTION = /^[A-H]\s*[.．、:：]/;
const ONE_KEY = /^(?:[A-H]{1,8}|√|×|对|错)$/;
const SUB_KEYS = /^(?:[\s　]*[（(]\d{1,2}[)）][\s　]*(?:[A-H]{1,8}|√|×|对|错)[\s　]*[，,；;、]?)+$/;

export function splitCaseSubs(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const got = OUTER.test(lines[i]!) ? caseAt(lines, i) : null;
    if (!got) {
      out.push(lines[i]!);
      continue;
    }
    out.push(...got.lines);
    i = got.end;
  }
  return out;
}

/** The case at lines[at] rewritten, and the index of its key line; null where it is not such a case. */
function caseAt(lines: string[], at: number): { lines: string[]; end: number } | null {
  const passage = [lines[at]!.replace(OUTER, '')];
  if (QUESTION_LIKE.test(passage[0]!)) return null;
  let i = at + 1;
  for (; i < lines.length && !SUB(1).test(lines[i]!) && passage.length < 4; i++) {
    if (ITEM.test(lines[i]!) || OPTION.test(lines[i]!) || ANSWER.test(lines[i]!)) return null;
    passage.push(lines[i]!);
  }
  const subs: string[][] = [];
  // Sub-questions keyed one by one (`答案：B` under each): their keys, '' where one has none.
  const own: string[] = [];
  while (i < lines.length && SUB(subs.length + 1).test(lines[i]!)) {
    const sub = [lines[i]!.replace(SUB(subs.length + 1), '')];
    for (i++; i < lines.length && !SUB(subs.length + 2).test(lines[i]!); i++) {
      if (ANSWER.test(lines[i]!) || ITEM.test(lines[i]!)) break;
      sub.push(lines[i]!);
    }
    if (!sub.some((l) => OPTION.test(l))) return null;
    subs.push(sub);
    const mine = i < lines.length ? ANSWER.exec(lines[i]!) : null;
    const key = mine ? ONE_KEY.exec(lines[i]!.slice(mine[0].length).trim()) : null;
    own.push(key ? key[0] : '');
    if (key) i++;
  }
  if (own.some(Boolean)) {
    // Each sub-question with its own key, none with another's: an answer line left over keys several.
    if (subs.length < 2 || (i < lines.length && ANSWER.test(lines[i]!))) return null;
    return { lines: subs.flatMap((sub, n) => rewritten(passage, sub, n, own[n]!)), end: i - 1 };
  }
  const mark = i < lines.length ? ANSWER.exec(lines[i]!) : null;
  const written = mark ? lines[i]!.slice(mark[0].length) : '';
  if (subs.length < 2 || !SUB_KEYS.test(written)) return null;
  const keys = [...written.matchAll(/[（(](\d{1,2})[)）][\s　]*([A-H]{1,8}|√|×|对|错)/g)];
  if (keys.length !== subs.length || keys.some((k, n) => Number(k[1]) !== n + 1)) return null;
  return { lines: subs.flatMap((sub, n) => rewritten(passage, sub, n, keys[n]![2]!)), end: i };
}

/** Sub-question n as an item: the case before its question, its options, its key ('' for none). */
const rewritten = (passage: string[], sub: string[], n: number, key: string) => [
  `（${n + 1}）${passage[0]}`,
  ...passage.slice(1),
  ...sub,
  ...(key ? [`答案：${key}`] : []),
];
