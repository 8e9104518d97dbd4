// 提法 of one kind (content/lexicon/tifa-kinds.json): a 单选 on a key of a kind offers others of its kind
// (三会一课 beside 主题党日, 民主生活会, 谈心谈话), never a numeral 提法 of another field nobody would pick
// (九二共识, 两分两换: questions-imported67.json). The kinds are data, each term a real formulation.
import kindsJson from '../../../content/lexicon/tifa-kinds.json' with { type: 'json' };

interface Kind {
  kind: string;
  /** The word the blank must be followed by for the kind to hold (…战略). */
  after?: string;
  /** Words after the blank every term of the kind stands before (…制度): there the key is not told apart. */
  allFit?: string[];
  /** Verbs whose object every term of the kind is (参加…三会一课, 参加…主题党日): a blank there is not told apart. */
  allFitAfter?: string[];
  /** Pairs never each other's rival: one reads true where the other is said (三会一课 / 组织生活会). */
  overlap?: string[][];
  terms: { term: string; since?: number }[];
}

const kinds = kindsJson.kinds as Kind[];

/**
 * The other terms of `term`'s kind, in the file's order: none when the term has no kind, or its kind
 * wants a word after the blank that `after` (the text after the blank) does not open with. A term first
 * said after `year` is left out: a document of before never names it.
 */
export function kindMates(term: string, after: string, year?: number | null): string[] {
  const kind = kinds.find((k) => k.terms.some((t) => t.term === term) && (!k.after || after.startsWith(k.after)));
  if (!kind) return [];
  const near = (t: string) => kind.overlap?.some((p) => p.includes(term) && p.includes(t)) ?? false;
  return kind.terms
    .filter((t) => t.term !== term && !near(t.term) && (!year || !t.since || t.since <= year))
    .map((t) => t.term);
}

/** Whether the blank stands where every term of `term`'s kind fits (严格落实“三会一课”制度: 组织生活会, 谈心谈话 and 民主生活会
 * are 制度 a 支部 keeps too; 我参加了每一次“三会一课”: a member attends 主题党日 as well): the sentence does not tell the key
 * apart, so no 单选 asks it there. */
export function kindBlind(term: string, after: string, before = ''): boolean {
  const kind = kinds.find((k) => k.terms.some((t) => t.term === term));
  const clause = before.split(/[，,。；;：:]/).pop() ?? '';
  return !!(kind?.allFit?.some((w) => after.startsWith(w)) || kind?.allFitAfter?.some((v) => clause.includes(v)));
}
