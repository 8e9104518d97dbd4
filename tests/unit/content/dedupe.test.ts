import { describe, expect, it } from 'vitest';
import {
  bodyKey,
  DuplicateIndex,
  exactHash,
  fingerprint,
  minhash,
  similarity,
} from '../../../electron/core/content/dedupe.js';
import { seedBytes } from './helpers.js';
import { randomInts } from '../support/random-ints.js';

const A = seedBytes('004').toString('utf8');
const B = seedBytes('001').toString('utf8');

/** MinHash by its definition: per permutation p, the least (A[p]·h + B[p]) mod 2^32 over the FNV-1a
 * hashes h of the body key's 5-character shingles (the whole key when shorter). */
function plainMinhash(text: string): number[] {
  const key = bodyKey(text);
  const shingles: number[] = [];
  for (let i = 0; i === 0 || i + 5 <= key.length; i++) {
    let h = 0x811c9dc5;
    for (const ch of key.slice(i, i + 5).split('')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
    shingles.push(h >>> 0);
  }
  return Array.from({ length: 64 }, (_, p) => {
    const a = BigInt((Math.imul(p + 1, 0x9e3779b1) | 1) >>> 0);
    const b = BigInt(Math.imul(p + 7, 0x85ebca6b) >>> 0);
    return Math.min(...shingles.map((h) => Number((a * BigInt(h) + b) % 2n ** 32n)));
  });
}

/** The excerpt sketch by its definition: the FNV-1a hashes of the body key's 8-character shingles
 * whose low 4 bits are 0, each once, in text order. */
function plainSketch(text: string): number[] {
  const key = bodyKey(text);
  const out: number[] = [];
  for (let i = 0; i + 8 <= key.length; i++) {
    let h = 0x811c9dc5;
    for (const ch of key.slice(i, i + 8).split('')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
    if ((h & 15) === 0 && !out.includes(h >>> 0)) out.push(h >>> 0);
  }
  return out;
}

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

  it('computes the signature of its definition, on random texts of every length', () => {
    const pool = '构建城乡统筹新格局，。 ABC學習😀\ud800';
    const rand = randomInts(5);
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: rand(k % 10 === 0 ? 2000 : 40) }, () => pool[rand(pool.length)]).join('');
      expect([...minhash(text)]).toEqual(plainMinhash(text));
    }
    expect([...minhash(A)]).toEqual(plainMinhash(A));
  });

  it('a fingerprint holds both definitions, its two shingle hashes taken in one pass', () => {
    const pool = '构建城乡统筹新格局，。 ABC學習😀\ud800';
    const rand = randomInts(7);
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: rand(k % 10 === 0 ? 3000 : 60) }, () => pool[rand(pool.length)]).join('');
      const fp = fingerprint(text);
      expect([...fp.sig]).toEqual(plainMinhash(text));
      expect([...fp.sketch]).toEqual(plainSketch(text));
    }
    expect([...fingerprint(A).sketch]).toEqual(plainSketch(A));
  });
});
