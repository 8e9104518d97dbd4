// knowableBlank looks for a well-known saying from each clause's start up to the blank's: a blank that opens
// the clause the saying opens (【行百里者】半九十, …，【发展】才是硬道理) is held by it too. Before review 22 the
// clause starting at the blank itself was skipped, so such a blank counted as unknowable.
import { describe, expect, it } from 'vitest';
import { knowableBlank } from '../../../electron/core/quiz/local-blanks.js';

const never = () => false;
const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word };
};

describe('a saying that starts where the blank starts', () => {
  it('holds a blank opening the line', () => {
    const text = '行百里者半九十，越是接近目标越要加把劲。';
    expect(knowableBlank(text, at(text, '行百里者'), never)).toBe(true);
  });

  it('holds a blank opening a later clause, past a saying as long before it', () => {
    const text = '不到长城非好汉，发展才是硬道理。';
    expect(knowableBlank(text, at(text, '发展'), never)).toBe(true);
  });

  it('still holds nothing where no saying covers the blank', () => {
    const text = '行百里者半九十，越是接近目标越要加把劲。';
    expect(knowableBlank(text, at(text, '加把劲'), never)).toBe(false);
  });
});
