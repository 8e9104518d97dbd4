// Mines the library's words for reading pinyin queries (`dangjian` → 党建, `xczx` → 乡村振兴): jieba
// words of two to four characters and adjacent word pairs up to six, counted over the titles and
// the first part of the texts (a capped sample: frequent words show up early), each with its full
// pinyin and initials. Built with the bundle; the query side is pinyin-words.ts.
import { encodeColumns } from './column-codec.js';
import { StringColumn } from './columns.js';
import { syllables } from './pinyin-keys.js';
import { jiebaInstance } from '../text/jieba-instance.js';

const HAN = /^[\u4e00-\u9fff]+$/;
/** Characters of text mined (≈ 0.3 s of segmentation); enough to meet the library's common words. */
const SAMPLE_CHARS = 400_000;
const MIN_COUNT = 2;

export function mineWords(texts: Iterable<string>): Map<string, number> {
  const j = jiebaInstance();
  const counts = new Map<string, number>();
  const inc = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  let budget = SAMPLE_CHARS;
  for (const text of texts) {
    if (budget <= 0) break;
    const part = text.slice(0, budget);
    budget -= part.length;
    const words = j.cut(part, false);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!HAN.test(w) || w.length > 4) continue;
      if (w.length >= 2) inc(w);
      const next = words[i + 1];
      if (next && HAN.test(next) && w.length + next.length >= 3 && w.length + next.length <= 6) inc(w + next);
    }
  }
  for (const [w, n] of counts) if (n < MIN_COUNT) counts.delete(w);
  return counts;
}

/** Words (most frequent first) and their pinyin keys, sorted for exact lookup. */
export function buildWordsBlob(counts: Map<string, number>): Buffer {
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const keys: [string, number][] = [];
  words.forEach(([w], i) => {
    const syl = syllables(w);
    if (syl.length !== w.length) return; // a character without a reading
    keys.push([syl.join(''), i], [syl.map((s) => s[0]).join(''), i]);
  });
  keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return encodeColumns({
    words: StringColumn.from(words.map((w) => w[0])),
    counts: Int32Array.from(words, (w) => w[1]),
    keys: { utf8: StringColumn.from(keys.map((k) => k[0])) },
    keyWord: Int32Array.from(keys, (k) => k[1]),
  });
}
