// dateOfKey keeps the strings it made: the same string for a key read again, for every form of
// date (year, month, day), and keys past the kept number still answered.
import { describe, expect, it } from 'vitest';
import { dateKey, dateOfKey } from '../../../electron/core/search/columns.js';

describe('dateOfKey', () => {
  it('inverts dateKey for years, months and days, read once or many times', () => {
    for (const d of ['2019', '2019-07', '2019-07-01', '0999-12-31', '1949-10-01', '2020-02'])
      for (let i = 0; i < 3; i++) expect(dateOfKey(dateKey(d))).toBe(d);
    expect(dateOfKey(-1)).toBeNull();
  });

  it('answers beyond the strings it keeps', () => {
    // More distinct keys than are kept (65,536): the late ones are made each time, still right.
    for (let y = 1000; y < 1200; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 28; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(dateOfKey(dateKey(s))).toBe(s);
        }
  });
});
