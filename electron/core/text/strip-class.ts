// Removing a class of characters from a text, as `text.replace(/[class]/gu, '')` does (by code
// point), a table lookup per unit instead of a Unicode-property match per character: the
// duplicate key of every imported document and the repeat key of every line use it, and the
// expression cost more than folding the text.

const SCRATCH_MAX = 1 << 20;

/** A remover for the class `cls` (a bracket expression such as `[\s\p{P}]`, matched with the u flag).
 * Each BMP unit is tested once with the expression itself; an astral character is tested whole. */
export function classRemover(cls: string): (text: string) => string {
  const one = new RegExp(`^${cls}$`, 'u');
  const known = new Uint8Array(0x10000); // 0 not yet tested, 1 kept, 2 removed
  let scratch = new Uint16Array(1024);
  return (text) => {
    // Reused between calls up to a million units: a longer text (a whole book) gets its own, so
    // the scratch never holds megabytes.
    if (scratch.length < text.length && text.length <= SCRATCH_MAX)
      scratch = new Uint16Array(Math.max(text.length, 2 * scratch.length));
    const out = text.length <= scratch.length ? scratch : new Uint16Array(text.length);
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          if (!one.test(text.slice(i, i + 2))) {
            out[w++] = c;
            out[w++] = lo;
          }
          i++;
          continue;
        }
      }
      let k = known[c]!;
      if (k === 0) k = known[c] = one.test(String.fromCharCode(c)) ? 2 : 1;
      if (k === 1) out[w++] = c;
    }
    // Buffer's UTF-16 decoding keeps the units as they are (a lone surrogate too).
    return Buffer.from(out.buffer, 0, 2 * w).toString('utf16le');
  };
}
