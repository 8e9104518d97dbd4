// Rules that recognise a quoted span as a 提法 without the lexicon: numeral formulations
// (两个确立, 四个意识, 五位一体, 三大攻坚战, 八项规定) and compressed slogans built of numbered
// parts (三去一降一补, 两学一做, 双随机、一公开) or of single characters (放管服, 营改增). A span
// must have been quoted in the source: quotation marks are how a text marks a set formulation.
// Names of people, groups and positions the Party opposes are never 提法 (四人帮, 台独 …).
import { tokenize } from '../text/segment.js';

const N = '[一二两三四五六七八九十双]';
/** X个YY, X项YY, X大YY, X位一体: the head is a count, the tail what is counted. */
const COUNTED = new RegExp(`^${N}{1,2}(?:个|项|大|条|位一体)\\p{Script=Han}{0,6}$`, 'u');
/** Two to four numbered parts: 三去|一降|一补, 四议|两公开, 双随机、|一公开. */
const PARTS = new RegExp(`^(?:${N}\\p{Script=Han}{1,3}、?){2,4}$`, 'u');
/** A numbered part and a joining verb: 三证合一, 三期叠加, 三网融合. */
const JOINED = new RegExp(`^${N}\\p{Script=Han}{1,2}(?:合一|叠加|融合|并举)$`, 'u');

/** Quoted spans that match a rule but are names or slogans of what the Party opposes. */
export const NOT_TIFA = new Set([
  '四人帮',
  '两个中国',
  '一中一台',
  '一个中国、一个台湾',
  '一个中国两个政府',
  '两国论',
  '一国两府',
  '三自一包',
  '三和一少',
  '一个不杀、大部不抓',
  '一平二调',
  '三要三不要',
  '十个要不要',
  '十个应该不应该',
  '三不主义',
  '一穷二白',
  '一刀切',
  '一大',
  '四个第一',
  '十年磨一剑',
  '一五六项',
]);
/** What a count may not be of: a count of ordinary things is a list, not a formulation. */
const GENERIC_TAIL = /(?:方面|成就|项目|问题|政策|要求|制度|阶级|优势)$/;

/** numeral and slogan: term-rules.ts; policy: a recurring policy name (policy-names.ts) or centre formulation
 * (centre-formulations.ts); quoted: a
 * quoted term (quoted-terms.ts); counted: a numbered formulation spelled out (counted-formulations.ts); series: an item
 * of a set series (series-siblings.ts). */
export type RuleKind = 'numeral' | 'slogan' | 'policy' | 'quoted' | 'counted' | 'series';

/** The rule a quoted span satisfies, or null. `quotedCount` is how often the library quotes it. */
export function ruleFor(span: string, quotedCount = 1): RuleKind | null {
  if (span.length < 3 || span.length > 12 || NOT_TIFA.has(span)) return null;
  if (!/^[\p{Script=Han}、]+$/u.test(span) || span.endsWith('、') || /[年月日百千万]/.test(span)) return null;
  if (GENERIC_TAIL.test(span)) return null;
  // A count of one (一个目标, 一个书店) is not a list of anything: only numbered parts make it one.
  // Negated, it is a pledge that none is left out (一个都不能少, 一个不漏), not a count.
  const countOfOne = /^一[个项大条]/.test(span) && !/[不没无]/.test(span);
  if (COUNTED.test(span) && span.length >= 4 && !countOfOne) return 'numeral';
  if (PARTS.test(span) && (span.match(new RegExp(N, 'g'))?.length ?? 0) >= 2) return 'numeral';
  if (JOINED.test(span)) return 'numeral';
  // A compressed slogan: 3–5 characters that the segmenter cannot read as words (放管服 → x,
  // 营|改增), quoted at least three times so a one-off coinage does not count (and, see
  // extract-terms.ts, quoted once as a formulation: a brand or a place is quoted as often).
  if (span.length <= 5 && !/、/.test(span) && quotedCount >= 3) {
    const toks = tokenize(span);
    const unknown = toks.filter((t) => t.tag === 'x' || t.word.length === 1).reduce((n, t) => n + t.word.length, 0);
    if (unknown === span.length && toks.some((t) => t.tag === 'x')) return 'slogan';
  }
  return null;
}

/** Short quoted spans (“…” or 「…」) of a folded text with their offsets (inside the marks). */
export function quotedSpans(folded: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of folded.matchAll(/[“「]([^“”「」\n]{2,14})[”」]/g)) out.push({ text: m[1]!, start: m.index + 1 });
  return out;
}
