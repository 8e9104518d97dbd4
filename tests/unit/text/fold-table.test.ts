// The search fold's table (fold-table.ts, generated) against the rule it was generated from
// (fold-rule.ts: NFKC, lower case, opencc traditional → simplified): the same fold for every
// UTF-16 unit, and foldForSearch the rule applied unit by unit.
import { describe, expect, it } from 'vitest';
import { foldCharByRule } from '../../../electron/core/text/fold-rule.js';
import { foldForSearch, foldUnits } from '../../../electron/core/text/normalize.js';
import { randomInts } from '../support/random-ints.js';

/** The fold by its definition: the rule per unit from U+0080, ASCII lower case, surrogates kept. */
function reference(text: string): string {
  let out = '';
  for (const ch of text.split('')) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out += ch.toLowerCase();
    else if (c >= 0xd800 && c <= 0xdfff) out += ch;
    else out += foldCharByRule(ch);
  }
  return out;
}

describe('fold table', () => {
  it('folds every UTF-16 unit as the rule does (regenerate: scripts/gen-fold-table.ts)', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    const units = foldUnits(all);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const want = reference(all[c]!).charCodeAt(0);
      if (units[c] !== want) wrong.push(`U+${c.toString(16)} → ${units[c]!.toString(16)}, rule ${want.toString(16)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('gives the rule’s result on random texts, short and long, folded again and again', () => {
    const pool = '國學習發展ＡＢＣａｂ，。Party黨建臺灣資訊 \u3000①㈠ﬁ𠮷\ud800\udc00é';
    const rand = randomInts(11);
    const texts = Array.from({ length: 400 }, (_, k) =>
      Array.from({ length: rand(k % 20 === 0 ? 3000 : 120) }, () => pool[rand(pool.length)]).join(''),
    );
    for (let round = 0; round < 3; round++) for (const t of texts) expect(foldForSearch(t)).toBe(reference(t));
    for (const t of texts) expect(foldForSearch(t.split('').join(''))).toBe(reference(t));
  });
});
