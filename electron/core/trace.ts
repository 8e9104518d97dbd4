// STUDY_SHELF_TRACE=1: a process's timeline on stderr when it exits, for start-up and import
// breakdowns (issue 14): each mark's wall time since the process began and this thread's CPU time
// (Linux: /proc/thread-self/schedstat, which a busy machine does not inflate as it does wall time),
// plus the sums of named spans. Off (the default) a mark is one boolean test.
import fs from 'node:fs';

const on = Boolean(process.env.STUDY_SHELF_TRACE);
type Mark = [name: string, wall: number, cpu: number];
// Shared with scripts/run.mjs, which notes the first line of JavaScript before this module loads.
const marks: Mark[] = ((globalThis as { __shelfTrace?: Mark[] }).__shelfTrace ??= []);
let printing = false;
const spans = new Map<string, { wall: number; cpu: number; n: number }>();
const begun = new Set<string>();

// The schedstat file stays open and is read again from its start: ~3 µs a read instead of ~13 for an
// open, read and close, and an import reads it ~600 times (two per span). /proc/thread-self names
// the thread that opens it; every thread loads its own copy of this module, so each opens its own.
let schedstat: number | null | undefined;
const buf = Buffer.alloc(64);

/** This thread's CPU time in ms (the process's on systems without schedstat). */
function cpuMs(): number {
  if (schedstat === undefined) {
    try {
      schedstat = fs.openSync('/proc/thread-self/schedstat', 'r');
    } catch {
      schedstat = null;
    }
  }
  if (schedstat === null) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  const n = fs.readSync(schedstat, buf, 0, buf.length, 0);
  return Number(buf.toString('latin1', 0, n).split(' ')[0]) / 1e6;
}

function print(): void {
  mark('exit');
  const lines: string[] = [];
  for (const [name, wall, cpu] of marks) lines.push(`trace ${name} ${wall.toFixed(1)} cpu ${cpu.toFixed(1)}`);
  for (const [name, s] of spans) lines.push(`trace span ${name} ${s.wall.toFixed(1)} cpu ${s.cpu.toFixed(1)} n ${s.n}`);
  process.stderr.write(lines.join('\n') + '\n');
}

/** Notes that the process reached `name` now. */
export function mark(name: string): void {
  if (!on) return;
  if (!printing) process.once('exit', print);
  printing = true;
  marks.push([name, performance.now(), cpuMs()]);
}

/** Runs `f`, adding its wall and CPU time to the span `name` (a promise's time until it settles). */
export function span<T>(name: string, f: () => T): T {
  if (!on) return f();
  if (!begun.has(name)) mark(`${name}:first`);
  begun.add(name);
  const wall = performance.now();
  const cpu = cpuMs();
  const add = () => {
    const s = spans.get(name) ?? { wall: 0, cpu: 0, n: 0 };
    s.wall += performance.now() - wall;
    s.cpu += cpuMs() - cpu;
    s.n++;
    spans.set(name, s);
  };
  const out = f();
  if (out instanceof Promise) return out.finally(add) as T;
  add();
  return out;
}

/** The spans' sums so far (a copy), for a benchmark that runs the same work again in one process. */
export function spanTotals(): Map<string, { wall: number; cpu: number; n: number }> {
  return new Map([...spans].map(([name, s]) => [name, { ...s }]));
}
