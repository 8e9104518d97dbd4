// A list bullet opening a line (◆ 作风建设关系党的形象…, a slide or a briefing) is not part of the
// sentence: a 金句 cut from it was shown as `◆ 作风建设关系党的____` (found by the lead reading a draw of
// questions from the round-17 imports).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/text/sentences.js';

describe('a sentence after a list bullet', () => {
  it('starts after the bullet and its space, its offsets still in the paragraph', () => {
    const p = '◆ 作风建设关系党的形象，关系人心向背。■ 要锲而不舍抓下去。';
    const got = splitSentences(p);
    expect(got.map((s) => s.text)).toEqual(['作风建设关系党的形象，关系人心向背。', '要锲而不舍抓下去。']);
    for (const s of got) expect(p.slice(s.start, s.end)).toBe(s.text);
  });

  it('guard: a bullet alone is no sentence, and a mark inside a sentence stays', () => {
    expect(splitSentences('◆')).toEqual([]);
    expect(splitSentences('坚持“●”号标注。')[0]!.text).toBe('坚持“●”号标注。');
  });
});
