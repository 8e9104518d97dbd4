// Round t29: numbered 提法 the reports write without the evidence t28's rules asked for — a quoted count
// carried out with a word between verb and marks (推进两岸“三通”), a count of two 百-words (“双百”方针), a
// numbered formulation carried out by a verb but never spelled out (贯彻八项主张).
import { describe, expect, it } from 'vitest';
import { countedFormulations, countsIn } from '../../../electron/core/knowledge/counted-formulations.js';
import { quotedTerms, termShaped } from '../../../electron/core/knowledge/quoted-terms.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const docs = (...texts: string[][]) => texts.map((t) => t.map(foldForSearch));

describe('quoted numbered terms', () => {
  it('reads a count and 通 as a term, not as a programme name', () => {
    expect(termShaped('三通')).toBe(true);
    expect(termShaped('深港通')).toBe(false);
    expect(termShaped('一卡通')).toBe(false);
  });

  it('reads the 百 of a count of two as no amount; an amount stays out', () => {
    expect(termShaped('双百')).toBe(true);
    expect(termShaped('三百工程')).toBe(false);
    expect(termShaped('千村示范')).toBe(false);
    expect(quotedTerms(docs(['贯彻“双百”方针。'], ['坚持“二为”方向，贯彻“双百”方针。']))).toEqual(new Set(['双百']));
  });

  it('takes a quoted count carried out with a few words between verb and marks', () => {
    const two = docs(['推进两岸“三通”，促进交流。'], ['推动早日实现直接“三通”。']);
    expect(quotedTerms(two)).toEqual(new Set(['三通']));
    // A saying or a name so framed is still no term: only a count is read that way.
    expect(quotedTerms(docs(['推进两岸“大水漫灌”。'], ['推动实现直接“大水漫灌”。']))).toEqual(new Set());
  });
});

describe('numbered formulations carried out', () => {
  it('reads a count a verb carries out, unspelled', () => {
    expect(countsIn(foldForSearch('贯彻八项主张，以最大的诚意。')).carried).toEqual(new Set(['八项主张']));
    expect(countsIn(foldForSearch('签订三项协定。')).carried).toEqual(new Set());
  });

  it('needs three documents using it, and reads a modifier with 的 as no longer name', () => {
    const three = docs(
      ['贯彻八项主张，推进两岸交流。'],
      ['坚持推进祖国和平统一进程的八项主张。'],
      ['发展两岸关系、推进祖国和平统一进程的八项主张。'],
    );
    expect(countedFormulations(three)).toEqual(new Set(['八项主张']));
    expect(countedFormulations(three.slice(0, 2))).toEqual(new Set());
    const tail = docs(['贯彻和平共处五项原则。'], ['和平共处五项原则。'], ['坚持和平共处五项原则。']);
    expect(countedFormulations(tail)).toEqual(new Set());
  });
});
