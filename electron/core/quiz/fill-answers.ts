// The answers of an imported 填空's blanks, in order, as one answer text writes them: numbered
// (1.镰刀 2.锤头, （1）…（2）…, ①…②…), each in brackets of its own ((1935)(1), as quiz apps ask
// them typed), or parted by ； | 、 ， spaces or (for several blanks) /. The caller refuses the item when the count is not
// the number of blanks: an answer is never stretched or cut to fit.

/** A blank's number in the answer: 1. 1、 1) （1） ①. */
const NUMBER = /(?:(\d{1,2})\s*[.．、)）](?!\d)|[（(](\d{1,2})[)）]|([①-⑳]))\s*/g;
const numberOf = (m: RegExpMatchArray) => (m[3] ? m[3].charCodeAt(0) - 0x245f : Number(m[1] ?? m[2]));

/** 1.甲 2.乙: the parts after numbers 1, 2 … in order, the first at the start; null when the answer
 * is not so numbered. A lone 1、 at the start is no number (1、10 answers two blanks). */
function numbered(answer: string): string[] | null {
  const marks: RegExpMatchArray[] = [];
  for (const m of answer.matchAll(NUMBER)) if (numberOf(m) === marks.length + 1) marks.push(m);
  if (!marks.length || marks[0]!.index !== 0) return null;
  if (marks.length === 1 && /^\d+\s*、/.test(marks[0]![0])) return null;
  return marks.map((m, k) =>
    answer
      .slice(m.index! + m[0].length, marks[k + 1]?.index)
      .trim()
      .replace(/[；;，,、]$/, ''),
  );
}

/** The answers for `holes` blanks (more than one) or for one blank: as many as the answer gives. */
export function blankAnswers(raw: string, holes: number): string[] {
  // 甲；乙。 ends as a sentence: the full stop closes the line, it is no part of the last blank's answer.
  const answer = raw.trim().replace(/(?<=[\u4e00-\u9fff])[。；;，,、]+$/, '');
  if (holes > 1) {
    // Numbered from 1 at its start: the numbers part the answers, or nothing does (1.镰刀 锤头 for
    // two blanks is refused, not split at the space).
    const byNumber = numbered(answer);
    if (byNumber) return byNumber;
  }
  const bracketed = /^(?:\s*[（(][^()（）]+[)）])+$/.test(answer)
    ? [...answer.matchAll(/[（(]([^()（）]+)[)）]/g)].map((m) => m[1]!.trim())
    : [];
  const splits = [
    ...(bracketed.length > 1 ? [bracketed] : []),
    // 三/五 for two blanks; never for one (2/3 is a fraction).
    ...[/[；;|｜]+/, /[、，,]+/, /\s+/, ...(holes > 1 ? [/[/／]/] : [])].map((sep) =>
      answer
        .split(sep)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  // One blank keyed 五；六: two answers for one blank, or a blank lost from the stem; not a key.
  if (holes > 1) return splits.find((a) => a.length === holes) ?? splits[0]!;
  if (splits[0]!.length > 1) return splits[0]!;
  // 共产主义 社会主义 for one blank: Chinese words parted by a space are two answers (no word holds a space).
  const words = answer.split(/\s+/);
  return words.length > 1 && words.every((w) => /^[\u4e00-\u9fff]+$/.test(w)) ? words : [answer];
}
