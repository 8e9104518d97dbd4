// The part of a 提法 a 填空 blanks: what a learner recalls of it, with the clue (a numeral, a first part) left standing.
import { inLexicon, numeralPattern } from './term-distractors.js';

/**
 * The part of the 提法 to blank. Short ones (≤ 4 characters: “一言堂”, “两个中国”) are blanked
 * whole, since half of them is too easy; longer ones from the word boundary nearest the middle
 * (四议|两公开, 军内|资产阶级), never starting on a particle such as 了.
 */
export function blankPart(term: string, quoted = false, imported = false): { start: number; end: number } {
  // A plan's name (十二五) is one word; so is 五位一体 (五位____ → 一体 would ask half a word).
  if (numeralPattern(term) === '规划' || /^[一二三四五六七八九十]位一体$/.test(term))
    return { start: 0, end: term.length };
  // 三大纪律八项注意 → 三大纪律____: of two counted parts the second is asked (三大____ would ask
  // for 纪律八项注意, across both).
  const first =
    /^[一二两三四五六七八九十]+[个项大条]\p{Script=Han}{2,}?(?=[一二两三四五六七八九十]+[个项大条]\p{Script=Han}{2})/u.exec(
      term,
    );
  if (first) return { start: first[0].length, end: term.length };
  // One the text sets in quotation marks (纠治“四风”, 坚定“四个自信”, 聚焦“三区三州”) is named there as
  // a unit and asked whole: “四个____” would ask only 自信, which the numeral and the quotes give away.
  if (quoted && !/[、，]/.test(term)) return { start: 0, end: term.length };
  // 四个意识 → 四个____: the numeral is the clue, what it counts is the answer. Not in a formulation
  // of parts (三项政策、一项改革 → 三项____ would ask for 政策、一项改革): that keeps its first part.
  const head = /^(?!一个)[一二两三四五六七八九十]+[个项大条]/.exec(term);
  // Only a kind of rule counted (八项规定: 八项____ gives 规定 away) is asked whole.
  if (head && /^(?:规定|要求|原则|措施|条例|准则|禁令|办法|意见|制度)$/.test(term.slice(head[0].length)))
    return { start: 0, end: term.length };
  // In a user's import, nor a count of big things (三大攻坚战: 三大____ fits 三大战役, 三大作风; questions-imported18.json;
  // the library's questions are judged as they are). A text's own count (实施“五大工程”) keeps its numeral as the clue.
  if (imported && head && head[0].endsWith('大') && inLexicon(term)) return { start: 0, end: term.length };
  if (head && term.length - head[0].length >= 2 && !/[、，]/.test(term))
    return { start: head[0].length, end: term.length };
  // 四议两公开 → 四议____, 两手抓、两手都要硬 → …____: formulations of parts keep the first part.
  // Not a year (二〇三五年…) nor a place that counts nothing (两岸一家亲 is not 两岸 + 一家亲).
  const parts =
    /^(.+?[、，]|[一二两三四五六七八九十双][^〇零一二两三四五六七八九十\P{Script=Han}])(?=[一二两三四五六七八九十双\p{Script=Han}])/u.exec(
      term,
    );
  if (
    parts &&
    !/^两岸|^海峡/.test(term) &&
    /[一二两三四五六七八九十双]/.test(term.slice(parts[0].length, parts[0].length + 1))
  )
    return { start: parts[0].length, end: term.length };
  if (/[、，]/.test(term)) {
    const at = term.search(/[、，]/) + 1;
    return { start: at, end: term.length };
  }
  // Anything else is recalled whole: a formulation is learnt as a unit.
  return { start: 0, end: term.length };
}
