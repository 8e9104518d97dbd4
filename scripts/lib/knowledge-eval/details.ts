// What the CLI prints below the figure rows and writes with --dump: each set's kind (kinds.ts) says what.
import fs from 'node:fs';
import path from 'node:path';
import type { EvalSet, SetReports } from './figure-table.js';

type AnySet = EvalSet<unknown, never>;

/** Detail lines of the sets whose kind prints in [from, to), kinds in section order, sets in table order. */
export function detailLines(sets: readonly AnySet[], reports: SetReports, from: number, to: number): string[] {
  return sets
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.kind.detail && s.kind.section >= from && s.kind.section < to)
    .sort((a, b) => a.s.kind.section - b.s.kind.section || a.i - b.i)
    .flatMap(({ s }) => s.kind.detail!(s.name, reports[s.name]));
}

/** Every wrong answer key, in table order. */
export const wrongKeyLines = (sets: readonly AnySet[], reports: SetReports): string[] =>
  sets
    .flatMap((s) => s.kind.wrongKeys?.(reports[s.name]) ?? [])
    .map((k) => `    wrong key: ${k.stem.slice(0, 50)} — ${k.why}`);

/** Outputs no label judges, by set (only sets with some). */
export function unjudgedBySet(sets: readonly AnySet[], reports: SetReports): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const s of sets) {
    const items = s.kind.unjudged?.(reports[s.name]) ?? [];
    if (items.length) out[s.name] = items;
  }
  return out;
}

/** Writes the dump files into `dir`: each file the items of every set that dumps to it, in table order. */
export function writeDump(sets: readonly AnySet[], reports: SetReports, dir: string): void {
  const files = new Map<string, unknown[]>();
  for (const s of sets)
    for (const [file, items] of Object.entries(s.kind.dump?.(s.name, reports[s.name]) ?? {}))
      files.set(file, [...(files.get(file) ?? []), ...items]);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, items] of files) fs.writeFileSync(path.join(dir, file), JSON.stringify(items, null, 1));
}

/** Maps and sets written as arrays, so a report's every item is dumped. */
const plain = (_: string, v: unknown): unknown => (v instanceof Map || v instanceof Set ? [...v] : v);

/** Writes every figure and each set's whole report (every drawn and judged item) into `dir/reports/`: two runs'
 * dumps compare with `diff -r`. */
export function writeReports(figures: Record<string, number>, reports: SetReports, dir: string): void {
  const out = path.join(dir, 'reports');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'figures.json'), JSON.stringify(figures, null, 1));
  for (const [name, report] of Object.entries(reports))
    fs.writeFileSync(path.join(out, `${name.replace(/[^\w-]+/g, '_')}.json`), JSON.stringify(report, plain, 1));
}
