// Pinyin keys for catalogue entries: full pinyin and initials, each also from every syllable
// boundary so a prefix query can start at any word (`zhenxing` → 乡村振兴).
import { pinyin } from 'pinyin-pro';

const MAX_SYLLABLES = 24;
// Keys start at the first few syllables only: users type from the start of a word near the
// beginning; more starting points multiply lunr's build time and catalogue size.
const MAX_STARTS = 8;

export function pinyinKeys(text: string): string[] {
  const syl = pinyin(text.slice(0, MAX_SYLLABLES * 2), { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0)
    .slice(0, MAX_SYLLABLES);
  if (syl.length === 0) return [];
  const keys = new Set<string>();
  for (let i = 0; i < Math.min(syl.length, MAX_STARTS); i++) {
    const rest = syl.slice(i);
    keys.add(rest.join(''));
    keys.add(rest.map((s) => s[0]).join(''));
  }
  return [...keys];
}
