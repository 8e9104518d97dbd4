// Lines the Party has superseded (以阶级斗争为纲, 两个凡是 …). A current text may quote them to
// criticise them (a 党课 on 拨乱反正, the 历史决议), and the text stays current study material,
// but the criticised line itself is never offered for study: a sentence that holds one, or that
// quotes a line and calls it wrong, is no 金句 and no question, and no such line is an answer.
import { foldForSearch } from '../text/normalize.js';
import { lexicon } from './lexicon.js';

/** Slogans of the Great Leap, the Cultural Revolution and 1977 that are not 提法 of the lexicon
 * (its 历史提法 are added below). Han characters only, as matched. */
const SLOGANS = [
  '阶级斗争一抓就灵',
  '阶级斗争是纲其余都是目',
  '宁要社会主义的草不要资本主义的苗',
  '人有多大胆地有多大产',
  '以钢为纲',
  '凡是毛主席作出的决策',
  '凡是毛主席的指示',
  '突出无产阶级政治',
  '斗私批修',
];

const han = (s: string) => (foldForSearch(s).match(/\p{Script=Han}/gu) ?? []).join('');

let lines: string[] | null = null;
/** The superseded lines, Han characters only: SLOGANS and the lexicon's 历史提法 that are lines
 * (大跃进 and 人民公社 name events and bodies, which a 党史 question may ask about). */
function supersededLines(): string[] {
  lines ??= [
    ...SLOGANS,
    ...lexicon()
      .filter((e) => e.category === '历史提法' && /为纲|凡是|继续革命|抓纲|两个估计/.test(e.term))
      .flatMap((e) => [e.term, ...(e.variants ?? [])].map(han)),
  ];
  return lines;
}

/** A character every superseded line holds one of (simplified or traditional): most sentences
 * lack all of them and are passed without folding (question generation checks every draft). */
const LINE_CHARS = /[纲綱凡苗胆膽修治命计計灵靈]/;

/** The text holds a superseded line. */
export function holdsSupersededLine(text: string): boolean {
  if (!LINE_CHARS.test(text)) return false;
  const h = han(text);
  return supersededLines().some((l) => h.includes(l));
}

/** An answer that is a superseded line, a part of one of three characters or more (阶级斗争为纲),
 * or one with a few words around it; not a title that names one (从“以阶级斗争为纲”到……). */
export function isSupersededLine(answer: string): boolean {
  const h = han(answer);
  return h.length >= 3 && supersededLines().some((l) => l.includes(h) || (h.includes(l) && h.length <= l.length + 4));
}

// A verdict on the quoted line: the words the 历史决议 and 党史 texts use for a line they reject.
const WRONG =
  /错误|荒谬|彻底否定|否定了|摒弃|抛弃|废弃|被纠正|纠正了|停止使用|结束了?“|批判了?“|破除|冲破|束缚|鼓吹|不行|违背/;

/** A sentence that quotes a line (“……”) and, within a few words of it, calls it wrong. */
export function quotesRejectedLine(sentence: string): boolean {
  if (!/[“「『"]/.test(sentence)) return false;
  const f = foldForSearch(sentence);
  for (const m of f.matchAll(/“[^“”]{2,40}”/g))
    if (WRONG.test(f.slice(Math.max(0, m.index - 16), m.index + m[0].length + 16))) return true;
  return false;
}

/** Never study material: a sentence holding a superseded line, or quoting a line it rejects. */
export function isCriticisedLine(sentence: string): boolean {
  return holdsSupersededLine(sentence) || quotesRejectedLine(sentence);
}
