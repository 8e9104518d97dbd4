// The curated 提法 lexicon (content/lexicon/tifa.json): canonical form, variants, category, an
// optional guard for ambiguous short forms and the year each formulation first occurs in the
// bundled reports. Matching is on folded text, so traditional documents match too.
import lexiconJson from '../../../content/lexicon/tifa.json' with { type: 'json' };
import { foldForSearch } from '../text/normalize.js';
import type { LexiconEntry, ListedEntry } from './lexicon-schema.js';
import { senseGuardOf, senseOk, type SenseGuard } from './sense-guards.js';
import { tifaPrebuilt } from './tifa-prebuilt.js';

export type { LexiconEntry, ListedEntry };

/** The shipped lexicon, held to its schema by a unit test (lexicon-schema.ts) rather than checked
 * at every start: zod is a large module the import worker would otherwise load for it alone. */
export function lexicon(): LexiconEntry[] {
  return lexiconJson.entries as LexiconEntry[];
}

const NUMERAL = /[一二两三四五六七八九十百〇零第]/;
const PLAN_AFTER = /^[”」’]?(?:计划|规划|时期|期间|末|开局|纲要)/;
/** 中央全面依法治国领导小组, 乡村振兴学院, 精神文明建设办公室, 新时代文明实践所: a formulation naming a body's
 * remit is part of the body's name. */
const ORGAN_AFTER = /^[”」’]?(?:(?:工作|建设)?(?:领导小组|委员会|办公室|指挥部|学院|研究院)|文明实践(?:中心|所|站))/;
/** A numbered five-year series of its own: “七五”普法规划 is the seventh 普法 plan, not the 七五 plan. */
const OTHER_SERIES = /^[”」’]?普法/;

/** What may come before a formulation said without its owner: no character, no Han one, 的, a joining word or
 * a carrying-out verb's last character (坚持, 贯彻, 执行, 遵循, 按照). */
const OWNERLESS_BEFORE = /^$|[^\p{Script=Han}]|[的和与及持彻行循照]/u;
/** Characters that make a word with 有 (只有, 没有, 具有 …): 有 after them is not the 有 of 有中国特色的社会主义. */
const YOU_WORD = /[只没所具拥享占含还都也才就特固现原既应富]/;

function guardOk(folded: string, at: number, len: number, term: string, guard?: string, form = term): boolean {
  const before = folded[at - 1] ?? '';
  // 只有中国特色社会主义才能发展中国: the formulation is 中国特色社会主义, not the old wording 有中国特色社会主义.
  // (Only where the rest is the formulation itself, which then matches one character on.)
  if (form[0] === '有' && form.slice(1) === term && YOU_WORD.test(before)) return false;
  // A numeral formulation is not the tail of a longer number (十三五 inside 二十三五…, 第十五届).
  if (NUMERAL.test(term[0] ?? '') && NUMERAL.test(before)) return false;
  // 新时代 / 新发展理念 are not the tail of 创新 (改革创新时代潮流, 创新发展理念) or 重新.
  if (term[0] === '新' && /[创重更最]/.test(before)) return false;
  if (ORGAN_AFTER.test(folded.slice(at + len, at + len + 6))) return false;
  // 基本路线 for 党的基本路线 after a verb, a 的 or a series break, not another owner's (马克思主义基本理论).
  if (term.startsWith('党的') && form === term.slice(2) && !OWNERLESS_BEFORE.test(before)) return false;
  // A plan written out (第七个五年计划, plan-forms.ts) names the plan itself, but inside a title (《…第十四个五年规划
  // 和二〇三五年远景目标纲要》) it is the title's word: the document is named, not the plan.
  if (guard === 'plan' && form !== term) return folded.lastIndexOf('《', at) <= folded.lastIndexOf('》', at);
  if (guard === 'plan') {
    // Quoted as a whole (“十五”), not the head of a quoted phrase (“十五连丰”: fifteen good harvests).
    const quoted = /[“「‘]/.test(before) && /[”」’]/.test(folded[at + len] ?? '');
    if (!quoted && !PLAN_AFTER.test(folded.slice(at + len, at + len + 3))) return false;
    if (NUMERAL.test(folded[at + len] ?? '') || OTHER_SERIES.test(folded.slice(at + len, at + len + 3))) return false;
  }
  if (guard === 'quoted' && !(/[“「‘]/.test(before) && /[”」’]/.test(folded[at + len] ?? ''))) return false;
  return true;
}

export interface TermMatch {
  term: string;
  start: number;
  length: number;
}

export interface TermMatcher {
  /** Non-overlapping occurrences per term in one folded text (a variant and the canonical form at
   * the same place count once). Different terms may overlap (小康社会 inside 全面建成小康社会). */
  find(folded: string): TermMatch[];
  terms: string[];
}

/** 16 bits of a pair of units. */
/** From this many rows of one pair on, the matcher keys them by the third unit too. */
const THIRD_INDEX_MIN = 8;
/** The second and third units as one key (NaN past the text's end: no key). */
const tripleKey = (second: number, third: number) => second * 0x10000 + third;

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
}

export interface MatcherItem {
  term: string;
  forms: string[];
  guard?: string;
  sense?: SenseGuard;
}

/** The matcher item of a lexicon entry with the given forms (its guards carried along). */
export function entryItem(e: ListedEntry, forms: string[] = e.variants ?? []): MatcherItem {
  const sense = senseGuardOf(e);
  return { term: e.term, forms, ...(e.guard ? { guard: e.guard } : {}), ...(sense ? { sense } : {}) };
}

/** One form of a matcher: the term it names, the folded form, its second unit and the entry's guards. */
export interface MatcherRow {
  term: string;
  form: string;
  second: number;
  guard?: string;
  sense?: SenseGuard;
}

/** A matcher's data: its terms, and its rows keyed by the first UTF-16 unit's code, longest form first. Plain
 * data, so the build can write the 提法 matchers' rows once (tifa-prebuilt.ts) instead of every process. */
export interface MatcherRows {
  terms: string[];
  byFirst: [number, MatcherRow[]][];
}

/** The rows of a list of (term, forms, guards); forms are folded first. */
export function matcherRows(items: MatcherItem[]): MatcherRows {
  const byFirst = new Map<number, MatcherRow[]>();
  for (const it of items)
    for (const raw of new Set([it.term, ...it.forms])) {
      const form = foldForSearch(raw);
      const list = byFirst.get(form.charCodeAt(0)) ?? [];
      list.push({
        term: it.term,
        form,
        second: form.charCodeAt(1),
        ...(it.guard ? { guard: it.guard } : {}),
        ...(it.sense ? { sense: it.sense } : {}),
      });
      byFirst.set(form.charCodeAt(0), list);
    }
  // Longest form first, so a term's longest variant wins at a position.
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  return { terms: items.map((i) => i.term), byFirst: [...byFirst] };
}

/** A matcher for a list of (term, forms, guards). */
export function buildMatcher(items: MatcherItem[]): TermMatcher {
  return matcherOf(matcherRows(items));
}

/** The matcher of the given rows. */
export function matcherOf(data: MatcherRows): TermMatcher {
  // Keyed by the first UTF-16 unit's code: a one-character string per position of the text (two-byte
  // strings are not interned) cost more than the matching itself.
  const byFirst = new Map(data.byFirst);
  // Per first unit, the rows that can start where the second unit is a given one (a one-unit form with every
  // longer one; `alone` where no longer form has that second unit), each in the list's order: only those are
  // tried, and a third unit is compared before the whole form (many forms share their first two: 中国特色…).
  type Row = MatcherRow & { third: number };
  const byPair = new Map<number, { bySecond: Map<number, Row[]>; byThird: Map<number, Row[]>; alone: Row[] }>();
  for (const [code, list] of byFirst) {
    const rows: Row[] = list.map((c) => ({
      term: c.term,
      form: c.form,
      second: c.second,
      third: c.form.length > 2 ? c.form.charCodeAt(2) : -1,
      guard: c.guard,
      sense: c.sense,
    }));
    const bySecond = new Map<number, Row[]>();
    for (const c of rows)
      if (c.form.length > 1 && !bySecond.has(c.second))
        bySecond.set(
          c.second,
          rows.filter((d) => d.form.length === 1 || d.second === c.second),
        );
    // A long list of one pair (社会 94 rows, 中国 78 in the listing layer) narrowed by the third unit too, keyed by the
    // three units: the rows a position can match, in the same order (the others fail the third unit's test).
    const byThird = new Map<number, Row[]>();
    for (const [second, list] of bySecond) {
      if (list.length < THIRD_INDEX_MIN) continue;
      for (const c of list)
        if (c.form.length > 2 && !byThird.has(tripleKey(second, c.third)))
          byThird.set(
            tripleKey(second, c.third),
            list.filter((d) => d.form.length <= 2 || d.third === c.third),
          );
      bySecond.set(
        second,
        list.filter((d) => d.form.length <= 2),
      );
    }
    byPair.set(code, { bySecond, byThird, alone: rows.filter((d) => d.form.length === 1) });
  }
  // A bit per hashed pair of first two units (and per first unit of a one-unit form): most
  // positions of a text start no form, and a bit test is much cheaper than the map lookup (many
  // common characters start some form; far fewer pairs do). 16 KB per matcher.
  const pairs = new Int32Array(0x10000 / 32);
  const singles = new Int32Array(0x10000 / 32);
  // Every first unit, exactly: three positions in four start no form, and this bit says so before any hashing.
  const firsts = new Int32Array(0x10000 / 32);
  for (const [code, list] of byFirst)
    for (const c of list) {
      firsts[code >>> 5]! |= 1 << (code & 31);
      if (c.form.length === 1) singles[code >>> 5]! |= 1 << (code & 31);
      else {
        const h = pairHash(code, c.second);
        pairs[h >>> 5]! |= 1 << (h & 31);
      }
    }
  return {
    terms: data.terms,
    find(folded) {
      const out: TermMatch[] = [];
      if (byPair.size === 0) return out; // (a document's rule matcher with no rule term)
      const busyUntil = new Map<string, number>();
      for (let i = 0; i < folded.length; i++) {
        const code = folded.charCodeAt(i);
        if (((firsts[code >>> 5]! >>> (code & 31)) & 1) === 0) continue;
        const next = folded.charCodeAt(i + 1); // NaN past the end: hashed as 0, then the map decides
        const h = pairHash(code, next);
        if (((pairs[h >>> 5]! >>> (h & 31)) & 1) === 0 && ((singles[code >>> 5]! >>> (code & 31)) & 1) === 0) continue;
        const rows = byPair.get(code);
        if (!rows) continue;
        const third = folded.charCodeAt(i + 2);
        const tried = rows.byThird.get(tripleKey(next, third)) ?? rows.bySecond.get(next) ?? rows.alone;
        for (const c of tried) {
          if (c.form.length > 2 && c.third !== third) continue;
          if ((busyUntil.get(c.term) ?? -1) > i) continue;
          if (!folded.startsWith(c.form, i) || !guardOk(folded, i, c.form.length, c.term, c.guard, c.form)) continue;
          if (c.sense && !senseOk(folded, i, c.form.length, c.sense)) continue;
          out.push({ term: c.term, start: i, length: c.form.length });
          busyUntil.set(c.term, i + c.form.length);
        }
      }
      return out;
    },
  };
}

/** The rows of the lexicon's own matcher (tifa-prebuilt.ts writes them at build time). */
export const lexiconRows = (): MatcherRows => matcherRows(lexicon().map((e) => entryItem(e)));

let lexMatcher: TermMatcher | null = null;
export function lexiconMatcher(): TermMatcher {
  lexMatcher ??= matcherOf(tifaPrebuilt()?.lexiconRows ?? lexiconRows());
  return lexMatcher;
}
