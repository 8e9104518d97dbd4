// Which 提法 may be asked and what stands beside them as options: lexicon formulations (not the
// historical category) and rule formulations only; distractors of the same kind — the same
// numeral pattern (四个意识 → 四个自信、四个全面), else the same category and a similar length —
// never one that is visible in the question itself or could be read as a right answer.
import { lexicon, type LexiconEntry } from '../knowledge/lexicon.js';
import { ruleFor } from '../knowledge/term-rules.js';
import { KNOWN_YEARS } from './known-years.js';
import { normOption } from './options.js';
import { kindBlind, kindMates } from './term-kinds.js';

let byTerm: Map<string, LexiconEntry> | null = null;
function entry(term: string): LexiconEntry | undefined {
  byTerm ??= new Map(lexicon().map((e) => [e.term, e]));
  return byTerm.get(term);
}

/** A pure function of a formulation, worked out once per formulation: every 提法 question of a generation weighs
 * the whole lexicon as candidates, so the same few thousand strings come back for each. */
function perTerm<T>(f: (term: string) => T): (term: string) => T {
  const made = new Map<string, T>();
  return (term) => {
    if (made.has(term)) return made.get(term)!;
    const v = f(term);
    made.set(term, v);
    return v;
  };
}

/** Whether a formulation is one of the lexicon's (a national 提法), not one a rule recognised. */
export const inLexicon = (term: string): boolean => entry(term) !== undefined;

/** A formulation a question may be about: in the lexicon (not 历史提法) or recognised by a rule. */
export function askable(term: string): boolean {
  const e = entry(term);
  if (e) return e.category !== '历史提法';
  return ruleFor(term, 3) !== null;
}
const askableOnce = perTerm(askable);

const NUMERAL_HEAD = /^([一二两三四五六七八九十双]+)(个|项|大|条|位一体|五)?/;

/** `四个`, `八项`, `五位一体`…: the numeral pattern of a formulation, or null. */
export function numeralPattern(term: string): string | null {
  if (/^(十[一二三四五]?|[一二三四五六七八九])五$/.test(term)) return '规划'; // 一五 … 十五五
  const m = NUMERAL_HEAD.exec(term);
  if (!m) return null;
  const numerals = term.match(/[一二两三四五六七八九十双]/g)?.length ?? 0;
  // 一个中国原则 counts nothing (part 1 of term-rules.ts: a count of one is no list).
  if (m[1] === '一' && m[2] && /[个项条]/.test(m[2]) && numerals < 2) return null;
  if (m[2] && m[2] !== '五') return m[2];
  // 三去一降一补, 两学一做, 三区三州: formulations of numbered parts go together.
  if (numerals >= 2) return '分项';
  return term.length <= 6 ? '数字' : null;
}
const patternOnce = perTerm(numeralPattern);
const normOnce = perTerm(normOption);

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number of a five-year plan (六五 → 6, 十四五 → 14), or null. */
export function planNumber(term: string): number | null {
  const m = /^(十)?([一二三四五六七八九])?五$/.exec(term);
  if (!m || (!m[1] && !m[2])) return null;
  return (m[1] ? 10 : 0) + (m[2] ? DIGIT[m[2]]! : 0);
}

/** The years of a five-year plan (一五 1953–57; 三五 from 1966, after three years of readjustment). */
function planYears(n: number): [number, number] {
  const from = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return [from, from + 4];
}

/** Whether a sentence of `year` that speaks of this year (今年是“十四五”规划收官之年) rules the plan
 * out: its years are not that year's. A sibling plan is then no right answer, though another year's
 * report says the same words of it. */
function outOfYear(t: string, visible: string, year: number | null | undefined): boolean {
  const n = planNumber(t);
  if (n === null || !year || !/今年/.test(visible)) return false;
  const [from, to] = planYears(n);
  return year < from || year > to;
}

/** Whether a formulation was already in use in `year`: one first found in the reports later (五险一金
 * beside a 1986 report, 人工智能+ beside 2021) is ruled out by the date alone, knowing nothing of the
 * document. A formulation the lexicon does not date is dated by `firstSeen`, the year the library
 * first has it (四议两公开: 2022, in an article on village Party branches), else by the record
 * (known-years.ts: 两个结合, 2021). Unknown years never rule out. */
export function inUseBy(
  term: string,
  year: number | null | undefined,
  firstSeen?: ReadonlyMap<string, number>,
): boolean {
  const first = firstYearOf(term, firstSeen);
  return year === null || year === undefined || first === null || first === undefined || first <= year;
}

/** The year a formulation was first said: the lexicon's, else the library's first (`firstSeen`), else the record's. */
export const firstYearOf = (term: string, firstSeen?: ReadonlyMap<string, number>): number | null | undefined =>
  entry(term)?.firstYear ?? firstSeen?.get(term) ?? KNOWN_YEARS.get(term);

/** How a candidate stands to the blank of a 单选 (blank-fit.ts). */
export interface BlankFit {
  /** Found elsewhere after the word before the blank (实施____): reads naturally there. */
  fitsVerb(t: string): boolean;
  /** Found elsewhere in the blank's frame as a whole (…战略, 中央____委员会) and yet ruled out
   * by the sentence: the best distractor, a real collocation that is wrong here. */
  fitsFrame(t: string): boolean;
  /** Could be read as a right answer: never offered. */
  couldBeTrue(t: string): boolean;
  /** Said in the blank's paragraph, or a near form of the key: a right answer there. */
  saidHere?(t: string): boolean;
  /** The text right after the blank (…战略). */
  after?: string;
  /** The sentence's text before the blank (…参加了每一次). */
  before?: string;
}

/**
 * Distractors for `term`, best first, or none when fewer than two are plausible (a question whose
 * wrong options nobody would pick teaches nothing). Candidates: formulations of the same kind — the
 * same numeral pattern, else the same category — of a similar length, and of another category
 * when they stand in the blank's whole frame (加大对____投入 → 科技创新); with `blank`, none that
 * could be read as a right answer. Plausible: of the same numeral pattern, or of the same kind and
 * head (…强国, …意识), or standing elsewhere in the blank's whole frame yet ruled out by the sentence.
 * `visible` is the text the question shows; `year` the document's, when known (none from later;
 * `firstSeen` dates the formulations the lexicon does not).
 */
/** Two formulations of five or more characters sharing their first and last two (现代化产业体系, 现代化经济体系). */
export function twinOf(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a.slice(0, 2) === b.slice(0, 2) && a.slice(-2) === b.slice(-2);
}

/** The pool and the lexicon's formulations, without repeats: one list per pool (a generation passes one pool for all
 * its questions). */
const pools = new WeakMap<readonly string[], string[]>();
function poolWithLexicon(pool: readonly string[]): string[] {
  let out = pools.get(pool);
  if (!out) pools.set(pool, (out = [...new Set([...pool, ...lexicon().map((e) => e.term)])]));
  return out;
}

export function termDistractors(
  term: string,
  pool: readonly string[],
  visible: string,
  blank?: BlankFit,
  year?: number | null,
  firstSeen?: ReadonlyMap<string, number>,
  ownImport = false,
): string[] {
  const shown = normOption(visible);
  const pattern = patternOnce(term);
  const cat = entry(term)?.category;
  const head = term.slice(-2);
  const key = normOnce(term);
  // A key of a known kind (三会一课, 一岗双责, 实施…战略) gets others of its kind, the sibling rule aside: they are
  // told apart by knowing the text, as a 单选 should be; never one the paragraph says or a near form of the key.
  // Only in a member's own import: the library's questions are judged as they are (its hash-ordered draws).
  if (blank && ownImport && kindBlind(term, blank.after ?? '', blank.before ?? '')) return [];
  // Not on a heading (a line without a stop: 夯实全面实施【乡村振兴】战略的组织基础, a fragment), and only with three of the
  // kind left (1999's 科教兴国 beside 扩大内需 and 可持续发展 alone: one rival reads almost as well): else as before.
  const heading = !/[，,。；;！!？?：:]/.test(`${blank?.before ?? ''}${blank?.after ?? ''}`);
  const mates =
    blank && ownImport && !heading
      ? kindMates(term, blank.after ?? '', year).filter(
          (t) =>
            !shown.includes(normOnce(t)) &&
            !key.includes(normOnce(t)) &&
            !normOnce(t).includes(key) &&
            !twinOf(term, t) &&
            !blank.saidHere?.(t),
        )
      : [];
  if (mates.length >= 3) return mates;
  const sameKind = (t: string) =>
    pattern ? patternOnce(t) === pattern : !patternOnce(t) && cat !== undefined && entry(t)?.category === cat;
  const frame = (t: string) => blank?.fitsFrame(t) ?? false;
  const verb = (t: string) => blank?.fitsVerb(t) ?? false;
  // Plans beside a plan are its neighbours first (十三五, 十五五 beside 十四五): a plan decades away
  // (二五 in a 2025 report) is ruled out by the date alone, and stands only where no nearer can.
  const plan = pattern === '规划' ? planNumber(term) : null;
  const candidates = poolWithLexicon(pool).filter(
    (t) =>
      // (Both kinds below keep only a length within four of the key's: the cheapest test first.)
      Math.abs(t.length - term.length) <= 4 &&
      t !== term &&
      askableOnce(t) &&
      inUseBy(t, year, firstSeen) &&
      !shown.includes(normOnce(t)) &&
      // Neither part of the key nor the key with more (对外开放 / 高水平对外开放): either reads true.
      !key.includes(normOnce(t)) &&
      !normOnce(t).includes(key) &&
      // Nor a twin, the key with one middle word changed (现代化经济体系 / 现代化产业体系): a rival as standard.
      !twinOf(term, t) &&
      (sameKind(t)
        ? Math.abs(t.length - term.length) <= 3
        : !pattern && !patternOnce(t) && Math.abs(t.length - term.length) <= 4 && frame(t)) &&
      (!blank?.couldBeTrue(t) || (plan !== null && outOfYear(t, visible, year))),
  );
  const plausible = (t: string) => frame(t) || (sameKind(t) && (pattern !== null || t.endsWith(head)));
  // Each candidate's rank worked out once (the sort compares it many times; frame and verb search the library).
  const rank = new Map(
    candidates.map((t) => [
      t,
      (plan !== null ? 100 * Math.abs((planNumber(t) ?? 99) - plan) : 0) +
        (frame(t) ? 0 : verb(t) ? 10 : 20) +
        (sameKind(t) ? 0 : 5) +
        (t.endsWith(head) ? 0 : 3) +
        Math.abs(t.length - term.length),
    ]),
  );
  const sorted = candidates.sort((a, b) => rank.get(a)! - rank.get(b)! || a.localeCompare(b, 'zh'));
  if (blank && sorted.filter(plausible).length < 2) return [];
  // A plan asked with none of its neighbours (十二五 among 八五, 七五, 一五 in a 2012 report: 十一五 could be read true,
  // 十三五 was not yet said) is told by the date alone: only its next plans stand, and one of them must be a neighbour
  // (questions-outside13.json).
  if (blank && plan !== null) {
    const near = sorted.filter((t) => Math.abs((planNumber(t) ?? 99) - plan) <= 2);
    return near.some((t) => Math.abs(planNumber(t)! - plan) === 1) && near.length >= 2 ? near : [];
  }
  return sorted;
}
