// A 解析 that ends by naming the answer (故选C, 本题正确答案为C, 所以答案是A): where it names other
// letters than the 答案 line, the paper contradicts itself and no reader can tell which is the key.
// A 解析 that only discusses other options (A项错误…, B、C均为…) names no answer and changes nothing. A
// 判断's 解析 may end by judging the statement (故本题错误, 因此该说法正确): against the key, the same.
// A 解析 may name the answer by its text (正确答案是民主集中制, 本题答案为“一年”): that names an option only
// where exactly one option reads so exactly; a text that is no option's (a part of one) names nothing.
import { foldAnswer } from './grade.js';

/** 故选C, 所以选AB, 本题应选B, 答案为C, 正确答案是A, 答案：B, 正确选项为D: the letters the 解析 concludes with; not a
 * view it reports to reject (有人认为应选A, 误选A). */
const CONCLUDES =
  /(?:(?<![不可漏错多少误]|有人[认以]为\s*(?:应当?|应该)?)(?:应当?|故|所以|因此|因而|本题)?选(?:择)?|(?:正确)?答案(?:应)?(?:是|为)|(?:正确|参考)?答案\s*[:：]|正确选项(?:是|为))\s*[:：]?\s*([A-H](?:\s*[、,，]?\s*[A-H])*)\s*项?(?=[\s。．.，,；;！!）)]|$)/g;

/** 正确答案是民主集中制, 本题答案为“一年”, 正确答案：【五】: an answer named by its text, up to the sentence's end;
 * not one it names to reject or supposes (错误答案是…, 有人认为答案是…, 如果答案为…). */
const CONCLUDES_TEXT =
  /(?<![错误非]|[认以]为|如果|若|假如|假设)(?:正确答案|本题答案|参考答案|答案)(?:(?:应)?(?:是|为)\s*[:：]?|\s*[:：])\s*([^\n。．.！!？?]{1,80})/g;

/** The conclusions of a 解析 as letters (sorted); a text conclusion as its option's letter, or null where
 * no single option reads exactly so. */
function conclusions(explanation: string, options: readonly string[]): { said: string; named: string | null }[] {
  const out: { said: string; named: string | null }[] = [...explanation.matchAll(CONCLUDES)].map((m) => ({
    said: m[0].trim(),
    named: [...new Set(m[1]!.replace(/[^A-H]/g, ''))].sort().join(''),
  }));
  if (!options.length) return out;
  const folded = options.map(foldAnswer);
  for (const m of explanation.matchAll(CONCLUDES_TEXT)) {
    const sentence = m[1]!;
    // Letters (答案为ABD, B民主集中制) are the letter conclusions' to read.
    const first = foldAnswer(sentence.split(/[，,；;]/)[0]!);
    if (!first || /^[a-h](?![a-z])/.test(first)) continue;
    out.push({ said: m[0].trim(), named: namedOptions(sentence, folded) });
  }
  return out;
}

/** Where a list of answers parts: 、 ， ；, and between quoted texts (“创新”“协调”, “警告”和“记过”). */
const PARTS = /[、，,；;]|[”"」』]\s*(?:和|及|与|以及)?\s*[“"「『]/;

/** The options a text conclusion names: the one option its words up to the first comma read as (民主集中制，
 * 党是根据…), or every option where each of its parts (警告、严重警告、开除党籍; “创新”“协调”) reads as exactly one
 * option. Null where neither is certain: a part naming no option beside parts that do (a 多选's list that
 * names one text wrongly), or words that read both as one option and as several (表决权、选举权 over options
 * 表决权、选举权 / 表决权 / 选举权). */
function namedOptions(sentence: string, folded: string[]): string | null {
  const only = (text: string) => {
    const at = folded.flatMap((o, i) => (o === text ? [i] : []));
    return at.length === 1 ? at[0]! : null;
  };
  const clause = sentence.split(/[，,；;]/)[0]!;
  const whole = only(foldAnswer(clause));
  // 核心意识和看齐意识, the list's last two joined by 和: two options only where each side reads as one.
  const joined = (part: string) => {
    const sides = part.split(/以及|和|及|与/).map(foldAnswer);
    return only(foldAnswer(part)) === null && sides.length > 1 && sides.every((t) => only(t) !== null)
      ? sides
      : [foldAnswer(part)];
  };
  const each = (text: string) => text.split(PARTS).flatMap(joined).filter(Boolean).map(only);
  const listed = (at: (number | null)[]) =>
    at.length > 1 && at.every((i) => i !== null) && new Set(at).size === at.length;
  const letters = (at: number[]) =>
    [...at]
      .sort((a, b) => a - b)
      .map((i) => 'ABCDEFGH'[i])
      .join('');
  const inClause = each(clause);
  // 表决权、选举权 reads as option A and as options B and C: no reader can tell which is meant.
  if (whole !== null && listed(inClause)) return null;
  const parts = each(sentence);
  const found = parts.filter((i): i is number => i !== null);
  if (listed(parts)) return letters(found);
  // The first clause names the answer (民主集中制 / 警告、严重警告、开除党籍) and the sentence goes on (，党章规定…):
  const head = whole !== null ? [whole] : listed(inClause) ? (inClause as number[]) : null;
  // only where what follows names no other option, even inside its words (，罚款也是 — or 罚款不属于…).
  const rest = foldAnswer(sentence.slice(clause.length));
  // (An option of one character, 四, is read only as a whole part: 第二十四条 names no option.)
  const named = (o: string, i: number) => !head!.includes(i) && (o.length > 1 ? rest.includes(o) : found.includes(i));
  if (!head || folded.some(named)) return null;
  return letters(head);
}

/** The reason to refuse when the 解析 concludes with other letters (or another option's text) than
 * `correct`; null otherwise. A text naming no option, or one of a 多选's keys, is no contradiction. */
export function explanationDisagrees(
  explanation: string,
  correct: number[],
  options: readonly string[] = [],
): string | null {
  const key = correct.map((i) => 'ABCDEFGH'[i]).join('');
  for (const { said, named } of conclusions(explanation, options)) {
    if (named === null || named === key || (named.length === 1 && correct.length > 1 && key.includes(named))) continue;
    return `答案“${key}”与解析中的“${said}”不一致：无法确定哪个是正确答案，请核对后再导入`;
  }
  return null;
}

/** The letters a 解析 concludes with (故选B, or 正确答案是民主集中制 where one option reads so), the key of
 * an item with no key of its own (no 答案 line, key list or mark): only where every conclusion names the
 * same letters; null where none does, they differ, or a text names no single option. */
export function explanationKey(explanation: string, options: readonly string[] = []): string | null {
  const found = conclusions(explanation, options);
  // A text naming no single option leaves the key uncertain, unless letters conclude beside it (正确答案是五年，故选C).
  const letters = [...explanation.matchAll(CONCLUDES)].length > 0;
  if (!letters && found.some((c) => c.named === null)) return null;
  const named = new Set(found.flatMap((c) => (c.named === null ? [] : [c.named])));
  return named.size === 1 ? [...named][0]! : null;
}

/** 故本题错误, 因此该说法正确, 所以本题是对的, 此题应判√: the 解析's verdict on the statement, at a sentence's end. */
const VERDICT =
  /(?:故|所以|因此|因而)[，,]?\s*(?:本题|该题|此题|题干|该说法|这种说法|此说法|本说法)(?:的)?(?:说法|表述)?\s*(?:是)?\s*(正确|错误|对|错)(?:的)?\s*(?=[。．.！!；;]|$)|(?:本题|该题|此题|题干)(?:的)?(?:说法|表述)\s*(?:是)?\s*(正确|错误)(?:的)?\s*(?=[。．.！!；;]|$)|(?:本题|该题|此题|题干)[^。！!；;不非未]{0,8}?(?:应当|应该|应)(?:判断|判定|判|选|为)(?:为|成)?\s*[“"「]?\s*(√|×|✓|✗|✔|✘|对|错|正确|错误)\s*[”"」]?\s*(?=[。．.！!；;，,]|$)/g;

// (A verdict denied, 本题不应判为正确, is none: no 不, 非 or 未 before its 应.)
const TRUE_WORD = /^(?:正确|对|√|✓|✔)$/;

/** The reason to refuse a 判断 keyed `truth` (0 正确, 1 错误) whose 解析 judges the statement otherwise. */
export function verdictDisagrees(explanation: string, truth: number): string | null {
  for (const m of explanation.matchAll(VERDICT)) {
    const said = TRUE_WORD.test(m[1] ?? m[2] ?? m[3]!) ? 0 : 1;
    if (said !== truth)
      return `答案“${truth ? '错误' : '正确'}”与解析中的“${m[0].trim()}”不一致：无法确定哪个是正确答案，请核对后再导入`;
  }
  return null;
}

/** A 判断's 解析 verdict (故本题说法错误: 1, 因此该说法正确: 0), the key of a row with no key of its own: only
 * where every verdict agrees; null where none is given or they differ. */
export function explanationVerdict(explanation: string): number | null {
  const said = new Set([...explanation.matchAll(VERDICT)].map((m) => (TRUE_WORD.test(m[1] ?? m[2] ?? m[3]!) ? 0 : 1)));
  return said.size === 1 ? [...said][0]! : null;
}
