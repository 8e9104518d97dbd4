// 排序题 (put the options in order): no quiz kind holds an order, and read as a 多选 its key would
// be a set (BCAD → ABCD), so such items are refused with what to do.
export const ORDER_REASON =
  '这是排序题（答案是先后顺序），暂不能导入：题型只有单选、多选、判断、填空和简答，顺序不能当作选择题的答案。可改写为单选题（把几种顺序列为选项）后再导入';
const ORDER_ASK = /排序|(?:先后|时间)?顺序(?:进行)?排列|依次排列|排列(?:的)?(?:先后)?顺序|正确的?(?:先后)?顺序是/;

/** 排序题: the bank says so (题型, section), or the key is an order: letters or ①②③ joined by arrows
 * (C→B→A→D), circled numbers out of their order (③①②), or every option's letter once, out of
 * alphabetical order (BCAD, B、A、D、C): a 多选 key lists its letters in order and seldom all of them. */
export function isOrdering(type: string | undefined, answer: string, optionCount: number, stem = ''): boolean {
  if (/排序/.test(type ?? '')) return true;
  // The stem asks for an order (按发生的先后顺序排列, 依次排列, 排序) and the key names several options:
  // an order even when it happens to run A, B, C, D (a 单选 whose options are orders has one letter).
  if (ORDER_ASK.test(stem) && /^[A-H](?:[\s,，、;；]*[A-H])+$/.test(answer)) return true;
  const key = answer.replace(/[（(]\s*([A-H①-⑳])\s*[)）]/g, '$1'); // （B）→（D）→（A）
  if (/^(?:[A-H]|[①-⑳])(?:\s*(?:→|->|—>|=>|⇒|＞|>)\s*(?:[A-H]|[①-⑳]))+$/.test(key)) return true;
  const circled = /^[①-⑳]{2,}$/.test(key) ? [...key] : [];
  if (circled.some((c, i) => i && c < circled[i - 1]!)) return true;
  const letters = /^[A-H\s,，、;；]+$/.test(key) ? key.replace(/[^A-H]/g, '') : '';
  return (
    letters.length >= 3 &&
    letters.length === optionCount &&
    new Set(letters).size === letters.length &&
    letters !== [...letters].sort().join('')
  );
}
