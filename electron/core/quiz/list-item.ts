// A blank on one item of a list joined by 、 in a local voice: the speaker's list is open, its siblings fit as
// well, unless the library says the key beside its neighbour. Found by judging questions-imported15.json and
// questions-imported16.json: 调研组深入村（社区）、【两新组织】 (企业, 学校 fit); 党的政治路线、思想路线、【群众路线】
// (组织路线 is the library's third); 【党政领导】责任、部门监管责任、企业主体责任 (属地管理责任 fits); 校舍安全、消防安全、
// 食品安全、【交通安全】等方面 (tied by the whole neighbour, questions-imported18.json). A list the library holds
// (说实话、谋实事、出实招、求实效) keeps its blank.
import { hanChars } from '../text/normalize.js';

/** Marks that end a list item other than 、 (quotation marks too: “两个确立”、“两个维护” are clauses' objects). */
const STOP = /[，,；;。！!？?：:“”"‘’]/;

/** Han characters of a neighbour item taken beside the key: enough to tie the key to that item. */
const NEIGHBOUR_HAN = 2;

/** Han characters up to which a part between 、 is a list item (党政领导责任), not a clause of its own. */
const ITEM_HAN = 6;

const partStart = (text: string, at: number) => {
  while (at > 0 && text[at - 1] !== '、' && !STOP.test(text[at - 1]!)) at--;
  return at;
};
const partEnd = (text: string, at: number) => {
  while (at < text.length && text[at] !== '、' && !STOP.test(text[at]!)) at++;
  return at;
};

/** The Han runs that tie the blank at [start, end) of `text` to each neighbouring item of its 、 list (the
 * key's item with the nearest two Han characters of the item before, and with those of the item after), or
 * null when the blank is no item of such a list. */
export function listNeighbours(text: string, start: number, end: number): string[] | null {
  if (text.slice(start, end).includes('、')) return null;
  const from = partStart(text, start);
  const to = partEnd(text, end);
  const before = text[from - 1] === '、';
  const after = text[to] === '、';
  if (!before && !after) return null;
  // The item: from the 、 before it (or the blank in a list's first part, which opens on the clause's
  // words: 调研组深入村) to the 、 after it (or the blank's end in the last part: 群众路线【的根本要求】).
  const item = hanChars(text.slice(before ? from : start, after ? to : end));
  // A clause joined by 、 (乘势而上、接续推进【中国式现代化】建设) is no item of a list.
  if (item.length > ITEM_HAN) return null;
  // A neighbour ending on the key's own head (食品安全、【交通安全】) is tied by the whole of it: the shared head ties
  // nothing (…安全、交通安全 is said of many lists; questions-imported18.json).
  const shares = (n: string) => n.length <= ITEM_HAN && n.length > 2 && n.slice(-2) === item.slice(-2);
  const prev = hanChars(text.slice(partStart(text, from - 1), from - 1));
  const next = hanChars(text.slice(to + 1, partEnd(text, to + 1)));
  const out: string[] = [];
  if (before) out.push((shares(prev) ? prev : prev.slice(-NEIGHBOUR_HAN)) + item);
  if (after) out.push(item + (shares(next) ? next : next.slice(0, NEIGHBOUR_HAN)));
  return out;
}

/** Whether the blank is an item of a 、 list that no shipped document says beside its neighbours (`inLibrary`: whether
 * a run of Han characters occurs in a shipped document). */
export function unsaidListItem(
  text: string,
  blank: { start: number; end: number },
  inLibrary: (han: string) => boolean,
): boolean {
  const ties = listNeighbours(text, blank.start, blank.end);
  return ties !== null && !ties.every(inLibrary);
}
