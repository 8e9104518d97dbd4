// The knowledge ratchet: the evaluation of tests/eval/knowledge (RUBRIC.md) on a bundle built with
// the current code (the suite's shared build) must meet every target and never fall below the best figures committed in
// ratchet.json — so what the app teaches only gets better. `npm run eval:knowledge -- --ratchet`
// records a new best.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  LABELS_DIR,
  LOWER_IS_BETTER,
  meets,
  RATCHET_ONLY,
  runEval,
  type EvalReport,
  type Figures,
} from '../../../scripts/lib/knowledge-eval/run.js';

let report: EvalReport;
// The bundle the unit suite's global setup builds from content/sources with the current code (the
// same build `npm run eval:knowledge` makes; rebuilt whenever electron/ or content/ changes).
beforeAll(async () => {
  report = await runEval(inject('bundlePath'));
}, 600_000); // the whole eval: about 2 min alone, over 5 min on a loaded 2-core machine

const best = JSON.parse(fs.readFileSync(path.join(LABELS_DIR, 'ratchet.json'), 'utf8')) as Figures;

describe('knowledge evaluation', () => {
  it('leaves nothing unjudged (new outputs must be judged and added to the sets)', () => {
    expect(report.tifa.unjudged).toEqual([]);
    expect([
      ...report.tifaDocs.unjudged,
      ...report.tifaDocsHeld.unjudged,
      ...report.tifaDocs26.unjudged,
      ...report.tifaDocs26h.unjudged,
    ]).toEqual([]);
    expect(report.quotes.unjudged).toEqual([]);
    expect(
      [
        report.local21,
        report.held21,
        report.local22,
        report.local22h,
        report.local23,
        report.local23h,
        report.held25,
        report.held25b,
        report.local24,
        report.local24h,
        report.local25,
        report.local25h,
        report.local26,
        report.local26h,
        report.local27,
        report.local27h,
        report.local28,
        report.local28h,
        report.news25,
        report.news25h,
        report.turns25,
        report.turns25h,
        report.turns26,
        report.turns26h,
      ].flatMap((r) => r.unjudged),
    ).toEqual([]);
    expect(report.questions.unjudged.map((q) => q.stem + q.fact)).toEqual([]);
    expect([...report.imported19.unjudged, ...report.imported19h.unjudged].map((q) => q.stem)).toEqual([]);
    expect([...report.imported26.unjudged, ...report.imported26h.unjudged].map((q) => q.stem)).toEqual([]);
    expect([...report.imported27.unjudged, ...report.imported27h.unjudged].map((q) => q.stem)).toEqual([]);
  });

  for (const key of Object.keys(best) as (keyof Figures)[])
    it(`${key} meets its target and does not fall below the committed best`, () => {
      const value = report.figures[key];
      if (!RATCHET_ONLY.includes(key)) expect(meets(key, value), `${key} = ${value}`).toBe(true);
      if (LOWER_IS_BETTER.includes(key)) expect(value).toBeLessThanOrEqual(best[key]);
      else expect(value).toBeGreaterThanOrEqual(best[key] - 1e-9);
    });
});
