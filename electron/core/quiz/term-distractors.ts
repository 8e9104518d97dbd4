// Which 提法 may be asked and what stands beside them as options: lexicon formulations (not the
// historical category) and rule formulations only; distractors of the same kind — the same
// numeral pattern (四个意识 → 四个自信、四个全面), else the same category and a similar length —
// never one that is visible in the question itself.
import { lexicon, type LexiconEntry } from '../knowledge/lexicon.js';
import { ruleFor } from '../knowledge/term-rules.js';
import { normOption } from './options.js';

let byTerm: Map<string, LexiconEntry> | null = null;
function entry(term: string): LexiconEntry | undefined {
  byTerm ??= new Map(lexicon().map((e) => [e.term, e]));
  return byTerm.get(term);
}

/** A formulation a question may be about: in the lexicon (not 历史提法) or recognised by a rule. */
export function askable(term: string): boolean {
  const e = entry(term);
  if (e) return e.category !== '历史提法';
  return ruleFor(term, 3) !== null;
}

const NUMERAL_HEAD = /^([一二两三四五六七八九十双]+)(个|项|大|条|位一体|五)?/;

/** `四个`, `八项`, `五位一体`…: the numeral pattern of a formulation, or null. */
export function numeralPattern(term: string): string | null {
  if (/^(十[一二三四五]?|[一二三四五六七八九])五$/.test(term)) return '规划'; // 一五 … 十五五
  const m = NUMERAL_HEAD.exec(term);
  if (!m) return null;
  if (m[2] && m[2] !== '五') return m[2];
  // 三去一降一补, 两学一做, 三区三州: formulations of numbered parts go together.
  if ((term.match(/[一二两三四五六七八九十双]/g)?.length ?? 0) >= 2) return '分项';
  return term.length <= 6 ? '数字' : null;
}

/**
 * Distractors for `term`, closest kind first; `visible` is the text the question shows. With
 * `fits` (the formulation is found elsewhere in the same frame as the blank: “实施____战略”,
 * “严守____”), those that fit the sentence come first — of the same kind, then of another
 * category — so every option reads as a possible answer.
 */
export function termDistractors(
  term: string,
  pool: readonly string[],
  visible: string,
  fits?: (t: string) => boolean,
): string[] {
  const shown = normOption(visible);
  const pattern = numeralPattern(term);
  const cat = entry(term)?.category;
  const candidates = [...new Set([...pool, ...lexicon().map((e) => e.term)])].filter(
    (t) => t !== term && askable(t) && !shown.includes(normOption(t)) && !normOption(term).includes(normOption(t)),
  );
  const byLength = (list: string[], maxD: number) =>
    list
      .map((t) => ({ t, d: Math.abs(t.length - term.length) }))
      .filter((x) => x.d <= maxD)
      .sort((a, b) => a.d - b.d || a.t.localeCompare(b.t, 'zh'))
      .map((x) => x.t);
  const same = byLength(
    pattern
      ? candidates.filter((t) => numeralPattern(t) === pattern)
      : candidates.filter((t) => !numeralPattern(t) && cat !== undefined && entry(t)?.category === cat),
    3,
  );
  if (!fits) return same;
  const fitting = same.filter(fits);
  // A formulation of another category that fits the frame reads better than one of the same
  // category that does not (加大对____投入: 科技创新 rather than 共同富裕).
  const other = pattern
    ? []
    : byLength(
        candidates.filter((t) => !numeralPattern(t) && !same.includes(t) && fits(t)),
        4,
      );
  const good = [...fitting, ...other];
  return good.length >= 3 ? good : [...good, ...same.filter((t) => !fitting.includes(t))];
}
