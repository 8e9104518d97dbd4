// ByteReader.skip counts the varints' last bytes four at a time on a long skip: it must land where
// reading the varints one by one does, whatever the buffer's alignment and the values' widths.
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../electron/core/search/varint.js';
import { seededRng } from '../../../electron/core/quiz/rng.js';

describe('ByteReader.skip', () => {
  it('lands after n varints for short and long skips, at any alignment', () => {
    const next = seededRng(54);
    const w = new ByteWriter();
    const widths = [0x7f, 0x3fff, 0x1fffff, 0x7fffffff];
    for (let i = 0; i < 3000; i++) w.varint(Math.floor(next() * widths[Math.floor(next() * 4)]!));
    const bytes = w.take();
    for (let shift = 0; shift < 4; shift++) {
      // The same bytes at a different offset in a larger buffer (better-sqlite3's are not aligned).
      const host = new Uint8Array(bytes.length + 8);
      host.set(bytes, shift + 1);
      const buf = host.subarray(shift + 1, shift + 1 + bytes.length);
      const fast = new ByteReader(buf);
      const slow = new ByteReader(buf);
      for (let left = 3000; left > 0;) {
        const n = Math.min(left, Math.floor(next() * 60));
        fast.skip(n);
        for (let k = 0; k < n; k++) slow.varint();
        expect(fast.at).toBe(slow.at);
        left -= n;
        if (left > 0) {
          expect(fast.varint()).toBe(slow.varint());
          left--;
        }
      }
      expect(fast.at).toBe(bytes.length);
    }
  });
});
