// A 填空 keyed in brackets after its underlines: `党的组织原则是______。（民主集中制）`, one bracket a blank
// (`…______年至______年。（三）（五）`), or one bracket holding an answer for each blank, parted as the
// fill reader parts them (`（甲；乙）`, blankAnswers). In a 填空 section as before; with no 题型 heading
// only where the brackets end the item (nothing but punctuation after the first of them).
import { blankAnswers } from './fill-answers.js';

const UNDERLINE = /_{2,}|＿{2,}/g;
const ONLY_PUNCTUATION = /^[。.．，,；;！!？?\s]*$/;

/** The stem without its key brackets and the key, or null when the brackets are not the key. */
export function keysAfterUnderlines(
  stem: string,
  words: RegExpMatchArray[],
  ending: boolean,
): { stem: string; answer: string } | null {
  const lines = [...stem.matchAll(UNDERLINE)];
  if (!lines.length || !words.length) return null;
  const lastLine = lines[lines.length - 1]!.index!;
  if (!words.every((m) => m.index! > lastLine)) return null;
  let tail = stem.slice(words[0]!.index!);
  for (const m of words) tail = tail.replace(m[0], '');
  if (ending && !ONLY_PUNCTUATION.test(tail)) return null;
  const without = () => words.reduce((out, m) => out.replace(m[0], ''), stem).trim();
  if (lines.length === words.length) return { stem: without(), answer: words.map((m) => m[1]!.trim()).join('；') };
  if (words.length !== 1 || lines.length < 2 || !ONLY_PUNCTUATION.test(tail)) return null;
  const parts = blankAnswers(words[0]![1]!, lines.length);
  return parts.length === lines.length ? { stem: without(), answer: words[0]![1]!.trim() } : null;
}
