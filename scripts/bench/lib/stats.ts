// Percentiles, the spread of repeated runs, the machine's load and number formatting for the
// benchmark reports.
import os from 'node:os';

export function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  /** Lowest and highest p50 / p95 over the runs. */
  p50Range: [number, number];
  p95Range: [number, number];
}

/** Median over runs of each run's percentiles, with the spread. */
export function summarise(runs: readonly number[][]): Summary {
  const per = runs.map((r) => ({ p50: pct(r, 50), p95: pct(r, 95), p99: pct(r, 99) }));
  const mid = (k: 'p50' | 'p95' | 'p99') =>
    pct(
      per.map((x) => x[k]),
      50,
    );
  const range = (k: 'p50' | 'p95'): [number, number] => [
    Math.min(...per.map((x) => x[k])),
    Math.max(...per.map((x) => x[k])),
  ];
  return { p50: mid('p50'), p95: mid('p95'), p99: mid('p99'), p50Range: range('p50'), p95Range: range('p95') };
}

export const ms = (x: number) => (!Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
export const mb = (b: number) => (b / 1048576).toFixed(1);
export const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
export const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? '?'}, Node ${process.versions.node}`;

/** CPU time of this process in ms (less sensitive than wall time to other jobs on the machine). */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
