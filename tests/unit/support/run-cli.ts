// Runs the CLI in-process (the same `runCli` the entry script calls) with captured output, so CLI
// tests cost a function call instead of spawning a TypeScript loader per case.
import { runCli } from '../../../scripts/cli/run.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function cli(args: string[], env: NodeJS.ProcessEnv = { STUDY_SHELF_DATA: '' }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a command that must succeed with `--json` and returns the parsed output. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked by the assertions
export async function cliJson<T = any>(args: string[], env?: NodeJS.ProcessEnv): Promise<T> {
  const r = await cli([...args, '--json'], env);
  if (r.code !== 0) throw new Error(`cli ${args.join(' ')} failed (${r.code}): ${r.err || r.out}`);
  return JSON.parse(r.out) as T;
}
