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

/** This thread's CPU time in ms (the process's on systems without schedstat). */
function cpuMs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
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
