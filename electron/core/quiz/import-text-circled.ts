// Options numbered ①②③④ instead of lettered, keyed 答案：③, as some 知识竞赛 papers print them. The
// same marks number a 组合选择's statements (then lettered options follow: never read here), so
// they are options only under an item with no lettered options whose key is such a mark. Options
// numbered (1)(2)(3)(4), keyed (2) or 2, are read the same way: as ①②③④ where the stem holds that run.

const MARKS = '①②③④⑤⑥⑦⑧';
const KEY = /^[①-⑧](?:[\s、,，]*[①-⑧])*$/;
const MARK = /(?:^|(?<=[\s　\n]))([①-⑧])\s*/g;
const PAREN_MARK = /(?:^|(?<=[\s　\n]))[（(]\s*([1-8])\s*[)）]/g;
// (2), （1）（3） or 2, 1、3: bare digits only one to a number (12 is no key here).
const PAREN_KEY = /^(?:[（(]\s*[1-8]\s*[)）](?:[\s、,，]*[（(]\s*[1-8]\s*[)）])*|[1-8](?:\s*[、,，]\s*[1-8])*)$/;

/** `stem` and `answer` with options (1)(2)… and a key (2) or 2 written as ①②…; null when they are not. */
function parenAsCircled(stem: string, answer: string): [string, string] | null {
  if (!PAREN_KEY.test(answer)) return null;
  const marks = [...stem.matchAll(PAREN_MARK)].map((m) => m[1]);
  if (marks.indexOf('1') < 0 || marks.indexOf('2') < 0) return null;
  const circle = (d: string) => MARKS[Number(d) - 1]!;
  return [
    stem.replace(PAREN_MARK, (_, d: string) => circle(d)),
    answer.replace(/[（(\s)）]/g, '').replace(/[1-8]/g, circle),
  ];
}

/** The options of `stem` numbered ①…, with the key as letters; a reason when the key is such a
 * mark but the options cannot carry it; null when the key is not a circled number. */
export function circledOptions(
  stem: string,
  answer: string,
): { stem: string; options: string[]; answer: string } | string | null {
  const paren = KEY.test(answer) ? null : parenAsCircled(stem, answer);
  if (paren) [stem, answer] = paren;
  if (!KEY.test(answer)) return null;
  const marks = [...stem.matchAll(MARK)];
  const first = marks.findIndex((m) => m[1] === '①');
  const run: RegExpMatchArray[] = [];
  for (const m of marks.slice(first < 0 ? marks.length : first)) if (MARKS.indexOf(m[1]!) === run.length) run.push(m);
  const head = run.length ? stem.slice(0, run[0]!.index).trim() : '';
  if (run.length < 2 || !head) return `答案“${answer}”是选项序号，但这道题没有能确定的选项：请把选项写成 A．B．…`;
  const options = run.map((m, k) => stem.slice(m.index! + m[0].length, run[k + 1]?.index ?? stem.length).trim());
  if (options.some((o) => !o)) return `答案“${answer}”是选项序号，但有的选项是空的：请核对选项`;
  const keys = [...answer.replace(/[\s、,，]/g, '')].map((c) => MARKS.indexOf(c));
  if (keys.some((k) => k >= options.length))
    return `答案“${answer}”超出选项范围（选项为 ①–${MARKS[options.length - 1]}）：请核对答案`;
  return { stem: head, options, answer: keys.map((k) => 'ABCDEFGH'[k]).join('') };
}
