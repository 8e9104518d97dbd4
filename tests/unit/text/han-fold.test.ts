// hanChars and foldHan are hot in the import (superseded-line checks, page-chrome rules): their fast
// forms must give exactly what the plain definitions give, on every Han character folding changes,
// astral characters, lone surrogates and mixed text.
import { describe, expect, it } from 'vitest';
import { FOLD_PAIRS } from '../../../electron/core/text/fold-table.js';
import { foldHan, foldForSearch, hanChars } from '../../../electron/core/text/normalize.js';

const plainHanChars = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).join('');
const plainFoldHan = (text: string) => text.replace(/\p{Script=Han}/gu, (c) => foldForSearch(c));

const pairs = Buffer.from(FOLD_PAIRS, 'base64');
const folded = Array.from({ length: pairs.length / 4 }, (_, i) => String.fromCharCode(pairs.readUInt16LE(4 * i))).join(
  '',
);
const TEXTS = [
  '',
  'ABC abc 123',
  '中國共產黨第二十次全國代表大會（2022年10月16日）：「團結奮鬥」',
  '責任編輯：陳某　瀏覽次數：１２３',
  '𠀀𪚥 astral Han, 😀 an emoji, \ud800 a lone high and \udc00 a lone low surrogate 說',
  '\u3007〇○ 々 〻 ⺀ ⼀ 㐀 豈 兀',
  folded,
];

describe('hanChars and foldHan', () => {
  it('keep the Han characters exactly as matching them one by one did', () => {
    for (const t of TEXTS) expect(hanChars(t)).toBe(plainHanChars(t));
  });

  it('fold Han characters as foldForSearch does and leave the rest as written', () => {
    for (const t of TEXTS) expect(foldHan(t)).toBe(plainFoldHan(t));
    expect(foldHan('責任編輯：Ａ')).toBe('责任编辑：Ａ');
  });

  it('agree on every BMP unit', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    expect(hanChars(all)).toBe(plainHanChars(all));
    expect(foldHan(all)).toBe(plainFoldHan(all));
  });
});
