// Runs the whole knowledge evaluation on a bundle: every set of the table (sets.ts) against the labelled sets in
// tests/eval/knowledge, in table order, and the figures read from their reports. Shared by the CLI
// (`npm run eval:knowledge`) and the ratchet unit test.
import { evalContext } from './eval-context.js';
import { readFigures, type Figures, type SetReports } from './figure-table.js';
import { SETS } from './sets.js';

export { LABELS_DIR } from './eval-context.js';
export type { Figures } from './figure-table.js';

export interface EvalReport {
  figures: Figures;
  /** Each set's report by set name. */
  reports: SetReports;
}

/** `timed` hears each set's milliseconds (work it shares with later sets is counted where first done). */
export async function runEval(
  bundlePath: string,
  sets = SETS,
  timed?: (name: string, ms: number) => void,
): Promise<EvalReport> {
  const ctx = evalContext(bundlePath);
  const reports: Record<string, unknown> = {};
  for (const s of sets) {
    const t0 = performance.now();
    reports[s.name] = await s.run(ctx);
    timed?.(s.name, performance.now() - t0);
  }
  return { figures: readFigures(sets, reports), reports };
}
