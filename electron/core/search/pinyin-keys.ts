// Pinyin of catalogue entries: full syllables (tone-less, a–z) of the first characters. Keys for
// prefix search are taken from the first few syllable boundaries, full and initials, so
// `zhenxing` and `zx` both find 乡村振兴. Memoised: the same texts recur (speakers, 提法, tags).
import { pinyinLib } from '../text/pinyin-lib.js';

const MAX_SYLLABLES = 24;
/** Keys start at the first few syllables only: users type from the start of a word near the
 * beginning; more starting points multiply the key count. */
export const MAX_STARTS = 5;

const memo = new Map<string, string[]>();

export function syllables(text: string): string[] {
  const head = text.slice(0, MAX_SYLLABLES * 2);
  let syl = memo.get(head);
  if (!syl) {
    syl = pinyinLib()
      .pinyin(head, { toneType: 'none', type: 'array', nonZh: 'removed' })
      .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
      .filter((s) => s.length > 0)
      .slice(0, MAX_SYLLABLES);
    if (memo.size > 200_000) memo.clear();
    memo.set(head, syl);
  }
  return syl;
}
