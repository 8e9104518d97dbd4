import { describe, expect, it } from 'vitest';
import { DuplicateIndex, exactHash, minhash, similarity } from '../../../electron/core/content/dedupe.js';
import { seedBytes } from './helpers.js';

const A = seedBytes('004').toString('utf8');
const B = seedBytes('001').toString('utf8');

describe('dedupe', () => {
  it('exact hash ignores whitespace, punctuation width and script', () => {
    expect(exactHash('构建 城乡统筹，新格局。')).toBe(exactHash('構建城鄉統籌,新格局.'));
    expect(exactHash('构建城乡统筹新格局')).not.toBe(exactHash('构建城乡统筹新局面'));
  });

  it('near-duplicates score high, different documents low', () => {
    const edited = A.replace('5年来', '五年来').replace('党建强则治理强。', '') + '\n附：编者按。';
    expect(similarity(minhash(A), minhash(edited))).toBeGreaterThanOrEqual(0.8);
    expect(similarity(minhash(A), minhash(B))).toBeLessThan(0.3);
  });

  it('DuplicateIndex reports exact and near matches and forgets removed ids', () => {
    const idx = new DuplicateIndex();
    idx.add('a', exactHash(A), A);
    expect(idx.find(exactHash(A), A)).toMatchObject({ id: 'a', kind: 'exact' });
    const reformatted = A.replace(/\n\n/g, '\n').replace(/,/g, '，') + '（本报记者）';
    expect(idx.find(exactHash(reformatted), reformatted)).toMatchObject({ id: 'a' });
    expect(idx.find(exactHash(B), B)).toBeNull();
    idx.remove('a');
    expect(idx.find(exactHash(A), A)).toBeNull();
  });
});
