// The key of a 选择 item typed bare, with no 答案 mark: after a stem with empty brackets
// (党的全国代表大会每（ ）年举行一次。C) or at the end of the last option's line (D．六　B), as
// papers are typed for printing. Read only where the letters can be nothing else: capitals
// (half or full width) naming options the item has, after an empty bracket or after a gap that
// ends an option written without Latin letters (so D．A 和 B keeps its text).
import { halfWidth } from '../text/normalize.js';
import { foldAnswer } from './grade.js';
import { stripOptionPrefix } from './import-option-text.js';

/** After the stem's end (。 ？ or a bracket), in a stem with an empty bracket to answer. */
const AFTER_STEM = /([。？?）)])[\s　]*([A-HＡ-Ｈ]{1,8})$/;
const EMPTY_BRACKET = /[（(][\s　]*[)）]/;
// A wide gap only (a full-width space, a tab, two spaces): `D．维生素 B` is an option's text;
// after a year too (D．1937　B).
const AFTER_OPTION = /(?<=[\u4e00-\u9fff0-9。”’）)])(?:[\t　]|\s{2})[\s　]*([A-HＡ-Ｈ]{1,8})$/;

/** The letters as a key, or null when one names no option or repeats. */
function lettersOf(raw: string, count: number): string | null {
  const letters = [...halfWidth(raw)];
  const ok = letters.every((l) => l.charCodeAt(0) - 65 < count) && new Set(letters).size === letters.length;
  return ok ? letters.join('') : null;
}

/** The key typed bare after the stem or the last option, with the stem and options without it;
 * a reason when the two places give different keys; null when there is none. */
export function bareKey(
  stem: string,
  options: string[],
): { stem: string; answer: string; options?: string[] } | string | null {
  if (options.length < 2) return null;
  const inStem = EMPTY_BRACKET.test(stem) ? AFTER_STEM.exec(stem) : null;
  const stemKey = inStem ? lettersOf(inStem[2]!, options.length) : null;
  const last = options[options.length - 1]!;
  const inOption = /[A-Za-z]/.test(last.replace(/[\s　]+[A-HＡ-Ｈ]{1,8}$/, '')) ? null : AFTER_OPTION.exec(last);
  const optionKey = inOption ? lettersOf(inOption[1]!, options.length) : null;
  if (stemKey && optionKey && stemKey !== optionKey)
    return `题干后的答案“${stemKey}”与选项后的答案“${optionKey}”不一致：请核对`;
  // Letters typed where a key stands that name no option of the item (E of four): refused with the
  // letters named, not as an item with no key at all.
  const stray = (inStem && !stemKey ? inStem[2] : null) ?? (inOption && !optionKey ? inOption[1] : null);
  if (!stemKey && !optionKey && stray)
    return `${inStem && !stemKey ? '题干' : '选项'}后的答案“${stray}”不是这道题的选项字母（选项为 A–${'ABCDEFGH'[options.length - 1]}）：请核对`;
  if (!stemKey && !optionKey) return null;
  return {
    stem: stemKey ? stem.slice(0, inStem!.index + inStem![1]!.length).trim() : stem,
    answer: (stemKey ?? optionKey)!,
    options: optionKey ? [...options.slice(0, -1), last.slice(0, inOption!.index).trim()] : undefined,
  };
}

const WORDS_IN_BRACKETS = /[（(]\s*([^()（）]+?)\s*[)）]/g;

/** 南昌起义爆发于（1927年8月1日）。 over A．1927年8月1日 …: an answer copy that writes the right
 * option's text into the stem's brackets. Read only where the stem has no empty bracket of its own
 * and exactly one bracket in it is exactly one option's text; that bracket becomes the blank. */
export function optionTextInStem(
  stem: string,
  options: string[],
): { stem: string; answer: string; text: string } | null {
  if (options.length < 2 || EMPTY_BRACKET.test(stem)) return null;
  const texts = options.map((o) => foldAnswer(stripOptionPrefix(o)));
  const hits = [...stem.matchAll(WORDS_IN_BRACKETS)].flatMap((m) => {
    const i = texts.indexOf(foldAnswer(m[1]!));
    return i >= 0 && texts.lastIndexOf(foldAnswer(m[1]!)) === i ? [{ m, i }] : [];
  });
  if (hits.length !== 1) return null;
  const { m, i } = hits[0]!;
  return {
    stem: stem.slice(0, m.index) + '（ ）' + stem.slice(m.index! + m[0].length),
    answer: 'ABCDEFGH'[i]!,
    text: texts[i]!,
  };
}
