// 提法 occurrence precision on the judged occurrences of rounds t20 and t22 (tests/eval/knowledge/
// t20-tifa-occurrences.json, 300 drawn with salt t20:, and t20-tifa-occurrences-held.json, 81 held
// out with salt t20-held:; t22-tifa-occurrences.json, 150 drawn with salt t22: from the occurrences
// not drawn before, and t22-tifa-occurrences-held.json, 60 held out with salt t22-held:): each place
// the library or an imported document marked a 提法, judged by reading whether it is the lexicon's
// 提法 in its sense (RUBRIC.md, “提法 occurrences”); and
// t20-tifa-occurrences-unmarked.json, the 29 occurrences the base code marked over the whole library
// and imports and this round's guards unmark, each read as another sense or no 提法. The check
// re-marks each judged occurrence in its text (up to 40 characters each side, where every guard
// looks); rule formulations are those the set's texts quote, as the library pass collects them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRuleTerms, extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { quotedUses } from '../../../electron/core/knowledge/quoted-uses.js';
import { ruleFor } from '../../../electron/core/knowledge/term-rules.js';

interface Judged {
  term: string;
  category: string;
  context: string;
  at: number;
  label: 'yes' | 'other' | 'not';
}

const DIR = path.join(import.meta.dirname, '../../eval/knowledge');
const read = (f: string) => (JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { items: Judged[] }).items;

/** Targets: of the judged occurrences still marked, ≥ 99 % are the 提法 in its sense (the base code
 * had 0.987 on the first set); of those judged good, ≥ 97 % are still marked (a guard must not buy
 * precision by dropping the formulation). */
const PRECISION = 0.99;
const KEPT = 0.97;

function measure(items: readonly Judged[]) {
  const texts = items.map((i) => i.context);
  const rules = collectRuleTerms(texts);
  // A rule formulation judged here unquoted (统筹推进三大战略) is one the library quotes elsewhere.
  const uses = quotedUses(texts);
  for (const i of items) {
    const rule = /数字提法|缩略提法/.test(i.category) && !uses.has(i.term) ? ruleFor(i.term, 3) : null;
    if (rule) rules.set(i.term, rule);
  }
  const marked = items.filter((i) =>
    extractTerms([{ kind: 'p', text: i.context }], rules)
      .find((t) => t.term === i.term)
      ?.occurrences.some((o) => o.start === i.at),
  );
  const good = marked.filter((i) => i.label === 'yes').length;
  return { marked: marked.length, good, all: items.filter((i) => i.label === 'yes').length };
}

describe('提法 occurrence precision (judged occurrences, round t20)', () => {
  for (const [file, size] of [
    ['t20-tifa-occurrences.json', 300],
    ['t20-tifa-occurrences-held.json', 80],
    ['t22-tifa-occurrences.json', 150],
    ['t22-tifa-occurrences-held.json', 60],
  ] as const)
    it(`${file}: ≥ ${PRECISION} of marked occurrences are the 提法 in its sense, ≥ ${KEPT} of good ones kept`, () => {
      const items = read(file);
      expect(items.length).toBeGreaterThanOrEqual(size);
      const m = measure(items);
      expect(m.good / m.marked).toBeGreaterThanOrEqual(PRECISION);
      expect(m.good / m.all).toBeGreaterThanOrEqual(KEPT);
    });

  it('t20-tifa-occurrences-unmarked.json: the occurrences read as another sense stay unmarked', () => {
    const items = read('t20-tifa-occurrences-unmarked.json');
    expect(items.length).toBeGreaterThanOrEqual(29);
    expect(items.every((i) => i.label !== 'yes')).toBe(true);
    expect(measure(items).marked).toBe(0);
  });
});
