// A class of single UTF-16 units as a bitset (8 KB): `has(text.charCodeAt(i))` answers what
// `/[…]/.test(text[i])` does for a class of BMP characters, without a one-character string and a
// regular expression run per position (scanners of whole texts ask this at every character).

export interface UnitSet {
  has(code: number): boolean;
}

/** The set of the units of `chars` (each a BMP character; no ranges). */
export function unitSet(chars: string): UnitSet {
  const bits = new Int32Array(0x10000 / 32);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    bits[c >>> 5]! |= 1 << (c & 31);
  }
  return { has: (code) => ((bits[code >>> 5]! >>> (code & 31)) & 1) === 1 };
}
