// Anchoring: annotations re-attach by offset, by quote + context after moves, by head/tail after
// edits inside the quote, and report null (未定位) when the passage is gone.
import { describe, expect, test } from 'vitest';
import { createAnchor, reattach } from '../../../electron/core/workspace/anchor.js';

const paras = [
  '第一段：全面推进乡村振兴。',
  '第二段：坚持以人民为中心的发展思想，推动高质量发展。',
  '第三段：推动高质量发展是首要任务。',
];

describe('anchor', () => {
  test('creates an anchor with quote and context, clamped to the paragraph', () => {
    const a = createAnchor(paras, 1, 4, 13);
    expect(a.quote).toBe('坚持以人民为中心的');
    expect(a.prefix).toBe('第二段：');
    expect(a.suffix.startsWith('发展思想')).toBe(true);
    expect(createAnchor(paras, 0, 10, 999).end).toBe(paras[0]!.length);
  });

  test('re-attaches by offset when the text is unchanged', () => {
    const a = createAnchor(paras, 1, 4, 13);
    expect(reattach(paras, a)).toEqual({ paragraph: 1, start: 4, end: 13, method: 'offset' });
  });

  test('finds moved text by quote search (new paragraph inserted, words added before)', () => {
    const a = createAnchor(paras, 1, 4, 13);
    const moved = [
      '新增的导语。',
      paras[0]!,
      '第二段：我们必须坚持以人民为中心的发展思想，推动高质量发展。',
      paras[2]!,
    ];
    const p = reattach(moved, a)!;
    expect(p.method).toBe('quote');
    expect(p.paragraph).toBe(2);
    expect(moved[2]!.slice(p.start, p.end)).toBe('坚持以人民为中心的');
  });

  test('picks the occurrence whose context matches when the quote occurs twice', () => {
    const a = createAnchor(paras, 2, 4, 11); // 推动高质量发展 in paragraph 3
    expect(a.quote).toBe('推动高质量发展');
    const shifted = ['开头。', ...paras];
    const p = reattach(shifted, a)!;
    expect(p).toMatchObject({ paragraph: 3, start: 4, method: 'quote' });
  });

  test('re-attaches changed text by its unchanged head and tail', () => {
    const a = createAnchor(paras, 1, 4, 25); // 坚持以人民为中心的发展思想，推动高质量发展
    const edited = [paras[0]!, '第二段：坚持以人民为中心的发展理念，推动高质量发展。', paras[2]!];
    const p = reattach(edited, a)!;
    expect(p.method).toBe('bounds');
    expect(edited[1]!.slice(p.start, p.end)).toBe('坚持以人民为中心的发展理念，推动高质量发展');
  });

  test('returns null when the text is lost', () => {
    const a = createAnchor(paras, 1, 4, 13);
    expect(reattach([paras[0]!, '第二段已经完全重写，内容不同。', paras[2]!], a)).toBeNull();
    expect(reattach([], a)).toBeNull();
  });
});
