// Query classes for the search benchmark, drawn from the indexed text with a fixed seed: single
// characters (by frequency, and rare ones), substrings of 2, 4 and 6–12 characters, title words,
// traditional-script forms, several terms, phrases, OR, exclusions, real filters (a year, a type,
// a tag on a subset) and queries with no hit.
import * as OpenCC from 'opencc-js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { seededRng } from '../../../electron/core/quiz/rng.js';

const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Characters that are query syntax or separators, never inside a drawn term. */
const SYNTAX = /[\s"＂:：|｜\-－]/;

export const TAG = 'bench';
export const TAG_CHILD = 'bench/重点';

export function queryClasses(docs: readonly ContentDocument[], perClass: number): Record<string, string[]> {
  const next = seededRng(20261130);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const sub = (min: number, max: number, fromTitle = false): string => {
    for (;;) {
      const d = pick(docs);
      const text = fromTitle ? d.title : d.paragraphs.length ? pick(d.paragraphs).text : '';
      const len = min + Math.floor(next() * (max - min + 1));
      const at = Math.floor(next() * Math.max(1, text.length - len + 1));
      const s = text.slice(at, at + len);
      if ([...s].length === len && !SYNTAX.test(s) && !/^(or|或)$/i.test(s) && !/[\ud800-\udfff]/.test(s)) return s;
    }
  };
  const gen = (f: () => string) => Array.from({ length: perClass }, f);
  // Rare characters: in at most 3 documents.
  const df = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set(d.title + d.paragraphs.map((p) => p.text).join(''));
    for (const ch of seen) if (!SYNTAX.test(ch)) df.set(ch, (df.get(ch) ?? 0) + 1);
  }
  const rare = [...df].filter(([, n]) => n <= 3).map(([ch]) => ch);
  return {
    '1 char': gen(() => sub(1, 1)),
    '1 char, rare': gen(() => pick(rare)),
    '2 chars': gen(() => sub(2, 2)),
    '4 chars': gen(() => sub(4, 4)),
    '6–12 chars': gen(() => sub(6, 12)),
    'title words': gen(() => sub(2, 6, true)),
    traditional: gen(() => s2t(sub(2, 6))),
    'two terms': gen(() => `${sub(2, 3)} ${sub(2, 3)}`),
    phrase: gen(() => `"${sub(4, 8)}"`),
    OR: gen(() => `${sub(2, 4)} OR ${sub(2, 4)}`),
    exclude: gen(() => `${sub(2, 3)} -${sub(1, 2)}`),
    'filter: year': gen(() => `${sub(2, 4)} year:2020`),
    'filter: type': gen(() => `${sub(2, 4)} type:讲话`),
    'filter: tag': gen(() => `${sub(1, 3)} tag:${TAG}`),
    'no hit': gen(() => `${sub(3, 4)}龘靐`),
  };
}

/** Every 20th document carries the benchmark's sub-tag (so `tag:bench` selects 5 %). */
export function benchTags(docs: readonly ContentDocument[]): Map<string, string[]> {
  return new Map(docs.filter((_, i) => i % 20 === 7).map((d) => [d.id, [TAG_CHILD]]));
}
