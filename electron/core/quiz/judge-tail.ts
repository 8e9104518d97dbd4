// The marks a 判断 statement is printed with for the reader to choose: `…。（ √　× ）`,
// `…。　正确　错误`, `（对／错）`, each in its own brackets `（√）（×）`, or 对　错 on the line under it; or one of them alone, bracketed
// or after a space (`（ √ ）`, `… √`). Word banks colour the right one (word-judge-marks.ts); the
// pair itself is not part of the statement (import-text-row.ts drops it).

const TRUE = '√|✓|✔|正确|对';
const FALSE = '×|✗|✘|错误|错';
const WORD = `${TRUE}|${FALSE}`;
const TAIL = new RegExp(
  `([（(【]?)[\\s　]*(${WORD})(?:[\\s　]*([)）】][\\s　]*[（(【]|[/／、,，|｜])?[\\s　]*(${WORD}))?[\\s　]*([)）】]?)[\\s　。.]*$`,
  'd',
);
const IS_TRUE = new RegExp(`^(?:${TRUE})$`);

export interface TruthMark {
  text: string;
  start: number;
  truth: boolean;
}

export interface JudgeTail {
  /** The statement before the marks, trimmed. */
  statement: string;
  /** One mark (the key typed or coloured) or two (the right one coloured). */
  marks: TruthMark[];
}

/** The truth marks at the end of a statement, or null: a pair must be one true and one false; a
 * mark outside brackets must follow a space or a sentence's end (not 这种说法是错误 in the text). */
export function judgeTail(stem: string): JudgeTail | null {
  const m = TAIL.exec(stem);
  if (!m) return null;
  const [whole, open, , between, second, close] = m;
  if (!open !== !close) return null;
  // （√）（×）: each mark in its own brackets, a pair only when the first bracket opens it.
  if (between && /[)）】]/.test(between) && !open) return null;
  const before = stem.slice(0, m.index);
  if (!open && !/^[\s　]/.test(whole) && !/[。．！!？?；;）)]$/.test(before)) return null;
  if (!/[\p{L}\p{N}]/u.test(before)) return null;
  const marks = [2, 4].flatMap((g) => {
    const at = m.indices?.[g];
    return at ? [{ text: m[g]!, start: at[0], truth: IS_TRUE.test(m[g]!) }] : [];
  });
  if (second !== undefined && marks[0]!.truth === marks[1]!.truth) return null;
  return { statement: before.trim(), marks };
}
