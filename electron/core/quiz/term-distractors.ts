// Which 提法 may be asked and what stands beside them as options: lexicon formulations (not the
// historical category) and rule formulations only; distractors of the same kind — the same
// numeral pattern (四个意识 → 四个自信、四个全面), else the same category and a similar length —
// never one that is visible in the question itself or could be read as a right answer.
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

/** How a candidate stands to the blank of a 单选 (term-contexts.ts, generate-terms.ts). */
export interface BlankFit {
  /** Reads naturally in the blank: found elsewhere after the word before it (实施____). */
  fits(t: string): boolean;
  /** Could be read as a right answer: never offered. */
  couldBeTrue(t: string): boolean;
}

/**
 * Distractors for `term`, best first: formulations of the same kind — the same numeral pattern,
 * else the same category — of a similar length; with `blank`, none that could be read as a right
 * answer, and first those that fit the sentence (then of another category too: 加大对____投入 →
 * 科技创新 rather than 共同富裕), then the same head (…强国, …意识), then the nearest length.
 * `visible` is the text the question shows.
 */
export function termDistractors(term: string, pool: readonly string[], visible: string, blank?: BlankFit): string[] {
  const shown = normOption(visible);
  const pattern = numeralPattern(term);
  const cat = entry(term)?.category;
  const sameKind = (t: string) =>
    pattern ? numeralPattern(t) === pattern : !numeralPattern(t) && cat !== undefined && entry(t)?.category === cat;
  const fits = (t: string) => blank?.fits(t) ?? false;
  const candidates = [...new Set([...pool, ...lexicon().map((e) => e.term)])].filter(
    (t) =>
      t !== term &&
      askable(t) &&
      !shown.includes(normOption(t)) &&
      !normOption(term).includes(normOption(t)) &&
      (sameKind(t)
        ? Math.abs(t.length - term.length) <= 3
        : !pattern && !numeralPattern(t) && Math.abs(t.length - term.length) <= 4 && fits(t)) &&
      !blank?.couldBeTrue(t),
  );
  const head = term.slice(-2);
  const rank = (t: string) =>
    (fits(t) ? 0 : 20) + (sameKind(t) ? 0 : 5) + (t.endsWith(head) ? 0 : 10) + Math.abs(t.length - term.length);
  return candidates.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh'));
}
