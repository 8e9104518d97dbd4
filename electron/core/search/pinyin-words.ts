// The library's words by pinyin (built by pinyin-words-build.ts): an exact lookup of a full-pinyin
// or initials key returns the words it spells, most frequent first.
import { Columns } from './column-codec.js';
import type { StringColumn } from './columns.js';

export class PinyinWords {
  private words: StringColumn;
  private counts: Int32Array;
  private keys: StringColumn;
  private keyWord: Int32Array;

  constructor(blob: Buffer) {
    const c = new Columns(blob);
    this.words = c.strings('words');
    this.counts = c.typed('counts', 'i32');
    this.keys = c.strings('keys');
    this.keyWord = c.typed('keyWord', 'i32');
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys.get(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Words whose full pinyin or initials equal `key`, most frequent first. */
  lookup(key: string): { word: string; count: number }[] {
    const out: { word: string; count: number }[] = [];
    for (let i = this.lowerBound(key); i < this.keys.length && this.keys.get(i) === key; i++) {
      const w = this.keyWord[i]!;
      out.push({ word: this.words.get(w), count: this.counts[w]! });
    }
    return out.sort((a, b) => b.count - a.count);
  }
}
