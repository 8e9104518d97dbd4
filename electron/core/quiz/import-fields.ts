// Field names of question banks from the wild: any case, Chinese or English, a few spellings
// (Question / question / 题目, options / tips / choices / 选项, answer / 答案 …), and, when no
// known name is present, names that contain one (fldName, rightAnswer, QuestionOptionList,
// 题目内容, 选项(JSON格式)), never a wrong/user answer or an id.

const ALIASES = {
  stem: ['question', 'content', 'stem', 'title', 'q', '题目', '题干', '问题', '试题'],
  options: ['options', 'option', 'opts', 'opt', 'tips', 'choices', 'choice', 'items', '选项', '备选项'],
  answer: [
    'answer',
    'answers',
    'ans',
    'correct',
    'key',
    'right',
    'solution',
    '答案',
    '正确答案',
    '参考答案',
    '标准答案',
    '正确选项',
    '答案选项',
    '正确项',
  ],
  explanation: ['explanation', 'explain', 'analysis', 'notes', 'note', 'remark', '解析', '说明', '备注', '答案解析'],
  tags: ['category', 'catagory', 'tags', 'tag', 'topic', '分类', '标签', '类别', '专题'],
  type: ['type', 'questiontype', 'qtype', 'kind', 'typename', 'typedesc', '题型', '类型', '题目类型', '试题类型'],
} as const;
export type BankField = keyof typeof ALIASES;

// Names that contain these words name the field when no alias matches; `not` keeps ids, counts,
// user answers and wrong answers out.
const FUZZY: Partial<Record<BankField, { has: RegExp; not: RegExp }>> = {
  stem: {
    has: /question|title|content|stem|name|题目|题干|问题|试题|内容/,
    not: /id$|type|kind|no$|num|count|index|list|option|answer|image|url|pic|题型|类型|号|序|图|选项|答案|解析/,
  },
  options: { has: /option|choice|选项/, not: /count|num|type|id$|answer|答案|正确|correct|right/ },
  answer: {
    has: /answer|答案|correct|right|solution/,
    not: /wrong|incorrect|user|your|my|student|count|num|score|list|explan|analysis|错误|学生|我的|你的|您的|考生|学员|作答|选择|用户|解析|文本|text/,
  },
};

const fold = (k: string) =>
  k
    .replace(/^\uFEFF/, '')
    .replace(/[\s_\-:：]/g, '')
    .toLowerCase();

/** The key of `keys` that names `field`, whatever its case or spelling; undefined when absent.
 * `usable` (JSON) skips keys whose value is empty, such as `fldAnswer: null` beside `rightAnswer`. */
export function fieldKey(
  keys: readonly string[],
  field: BankField,
  usable: (k: string) => boolean = () => true,
): string | undefined {
  const wanted: readonly string[] = ALIASES[field];
  const exact = keys.find((k) => wanted.includes(fold(k)) && usable(k));
  if (exact !== undefined) return exact;
  const fuzzy = FUZZY[field];
  if (!fuzzy) return undefined;
  const found = keys.filter((k) => fuzzy.has.test(fold(k)) && !fuzzy.not.test(fold(k)) && usable(k));
  // rightAnswer / correctAnswer / 正确答案… before a bare answerId.
  return found.find((k) => /right|correct|正确|标准|参考/.test(fold(k))) ?? found[0];
}

/** The column of a field in a header row, or -1. */
export function fieldColumn(header: readonly string[], field: BankField): number {
  const k = fieldKey(header, field);
  return k === undefined ? -1 : header.indexOf(k);
}

/** Every key that could hold the answer, best first (the first may turn out to be the options). */
export function answerKeys(keys: readonly string[], usable: (k: string) => boolean): string[] {
  const out: string[] = [];
  for (;;) {
    const k = fieldKey(
      keys.filter((x) => !out.includes(x)),
      'answer',
      usable,
    );
    if (k === undefined) return out;
    out.push(k);
  }
}

const NUMERALS = '一二三四五六';
const isOptionName = (x: string, i: number) =>
  new RegExp(
    `^(?:选项|option|choice)?[\\s_-]*${'ABCDEF'[i]}$|^(?:选项|option|choice)[\\s_-]*(?:${i + 1}|${NUMERALS[i]})$`,
    'i',
  ).test(x.trim().replace(/^\uFEFF/, ''));

/** Indexes of the one-per-option columns or keys (选项A…F, A…F, Option A, option_b, 选项1, 选项一), in order. */
export function optionColumns(names: readonly string[]): number[] {
  return [0, 1, 2, 3, 4, 5].map((i) => names.findIndex((x) => isOptionName(x, i))).filter((i) => i >= 0);
}

/** Options without the empty cells at the end; an empty one before a filled one stays, so the
 * letters of the others never shift (normalizeRaw reports it). */
export function dropTrailingEmpty(options: string[]): string[] {
  let n = options.length;
  while (n > 0 && !options[n - 1]!.trim()) n--;
  return options.slice(0, n);
}

/** “题干|甲|乙|丙”: options written inside the stem, separated by |. */
export function splitStemOptions(stem: string): { stem: string; options: string[] } | null {
  const parts = stem
    .split(/[|｜]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 3 ? { stem: parts[0]!, options: parts.slice(1) } : null;
}

const LETTERS = 'ABCDEFGH';

/** Whether a value is an option index (a number, a numeric string, or a list of them). */
export function indexValues(v: unknown): number[] | null {
  const list = Array.isArray(v) ? v : [v];
  const nums = list.map((x) =>
    typeof x === 'number' ? x : typeof x === 'string' && /^\s*\d+\s*$/.test(x) ? Number(x) : NaN,
  );
  return list.length > 0 && nums.every((n) => Number.isInteger(n) && n >= 0) ? nums : null;
}

/** Indexes → letters, counting from 0 or from 1. */
export function indexesToLetters(indexes: number[], zeroBased: boolean): string {
  return indexes.map((i) => LETTERS[zeroBased ? i : i - 1] ?? '?').join('');
}
