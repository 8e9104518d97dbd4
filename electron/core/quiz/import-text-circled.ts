// Options numbered ①②③④ instead of lettered, keyed 答案：③, as some 知识竞赛 papers print them. The
// same marks number a 组合选择's statements (then lettered options follow: never read here), so
// they are options only under an item with no lettered options whose key is such a mark. Options
// numbered (1)(2)(3)(4), keyed (2) or 2, and options 甲．乙．丙．丁． keyed 乙 are read the same way: as ①②③④
// where the stem holds that run. 甲乙丙丁 keyed by letters (答案：B) only where the paper says how the letters map
// (选项甲、乙、丙、丁依次对应A、B、C、D): B could be 乙 or the second of some other lettering, so otherwise refused.

const MARKS = '①②③④⑤⑥⑦⑧';
const KEY = /^[①-⑧](?:[\s、,，]*[①-⑧])*$/;
const MARK = /(?:^|(?<=[\s　\n]))([①-⑧])\s*/g;
const PAREN_MARK = /(?:^|(?<=[\s　\n]))[（(]\s*([1-8])\s*[)）]/g;
// (2), （1）（3） or 2, 1、3: bare digits only one to a number (12 is no key here).
const PAREN_KEY = /^(?:[（(]\s*[1-8]\s*[)）](?:[\s、,，]*[（(]\s*[1-8]\s*[)）])*|[1-8](?:\s*[、,，]\s*[1-8])*)$/;

const STEMS = '甲乙丙丁戊己庚辛';
// 甲．, 乙、 at a line's start or after a space (an option's mark, never 甲 inside a word).
const STEM_MARK = /(?:^|(?<=[\s　\n]))([甲乙丙丁戊己庚辛])\s*[.．、:：]/g;
const STEM_KEY = /^[甲乙丙丁戊己庚辛](?:[\s、,，]*[甲乙丙丁戊己庚辛])*$/;

const LETTER_KEY = /^[A-H](?:[\s、,，]*[A-H])*$/;
const JIA = '甲[、，,\\s]*乙[、，,\\s]*丙(?:[、，,\\s]*丁)?';
const ABC = 'A[、，,\\s]*B[、，,\\s]*C(?:[、，,\\s]*D)?';
const GAP = '[^。；;\\n]{0,12}?';
/** 选项甲、乙、丙、丁依次对应答案中的A、B、C、D; 分别用A、B、C、D作答; 答案中A、B、C、D分别代表甲、乙、丙、丁: in this
 * order only (a note mapping them otherwise is not read, and the letters stay refused). */
const LETTERS_NOTE = new RegExp(
  `${JIA}${GAP}(?:对应|代表|表示)${GAP}${ABC}|${JIA}${GAP}(?:用|以)${ABC}(?:作答|表示|代表)|${ABC}${GAP}(?:对应|代表|表示)${GAP}${JIA}`,
);

/** Whether the paper says its options 甲乙丙丁 are answered A, B, C, D. */
export const saysLetters = (text: string) => LETTERS_NOTE.test(text.normalize('NFKC'));

/** `stem` and `answer` with options (1)(2)… keyed (2) or 2, or 甲．乙．… keyed 乙 (or B where `letters`: the paper
 * says so), written as ①②…; null when they are not; a reason for 甲乙丙丁 keyed by letters the paper never maps. */
function otherAsCircled(stem: string, answer: string, letters: boolean): [string, string] | string | null {
  const paren = PAREN_KEY.test(answer);
  const lettered = !paren && LETTER_KEY.test(answer.normalize('NFKC'));
  if (!paren && !lettered && !STEM_KEY.test(answer)) return null;
  const mark = paren ? PAREN_MARK : STEM_MARK;
  const index = (c: string) => (paren ? Number(c) - 1 : STEMS.indexOf(c));
  const marks = [...stem.matchAll(mark)].map((m) => index(m[1]!));
  if (marks.indexOf(0) < 0 || marks.indexOf(1) < 0) return null;
  if (lettered && !letters)
    return `答案“${answer}”是字母，但这道题的选项标为甲乙丙丁，文件没有说明字母与甲乙丙丁的对应：请把答案改写为甲、乙…，或在卷首注明“选项甲、乙、丙、丁依次对应A、B、C、D”`;
  const circle = (c: string) => MARKS[lettered ? 'ABCDEFGH'.indexOf(c) : index(c)]!;
  const keys = paren ? /[1-8]/g : lettered ? /[A-H]/g : /[甲乙丙丁戊己庚辛]/g;
  return [
    stem.replace(mark, (_, c: string) => MARKS[index(c)]!),
    answer
      .normalize('NFKC')
      .replace(/[()\s]/g, '')
      .replace(keys, circle),
  ];
}

/** The options of `stem` numbered ①…, with the key as letters; a reason when the key is such a
 * mark but the options cannot carry it; null when the key is not a circled number. */
export function circledOptions(
  stem: string,
  answer: string,
  paper: { keyed?: string; letters?: boolean } = {},
): { stem: string; options: string[]; answer: string } | string | null {
  // A key list's letters (参考答案：1-4 CBAD) key 甲乙丙丁 options as an answer line's would.
  if (!answer && paper.keyed && LETTER_KEY.test(paper.keyed)) answer = paper.keyed;
  const paren = KEY.test(answer) ? null : otherAsCircled(stem, answer, !!paper.letters);
  if (typeof paren === 'string') return paren;
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
