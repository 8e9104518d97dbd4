// The per-character scanners of the import, held to the plain definitions they replaced for speed:
// a class of units as a bitset (unitSet), Han characters and paired marks counted in a loop
// (char-counts.ts), sentence splitting by unit codes (sentences.ts), and speaker names found with
// a document's own names remembered between paragraphs (speakers.ts).
import { describe, expect, it } from 'vitest';
import { unitSet } from '../../../electron/core/text/unit-set.js';
import { classRemover } from '../../../electron/core/text/strip-class.js';
import { endsOnColon, hanCount, marksPaired } from '../../../electron/core/text/char-counts.js';
import { splitSentences, type Sentence } from '../../../electron/core/text/sentences.js';
import { speakersIn } from '../../../electron/core/knowledge/speakers.js';
import { randomInts } from '../support/random-ints.js';

const rand = randomInts(3);
const POOL = '习近平总书记指出，。！？；!?;：:“”《》（）()”’）李明同志说 \u3000𠮷𪚥😀\ud800\udc00ab12';
const randomText = (max: number) => Array.from({ length: rand(max) }, () => POOL[rand(POOL.length)]).join('');

/** splitSentences by its definition: the regular expressions it was written with. */
function plainSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (/[。！？；!?;]/.test(paragraph[i]!) || i === paragraph.length - 1) {
      let end = i + 1;
      while (end < paragraph.length && /[”’）)]/.test(paragraph[end]!)) end++;
      let s = start;
      while (s < end && /\s/.test(paragraph[s]!)) s++;
      if (end > s) out.push({ start: s, end, text: paragraph.slice(s, end) });
      start = end;
      i = end - 1;
    }
  }
  return out;
}

describe('character scanners', () => {
  it('unitSet answers as the character class does, for every unit', () => {
    const chars = '，,：:；;。！？!?';
    const set = unitSet(chars);
    const re = /[，,：:；;。！？!?]/;
    for (let c = 0; c < 0x10000; c++) expect(set.has(c)).toBe(re.test(String.fromCharCode(c)));
  });

  it('counts Han characters and checks paired marks as the regular expressions do', () => {
    const count = (t: string, re: RegExp) => t.match(re)?.length ?? 0;
    for (let k = 0; k < 2000; k++) {
      const t = randomText(60);
      expect(hanCount(t)).toBe(count(t, /\p{Script=Han}/gu));
      const paired = count(t, /《/g) === count(t, /》/g) && count(t, /“/g) === count(t, /”/g);
      expect(marksPaired(t)).toBe(paired && count(t, /（/g) === count(t, /）/g));
    }
    expect(hanCount('𠮷野家a\ud800')).toBe(3);
  });

  it('tells a text ending on a colon as the regular expression does', () => {
    const tails = ['', '：', ':', '“', ' ', '\u3000', '\n', '\u00a0', '\ufeff', '\u2028', '字', '”', '：“'];
    for (let k = 0; k < 4000; k++) {
      const t = randomText(8) + Array.from({ length: rand(5) }, () => tails[rand(tails.length)]).join('');
      expect(endsOnColon(t)).toBe(/[：:]\s*“?\s*$/.test(t));
    }
  });

  it('removes a class of characters as replace with the expression does', () => {
    // Whole code points (astral punctuation and symbols too) and lone surrogate halves.
    const chars = [...(POOL + '𝄞𐄀😀〇々・—…‧\u00a0\u2028\ufeff$+<>^`|~¥￥、'), '\ud800', '\udfff'];
    const pick = () => chars[rand(chars.length)];
    for (const cls of ['[\\s\\p{P}\\p{S}]', '[\\s\\p{P}]']) {
      const remove = classRemover(cls);
      const re = new RegExp(cls, 'gu');
      for (let k = 0; k < 3000; k++) {
        const t = Array.from({ length: rand(k % 100 === 0 ? 5000 : 60) }, pick).join('');
        expect(remove(t)).toBe(t.replace(re, ''));
      }
      // Past the reused buffer's size (a whole book), then a short text again.
      const book = Array.from({ length: 1_100_000 }, pick).join('');
      expect(remove(book)).toBe(book.replace(re, ''));
      expect(remove('，学 习。')).toBe('学习');
    }
  });

  it('splits sentences as the plain definition does', () => {
    for (let k = 0; k < 2000; k++) {
      const t = randomText(120);
      expect(splitSentences(t)).toEqual(plainSentences(t));
    }
  });

  it('finds the same speakers whichever document’s names were asked for before', () => {
    const text = '习近平总书记指出，李明同志强调：“要学习。”王芳说，总书记要求我们。';
    const a = speakersIn(text, ['李明', ['总书记', '习近平']]);
    const b = speakersIn(text, ['王芳']);
    expect(a.map((s) => s.name)).toEqual(['习近平', '李明', '习近平']);
    expect(b.map((s) => s.name)).toEqual(['习近平', '王芳']);
    expect(speakersIn(text, ['李明', ['总书记', '习近平']])).toEqual(a);
    expect(speakersIn(text)).toEqual(speakersIn(text, []));
  });
});
