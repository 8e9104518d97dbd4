// Pinyin of catalogue entries: full syllables (tone-less, a–z) of the first characters. Keys for
// prefix search are taken from the first few syllable boundaries, full and initials, so
// `zhenxing` and `zx` both find 乡村振兴. Memoised: the same texts recur (speakers, 提法, tags).
import { pinyinLib } from '../text/pinyin-lib.js';

const MAX_SYLLABLES = 24;
/** Keys start at the first few syllables only: users type from the start of a word near the
 * beginning; more starting points multiply the key count. */
export const MAX_STARTS = 5;

/** pinyin-pro's own tone-mark removal (toneType 'none') runs eight regular-expression replaces on
 * every syllable: most of a catalogue build's pinyin time after the lookup. Its table, as single
 * characters: the marks it writes with a combining character (n̄, m̀, ê̄) and ê, ü lose their
 * non-a–z part to the filter below either way, so the letters kept are the same. */
const TONE_MARKS: Record<string, string> = {};
for (const [plain, marked] of [
  ['a', 'āáǎà'],
  ['o', 'ōóǒò'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['u', 'ūúǔù'],
  ['n', 'ńňǹ'],
  ['m', 'ḿ'],
] as const)
  for (const ch of marked) TONE_MARKS[ch] = plain;

/** A marked syllable as lower-case a–z (what toneType 'none', lower case and dropping the rest gave). */
export function plainSyllable(marked: string): string {
  let out = '';
  for (const ch of marked) {
    // Lower case can lengthen a character (İ → i̇): keep each a–z part, as lower-casing the word did.
    for (const c of TONE_MARKS[ch] ?? ch.toLowerCase()) if (c >= 'a' && c <= 'z') out += c;
  }
  return out;
}

const memo = new Map<string, string[]>();

export function syllables(text: string): string[] {
  const head = text.slice(0, MAX_SYLLABLES * 2);
  let syl = memo.get(head);
  if (!syl) {
    syl = [];
    for (const marked of pinyinLib().pinyin(head, { type: 'array', nonZh: 'removed' })) {
      const s = plainSyllable(marked);
      if (s && syl.push(s) === MAX_SYLLABLES) break;
    }
    if (memo.size > 200_000) memo.clear();
    memo.set(head, syl);
  }
  return syl;
}

/** Forgets memoised syllables, so a benchmark times each library's build from the same start. */
export function clearSyllableMemo(): void {
  memo.clear();
}
