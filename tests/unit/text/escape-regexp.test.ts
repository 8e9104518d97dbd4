import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../electron/core/text/escape-regexp.js';

describe('escapeRegExp', () => {
  it('matches the text literally, special characters included', () => {
    for (const s of ['(2025)', '1.5万', '[注]', 'a+b*c?', '^$|{}\\', '“两个确立”'])
      expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
  });
  it('does not match what the unescaped pattern would', () => {
    expect(new RegExp(escapeRegExp('1.5')).test('105')).toBe(false);
    expect(new RegExp(escapeRegExp('a|b')).test('b')).toBe(false);
  });
});
