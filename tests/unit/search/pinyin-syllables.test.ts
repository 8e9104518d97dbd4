// Catalogue and pinyin-word keys strip pinyin-pro's tone marks themselves (pinyin-keys.ts) instead
// of asking for toneType 'none'; the syllables must be exactly those the 'none' output gave.
import { convert, pinyin, polyphonic } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { clearSyllableMemo, plainSyllable, syllables } from '../../../electron/core/search/pinyin-keys.js';

/** The conversion as it was: toneType 'none', lower case, a–z only, non-empty, 24 at most. */
const before = (text: string) =>
  pinyin(text.slice(0, 48), { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0)
    .slice(0, 24);

const TEXTS = [
  '乡村振兴',
  '中国共产党第二十次全国代表大会',
  '重庆银行行长',
  '一心一意，不忘初心',
  '一点儿也不',
  '女儿绿色旅游',
  '略论律吕',
  '嗯，呣，欸',
  '呒啥',
  '噷',
  '中國共產黨',
  '5G时代的“新基建”',
  'COVID-19疫情防控',
  'İstanbul 会议',
  '习近平新时代中国特色社会主义思想学习纲要（2023年版）第一章第二节全文',
  '',
  'abc',
  '　',
  '𠀀𠮷野家',
  '长江长城长长久久',
];

describe('catalogue syllables', () => {
  it('equal the tone-less pinyin-pro output for polyphones, ü, ḿ, ń, ê, 一/不 tone changes, Latin and long titles', () => {
    clearSyllableMemo();
    for (const t of TEXTS) expect(syllables(t), t).toEqual(before(t));
  });

  it('strip every tone-marked reading of every character as pinyin-pro does (its toneNone conversion)', () => {
    let text = '';
    for (let c = 0x3400; c <= 0x9fff; c++) text += String.fromCharCode(c);
    const readings = new Set(polyphonic(text, { type: 'array' }).flat());
    expect(readings.size).toBeGreaterThan(1000);
    // The marks written with a combining character or outside a, e, i, o, u are among them.
    for (const m of ['ǹg', 'ḿ', 'm̀', 'ê̄', 'ế', 'lǚ', 'nǚ']) expect(readings.has(m), m).toBe(true);
    for (const m of readings) {
      const none = (convert(m, { format: 'toneNone' }) as string).toLowerCase().replace(/[^a-z]/g, '');
      expect(plainSyllable(m), m).toBe(none);
    }
  });

  it('equal the tone-less output for every character of the basic block in its default reading', () => {
    let text = '';
    for (let c = 0x4e00; c <= 0x9fff; c++) text += String.fromCharCode(c);
    clearSyllableMemo();
    for (let i = 0; i < text.length; i += 24) {
      const part = text
        .slice(i, i + 24)
        .split('')
        .join('，');
      expect(syllables(part), part).toEqual(before(part));
    }
  });

  it('answer the same from the memo and after it is cleared', () => {
    const first = syllables('全面建成小康社会');
    expect(syllables('全面建成小康社会')).toBe(first);
    clearSyllableMemo();
    expect(syllables('全面建成小康社会')).toEqual(first);
  });
});
