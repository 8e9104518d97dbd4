// Pinyin of catalogue entries: full syllables (tone-less, a–z) of the first characters. Keys for
// prefix search are taken from the first few syllable boundaries, full and initials, so
// `zhenxing` and `zx` both find 乡村振兴. Memoised: the same texts recur (speakers, 提法, tags).
import { createRequire } from 'node:module';
import type * as PinyinProModule from 'pinyin-pro';

// pinyin-pro builds its dictionary when loaded (≈150 ms): load it on the first catalogue build,
// not at start-up (the bundle's catalogue is built with the bundle).
type PinyinPro = typeof PinyinProModule;
let lib: PinyinPro | null = null;
const pinyinPro = () => (lib ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro);

const MAX_SYLLABLES = 24;
/** Keys start at the first few syllables only: users type from the start of a word near the
 * beginning; more starting points multiply the key count. */
export const MAX_STARTS = 5;

const memo = new Map<string, string[]>();

export function syllables(text: string): string[] {
  const head = text.slice(0, MAX_SYLLABLES * 2);
  let syl = memo.get(head);
  if (!syl) {
    syl = pinyinPro()
      .pinyin(head, { toneType: 'none', type: 'array', nonZh: 'removed' })
      .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
      .filter((s) => s.length > 0)
      .slice(0, MAX_SYLLABLES);
    if (memo.size > 200_000) memo.clear();
    memo.set(head, syl);
  }
  return syl;
}
