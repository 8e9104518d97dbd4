// Wrong keys the key audit found in the library's “which document / which year” questions (tests/eval/knowledge/
// RUBRIC.md, Key audit 63): a line whose wrong option's document restates it in one sentence with its clauses swapped,
// or nearly all of it inside a longer or shorter wording, shares no whole clause in order with it, so shared-wording.ts
// had let the question stand.
import { describe, expect, it } from 'vitest';
import { sharesWording } from '../../../electron/core/quiz/shared-wording.js';
import { hanChars } from '../../../electron/core/text/normalize.js';
import { sourceDoc } from './source-doc.js';

const said = (line: string, texts: string[]) =>
  sharesWording(line, sourceDoc('b:other', 1990, texts), hanChars(texts.join('')));

describe('a line another report restates in one sentence', () => {
  it('with its clauses swapped (1985 beside 1984)', () => {
    const line = '我们的原则仍然是：小的方面放开放活，大的方面管住管好。';
    expect(said(line, ['对企业，真正做到大的方面管住管好，小的方面放开放活。'])).toBe(true);
  });
  it('with a lead clause added and a word changed (1988 beside 1987)', () => {
    const line = '在建设物质文明的同时，不断把社会主义精神文明建设推向前进，是我们的一贯方针。';
    expect(said(line, ['不断把社会主义精神文明建设推向前进，是我们一贯坚持的战略方针。'])).toBe(true);
  });
  it('inside a longer wording, and the longer one beside the shorter (十五大 and 十八大)', () => {
    const short = '提高人民生活水平，是改革开放和发展经济的根本目的。';
    const long = '提高人民物质文化生活水平，是改革开放和社会主义现代化建设的根本目的。';
    expect(said(short, [long])).toBe(true);
    expect(said(long, [short])).toBe(true);
  });
  it('guard: a sentence on the same subject in other words, or a long one holding its words among many, is not', () => {
    const line = '提高人民生活水平，是改革开放和发展经济的根本目的。';
    expect(said(line, ['人民生活水平有了较大提高，城乡居民收入继续增加。'])).toBe(false);
    expect(
      said(line, [
        '我们要坚持改革开放，集中力量发展经济，在经济发展的基础上逐步提高人民生活水平，这是实现国家长治久安的根本目的和根本保证所在，也是全党全国人民的共同愿望。',
      ]),
    ).toBe(false);
  });
});
