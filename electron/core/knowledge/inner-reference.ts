// A demonstrative that points inside its own sentence leaves the sentence standing alone
// (sentence-fragment.ts): in apposition after the noun it names (加强农业这个国民经济的基础, 过好社会主义
// 革命这一关), or before a noun the sentence has already said (…的危害极大，这种危害往往…).
import { tokenize } from '../text/segment.js';

const BLANK = '＿＿';
/** A list (…、…、…) closing right before the demonstrative. */
const LISTED = /、[^，,。；;、]{1,20}$/;
/** Word classes of a noun the apposition can follow (企业/n, 革命/vn, 搞活企业/l); a verb (抓住/v) takes
 * 这个 as its object's determiner, pointing back. */
const NOUN_TAG = /^(?:n|nr|ns|nt|nz|ng|vn|l)$/;
/** Characters that, right before 这, are a verb or a preposition (是这, 把这个, 对这种): no apposition. */
const NOT_NOUN_END = /[是在把对从将和与为使让给向于按照据经过用以就要能会做抓搞]/;

/** Whether the token that ends right at `at` is a noun. */
function nounEndsAt(text: string, at: number, optimistic: boolean): boolean {
  const before = text[at - 1] ?? '';
  if (!/\p{Script=Han}/u.test(before) || NOT_NOUN_END.test(before)) return false;
  if (optimistic) return true;
  let pos = 0;
  for (const t of tokenize(text)) {
    pos += t.word.length;
    if (pos === at) return NOUN_TAG.test(t.tag);
    if (pos > at) return false;
  }
  return false;
}

/** The text with its demonstratives that point inside the sentence blanked out. `optimistic`: without
 * word segmentation, any noun-like character before 这个/这一 is taken for a noun (an upper bound). */
export function withoutInnerReferences(text: string, optimistic = false): string {
  return text.replace(
    /这(?:个|一|种|些|[两二三四五六七八九十几])(?=(\p{Script=Han}{1,2}))/gu,
    (m, noun: string, at: number) => {
      // (工、农、商、学、兵、政、党这七个方面: a number after the list it counts, in apposition.)
      if (/[两二三四五六七八九十几]/.test(m[1]!)) return LISTED.test(text.slice(0, at)) ? BLANK : m;
      const repeated = m !== '这一' && noun.length === 2 && text.slice(0, at).includes(noun);
      const apposition = (m === '这个' || m === '这一') && nounEndsAt(text, at, optimistic);
      return repeated || apposition ? BLANK : m;
    },
  );
}
