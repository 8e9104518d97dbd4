// Pinyin in the search box: an unquoted word of letters a–z that spells a 提法, tag, speaker or
// title of the library in full pinyin or initials (`dangjian`, `djyl`, `xczx`) also searches
// those Chinese terms (OR, so Latin text such as `covid` still matches). The result says what was
// done so the page can show "按拼音 dangjian → 党建" and offer the literal search instead.
import { pinyinTerms } from './catalogue-store.js';
import type { SearchSources } from './engine.js';
import type { ParsedQuery } from './query-parser.js';
import { foldForSearch } from '../text/normalize.js';

export interface PinyinExpansion {
  query: string;
  terms: string[];
}

export function expandPinyin(src: SearchSources, q: ParsedQuery): { q: ParsedQuery; pinyin: PinyinExpansion | null } {
  // Most queries hold no a–z word: nothing to read as pinyin (and no Set made per search).
  if (q.latinWords.length === 0) return { q, pinyin: null };
  const pinyin: PinyinExpansion[] = [];
  let clauses = q.clauses;
  for (const word of new Set(q.latinWords)) {
    if (word.length < 2) continue;
    const terms = pinyinTerms(src, word);
    if (terms.length === 0) continue;
    pinyin.push({ query: word, terms });
    const folded = terms.map(foldForSearch);
    clauses = clauses.map((g) => (g.includes(word) ? [...new Set([...g, ...folded])] : g));
  }
  if (pinyin.length === 0) return { q, pinyin: null };
  const reading = { query: pinyin.map((p) => p.query).join(' '), terms: [...new Set(pinyin.flatMap((p) => p.terms))] };
  return { q: { ...q, clauses }, pinyin: reading };
}
