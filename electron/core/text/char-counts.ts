// Character counts a 金句 candidate is checked with, each a loop over its units instead of the
// arrays of matches `text.match(/…/g)` makes (every candidate of an import is checked): how many
// characters are Han, whether its marks pair up, whether it ends on a colon.
const HAN = /^\p{Script=Han}$/u;
// Per BMP unit: 0 not known yet, 1 Han, 2 not (a lone surrogate half is not Han).
const known = new Uint8Array(0x10000);

/** How many characters are Han (`\p{Script=Han}`), by code point. */
export function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        // A supplementary character (CJK extensions B–H are Han): one code point, tested whole.
        if (HAN.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    let k = known[c]!;
    if (k === 0) k = known[c] = HAN.test(String.fromCharCode(c)) ? 1 : 2;
    if (k === 1) n++;
  }
  return n;
}

/** As many 《 as 》, “ as ” and （ as ） (counted, not nested). */
export function marksPaired(text: string): boolean {
  let book = 0;
  let quote = 0;
  let paren = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) book++;
    else if (c === 0x300b) book--;
    else if (c === 0x201c) quote++;
    else if (c === 0x201d) quote--;
    else if (c === 0xff08) paren++;
    else if (c === 0xff09) paren--;
  }
  return book === 0 && quote === 0 && paren === 0;
}

/** `/[：:]\s*“?\s*$/.test(text)` from the end of the text (the expression searches all of it):
 * a colon, then nothing but spaces and at most one opening quote. trimEnd removes what \s matches. */
export function endsOnColon(text: string): boolean {
  let t = text.trimEnd();
  if (t.endsWith('“')) t = t.slice(0, -1).trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return c === 0xff1a || c === 0x3a;
}
