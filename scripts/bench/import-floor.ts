// `STUDY_SHELF_TRACE=1 node --import tsx scripts/bench/import-floor.ts <passes> <files…>`: the same CLI
// import run again and again in one process (a new data folder each time), to read what the import
// costs once nothing is cold: wall and thread CPU per pass, and per pass the trace's marks (pipeline,
// store, index). Pass 1 is a new process's import without the process start; the later passes are
// the input's own work at its warm rate, the floor a new process could reach only with every module
// loaded and compiled before it starts (issue 14).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../cli/run.js';
import { spanTotals } from '../../electron/core/trace.js';

const [passes, ...files] = process.argv.slice(2);
const trace = (globalThis as { __shelfTrace?: [string, number, number][] }).__shelfTrace;
const cpuMs = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const quiet = { out: () => {}, err: (t: string) => console.error(t), env: process.env };
for (let pass = 1; pass <= Number(passes); pass++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-floor-'));
  const from = trace?.length ?? 0;
  const before = spanTotals();
  const wall = performance.now();
  const cpu = cpuMs();
  const code = await runCli(['import', ...files, '--data', dir, '--json'], quiet);
  const line = [
    `pass ${pass}`,
    `rc ${code}`,
    `wall ${(performance.now() - wall).toFixed(1)}`,
    `cpu ${(cpuMs() - cpu).toFixed(1)}`,
  ];
  // Each mark's wall and CPU since the previous one, for the import's steps.
  const marks = trace?.slice(from) ?? [];
  for (let i = 1; i < marks.length; i++)
    line.push(
      `${marks[i]![0]} ${(marks[i]![1] - marks[i - 1]![1]).toFixed(1)}/${(marks[i]![2] - marks[i - 1]![2]).toFixed(1)}`,
    );
  // The spans this pass added (the pipeline, 提法, store per file).
  for (const [name, s] of spanTotals()) {
    const b = before.get(name) ?? { wall: 0, cpu: 0, n: 0 };
    line.push(`span ${name} ${(s.wall - b.wall).toFixed(1)}/${(s.cpu - b.cpu).toFixed(1)} n ${s.n - b.n}`);
  }
  console.log(line.join('  '));
  fs.rmSync(dir, { recursive: true, force: true });
}
