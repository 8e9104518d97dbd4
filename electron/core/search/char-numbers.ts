// Numbers for the BMP characters an index builder has seen, in order of first sight, with each
// one's code point and unigram key id. Queued pairs are pairs of these numbers (postings-builder.ts):
// a few thousand of each, where code points span 2^16, so the batch sort needs two passes, not three.
import type { KeyTable } from './key-table.js';
import { grown } from './radix-order.js';

export class CharNumbers {
  /** Number per BMP character, -1 unseen. */
  readonly of = new Int32Array(0x10000).fill(-1);
  /** Per number: the character, and its unigram key id. */
  code = new Int32Array(1 << 10);
  key = new Int32Array(1 << 10);
  count = 0;

  constructor(private readonly keys: KeyTable) {}

  /** Numbers a character not seen before. */
  add(cp: number): number {
    const c = this.count++;
    if (c === this.code.length) {
      this.code = grown(this.code);
      this.key = grown(this.key);
    }
    this.code[c] = cp;
    this.key[c] = this.keys.unigram(cp);
    return (this.of[cp] = c);
  }
}
