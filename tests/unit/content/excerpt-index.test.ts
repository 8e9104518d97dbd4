// The excerpt (节选) index: a document made of passages of a longer one is found by containment,
// whether the longer one was added by its sketch (an imported document) or frozen (the bundle's).
import { describe, expect, it } from 'vitest';
import { bodyKey } from '../../../electron/core/content/dedupe.js';
import { ExcerptIndex, freezeSketches, sketchOf, sketchOfKey } from '../../../electron/core/content/excerpt.js';

const sentence = (i: number) => `第${i}条意见要求各级党组织把学习贯彻落到实处，推动工作取得新成效，编号${i * 7919}。`;
const full = Array.from({ length: 120 }, (_, i) => sentence(i)).join('');
const part = Array.from({ length: 40 }, (_, i) => sentence(i + 30)).join('');
const other = Array.from({ length: 120 }, (_, i) => `另一篇文章讲的是乡村振兴的第${i}个做法，序号${i * 104729}。`).join(
  '',
);

describe('excerpt index', () => {
  it('sketches hold each sampled shingle hash once, all of them multiples of 16, in text order', () => {
    const s = sketchOf(full);
    expect(s.length).toBeGreaterThan(15);
    expect(new Set(s).size).toBe(s.length);
    expect([...s].every((h) => h % 16 === 0)).toBe(true);
    // Hashes above 2^31 survive as the unsigned values they are.
    expect([...sketchOfKey(bodyKey(full + other))].some((h) => h >= 2 ** 31)).toBe(true);
  });

  it('finds the longer document an excerpt lies in, added by sketch or frozen', () => {
    const added = new ExcerptIndex();
    added.addSketch('other', sketchOf(other));
    added.addSketch('full', sketchOf(full));
    expect(added.containerOf(sketchOf(part))).toMatchObject({ id: 'full' });
    expect(added.containerOf(sketchOf(part))!.contained).toBeGreaterThanOrEqual(0.8);

    const frozen = new ExcerptIndex();
    frozen.addFrozen(
      freezeSketches([
        { id: 'other', sketch: sketchOf(other) },
        { id: 'full', sketch: sketchOf(full) },
      ]),
    );
    expect(frozen.containerOf(sketchOf(part))).toMatchObject({ id: 'full' });
  });

  it('finds nothing for an unrelated text or after the container is removed', () => {
    const ix = new ExcerptIndex();
    ix.addSketch('full', sketchOf(full));
    expect(ix.containerOf(sketchOf(other.slice(0, 1500)))).toBeNull();
    ix.remove('full');
    expect(ix.containerOf(sketchOf(part))).toBeNull();
  });
});
