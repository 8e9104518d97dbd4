import { describe, expect, it } from 'vitest';
import { readHanYear, writeHanYear } from '../../../electron/core/text/han-year.js';

describe('years in Han digits', () => {
  it('reads every way a zero is written, and ASCII digits among Han ones', () => {
    expect(readHanYear('一九五九')).toBe(1959);
    expect(readHanYear('二〇二四')).toBe(2024);
    expect(readHanYear('二○二四')).toBe(2024);
    expect(readHanYear('二零零八')).toBe(2008);
    expect(readHanYear('一九七O')).toBe(1970);
    expect(readHanYear('二0二四')).toBe(2024);
    expect(readHanYear('1978')).toBe(1978);
  });

  it('writes a year back in Han digits, and reads what it wrote', () => {
    expect(writeHanYear(2016)).toBe('二〇一六');
    expect(writeHanYear('1949')).toBe('一九四九');
    for (const y of [1900, 1949, 1976, 2000, 2025]) expect(readHanYear(writeHanYear(y))).toBe(y);
  });
});
