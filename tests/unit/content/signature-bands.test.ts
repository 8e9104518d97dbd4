// The banded near-duplicate lookup must give exactly the full scan's answers: a signature that
// differs from a known one in 12 positions (similarity 52/64 ≥ 0.8) is found wherever those
// positions fall; 13 differences (51/64) is not a near duplicate.
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, exactHash, NEAR_DUPLICATE, similarity } from '../../../electron/core/content/dedupe.js';

function rng(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** A copy of `sig` with `k` distinct random positions changed. */
function mutate(sig: Uint32Array, k: number, rand: () => number): Uint32Array {
  const out = sig.slice();
  const positions = [...out.keys()].sort(() => rand() - 0.5).slice(0, k);
  for (const p of positions) out[p] = (out[p]! + 1 + Math.floor(rand() * 1000)) >>> 0;
  return out;
}

function bruteForce(known: { id: string; sig: Uint32Array }[], sig: Uint32Array) {
  let best: { id: string; score: number } | null = null;
  for (const s of known) {
    const score = similarity(sig, s.sig);
    if (score >= NEAR_DUPLICATE && (!best || score > best.score)) best = { id: s.id, score };
  }
  return best;
}

describe('near-duplicate lookup by signature bands', () => {
  it('agrees with the full scan on 2,000 lookups of 0–20 changed positions', () => {
    const rand = rng(7);
    const base = Array.from({ length: 40 }, () => Uint32Array.from({ length: 64 }, () => (rand() * 2 ** 32) >>> 0));
    const known: { id: string; sig: Uint32Array }[] = [];
    const idx = new DuplicateIndex();
    // Near copies of one another among the known signatures, so ties and best-of-several occur.
    base.forEach((sig, i) => {
      for (const k of [0, 6, 11]) {
        const s = k ? mutate(sig, k, rand) : sig;
        const id = `d${i}-${k}`;
        known.push({ id, sig: s });
        idx.addFingerprint(id, `h-${id}`, { sig: s, sketch: new Uint32Array() });
      }
    });
    let near = 0;
    for (let n = 0; n < 2000; n++) {
      const k = n % 21;
      const probe = mutate(base[n % base.length]!, k, rand);
      const want = bruteForce(known, probe);
      const got = idx.findSignature('none', () => probe);
      expect(got && { id: got.id, score: got.score }).toEqual(want);
      if (want) near++;
    }
    expect(near).toBeGreaterThan(500);
    expect(near).toBeLessThan(2000);
  });

  it('finds a signature with 12 changes and not one with 13, wherever they fall', () => {
    const rand = rng(11);
    const sig = Uint32Array.from({ length: 64 }, (_, i) => i * 7919);
    const idx = new DuplicateIndex();
    idx.addFingerprint('a', 'ha', { sig, sketch: new Uint32Array() });
    // Spread evenly, so that any cut into 12 or fewer bands has a change in every band.
    for (let o = 0; o < 5; o++) {
      const spread = sig.slice();
      for (let i = 0; i < 12; i++) spread[Math.floor((i * 64) / 12) + o]! += 1;
      expect(idx.findSignature('x', () => spread)).toMatchObject({ id: 'a', score: 52 / 64 });
    }
    for (let n = 0; n < 300; n++) {
      expect(idx.findSignature('x', () => mutate(sig, 12, rand))).toMatchObject({ id: 'a', score: 52 / 64 });
      expect(idx.findSignature('x', () => mutate(sig, 13, rand))).toBeNull();
    }
  });

  it('keeps finding after documents are added and removed', () => {
    const sig = Uint32Array.from({ length: 64 }, (_, i) => i + 1);
    const idx = new DuplicateIndex();
    idx.addFingerprint('a', 'ha', { sig, sketch: new Uint32Array() });
    expect(idx.findSignature('x', () => sig)).toMatchObject({ id: 'a' }); // builds the bands
    idx.addFingerprint('b', 'hb', { sig: sig.map((v) => v + 100), sketch: new Uint32Array() });
    expect(idx.findSignature('x', () => sig.map((v) => v + 100))).toMatchObject({ id: 'b' });
    idx.remove('a');
    expect(idx.findSignature('x', () => sig)).toBeNull();
    expect(idx.findSignature('x', () => sig.map((v) => v + 100))).toMatchObject({ id: 'b' });
    expect(idx.find(exactHash('x'), 'x')).toBeNull();
  });
});
