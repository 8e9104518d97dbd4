// The knowledge ratchet: the evaluation of tests/eval/knowledge (RUBRIC.md) on a bundle built with
// the current code (the suite's shared build) must meet every target and never fall below the best figures committed in
// ratchet.json — so what the app teaches only gets better. `npm run eval:knowledge -- --ratchet`
// records a new best.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LABELS_DIR, runEval, type EvalReport, type Figures } from '../../../scripts/lib/knowledge-eval/run.js';
import { belowRatchet, missedTargets } from '../../../scripts/lib/knowledge-eval/figure-table.js';
import { unjudgedBySet } from '../../../scripts/lib/knowledge-eval/details.js';
import { FIGURES, SETS } from '../../../scripts/lib/knowledge-eval/sets.js';

let report: EvalReport;
// The bundle the unit suite's global setup builds from content/sources with the current code (the
// same build `npm run eval:knowledge` makes; rebuilt whenever electron/ or content/ changes).
// The whole eval: 7.5 min alone, 9.4 min to over 10 beside the rest of the suite in CI (stop 59), more when loaded;
// stop 60: 308 s CPU (user+sys), was 822 s measured under --cpu-prof (the draws share one import of the common files).
beforeAll(async () => {
  report = await runEval(inject('bundlePath'));
}, 1_800_000);

const best = JSON.parse(fs.readFileSync(path.join(LABELS_DIR, 'ratchet.json'), 'utf8')) as Figures;

describe('knowledge evaluation', () => {
  it('leaves nothing unjudged (new outputs must be judged and added to the sets)', () => {
    expect(unjudgedBySet(SETS, report.reports)).toEqual({});
  });

  for (const f of FIGURES.filter((f) => best[f.key] !== undefined))
    it(`${f.key} meets its target and does not fall below the committed best`, () => {
      const value = report.figures[f.key];
      expect(missedTargets([f], report.figures), `${f.key} = ${value}`).toEqual([]);
      expect(belowRatchet([f], report.figures, best), `${f.key} = ${value}, best ${best[f.key]}`).toEqual([]);
    });
});
