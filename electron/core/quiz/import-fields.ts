// Field names of question banks from the wild: any case, Chinese or English, a few spellings
// (Question / question / 题目, options / tips / choices / 选项, answer / 答案 …), and answers
// given as option indexes (0- or 1-based, decided per file) turned into letters.

const ALIASES = {
  stem: ['question', 'content', 'stem', 'title', 'q', '题目', '题干', '问题', '试题'],
  options: ['options', 'option', 'tips', 'choices', 'choice', 'items', '选项', '备选项'],
  answer: ['answer', 'answers', 'correct', 'key', 'right', 'solution', '答案', '正确答案', '参考答案'],
  explanation: ['explanation', 'explain', 'analysis', 'notes', 'note', 'remark', '解析', '说明', '备注', '答案解析'],
  tags: ['category', 'catagory', 'tags', 'tag', 'topic', '分类', '标签', '类别', '专题'],
} as const;
export type BankField = keyof typeof ALIASES;

const fold = (k: string) =>
  k
    .replace(/^\uFEFF/, '')
    .replace(/[\s_\-:：]/g, '')
    .toLowerCase();

/** The key of `keys` that names `field`, whatever its case or spelling; undefined when absent. */
export function fieldKey(keys: readonly string[], field: BankField): string | undefined {
  const wanted: readonly string[] = ALIASES[field];
  return keys.find((k) => wanted.includes(fold(k)));
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

/** Indexes → letters; `zeroBased` is decided per file (any index 0 means the file counts from 0). */
export function indexesToLetters(indexes: number[], zeroBased: boolean): string {
  return indexes.map((i) => LETTERS[zeroBased ? i : i - 1] ?? '?').join('');
}
