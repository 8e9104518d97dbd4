// The knowledge evaluation's table (scripts/lib/knowledge-eval/sets.ts) and the checks derived from it: a gated figure
// below its target fails the suite, a ratchet-only one does not, any figure below its committed best fails the ratchet,
// and --ratchet records only improvements.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  belowRatchet,
  count,
  defineSet,
  figureLine,
  missedTargets,
  percent,
  raiseRatchet,
  ratio,
  RATCHET_ONLY,
  readFigures,
} from '../../../scripts/lib/knowledge-eval/figure-table.js';
import { DERIVED } from '../../../scripts/lib/knowledge-eval/kinds.js';
import { LABELS_DIR } from '../../../scripts/lib/knowledge-eval/eval-context.js';
import { FIGURES, SETS } from '../../../scripts/lib/knowledge-eval/sets.js';

type Report = { precision: number; wrong: number };
const set = defineSet<Report, unknown>({
  name: 'small',
  kind: DERIVED as never,
  run: () => ({ precision: 0.8, wrong: 1 }),
  figures: [
    ratio('precisionGated', 'precision', 0.9, (r) => r.precision),
    ratio('precisionHeld', 'precision held', 0.9, (r) => r.precision, RATCHET_ONLY),
    count('wrong', 'wrong', 0, (r) => r.wrong),
    count('wrongOther', 'wrong, read from another set', 1, (_, all) => (all.small as Report).wrong),
  ],
});
const rows = set.figures;
const figures = readFigures([set], { small: { precision: 0.8, wrong: 1 } });

describe('figures derived from the table', () => {
  it('reads each figure from its set’s report', () => {
    expect(figures).toEqual({ precisionGated: 0.8, precisionHeld: 0.8, wrong: 1, wrongOther: 1 });
  });

  it('fails a gated figure below its target, not a ratchet-only one; a count fails above its target', () => {
    expect(missedTargets(rows, figures)).toEqual(['precisionGated', 'wrong']);
    expect(missedTargets(rows, { ...figures, precisionGated: 0.9, wrong: 0 })).toEqual([]);
  });

  it('fails any figure below its committed best, ratchet-only ones too, and a count above it', () => {
    const best = { precisionGated: 0.8, precisionHeld: 0.85, wrong: 1, wrongOther: 0 };
    expect(belowRatchet(rows, figures, best)).toEqual(['precisionHeld', 'wrongOther']);
    expect(belowRatchet(rows, figures, { precisionGated: 0.7 })).toEqual([]);
  });

  it('records only improvements and new figures with --ratchet', () => {
    const best = { precisionGated: 0.85, precisionHeld: 0.7, wrong: 2 };
    expect(raiseRatchet(rows, figures, best)).toEqual({
      precisionGated: 0.85,
      precisionHeld: 0.8,
      wrong: 1,
      wrongOther: 1,
    });
  });

  it('prints a row with its mark, value and target', () => {
    expect(figureLine(rows[0]!, 0.8)).toBe(`  ✗ ${'precision'.padEnd(36)}    0.800   target ≥ 0.900`);
    expect(figureLine(rows[2]!, 0)).toBe(`  ✓ ${'wrong'.padEnd(36)}        0   target = 0`);
    const share = percent('share', 'share', 0.8, () => 0);
    expect(figureLine(share, 0.891)).toBe(`  ✓ ${'share'.padEnd(36)}   89.1 %   target ≥ 80.0 %`);
  });
});

describe('the table', () => {
  it('names each set and each figure once', () => {
    const names = SETS.map((s) => s.name);
    const keys = FIGURES.map((f) => f.key);
    expect(names.length).toBe(new Set(names).size);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('holds every figure ratchet.json records', () => {
    const best = JSON.parse(fs.readFileSync(path.join(LABELS_DIR, 'ratchet.json'), 'utf8')) as Record<string, number>;
    const keys = new Set(FIGURES.map((f) => f.key));
    expect(Object.keys(best).filter((k) => !keys.has(k))).toEqual([]);
  });
});
