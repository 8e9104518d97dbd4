// What a CLI command is: how it turns arguments into an API call (or a series of them, e.g. an
// import in batches the contract accepts), and optionally what it does with the result (write an
// exported file, print a table).
import fs from 'node:fs';
import type { ApiMethod } from '../../electron/contract/api.js';
import type { ImportLimits } from '../../electron/core/content/guard/limits.js';
import { flagString, type ParsedArgs } from '../lib/args.js';

/** What a command may need besides its arguments (e.g. the data folder, to stage a large file). */
export interface CommandEnv {
  dataDir: string;
}

/** A mistake in the command line itself: printed as a Chinese message, exit code 2. */
export class UsageError extends Error {}

export interface Call {
  method: ApiMethod;
  arg: unknown;
}

export interface Command {
  help: string;
  /** One call, or calls made in turn (stopping at the first failure) whose values `merge` joins. */
  call(args: ParsedArgs, env: CommandEnv): Call | Iterable<Call>;
  merge?(values: unknown[]): unknown;
  /** Optional: starts slow preparations (the import worker, or the pipeline on this thread) before
   * the core loads, without waiting for them (`ready` settles when they are done); may answer with
   * import limits for the core (what the CLI reads on its own thread); `release` is called once the
   * command's calls are done (what was prepared for them can go). */
  warm?(
    args: ParsedArgs,
  ): Promise<{ importLimits?: Partial<ImportLimits>; ready?: Promise<void>; release?: () => void } | void>;
  /** Optional side effect on success (e.g. writing an exported file); returns what to print. */
  write?(value: unknown, args: ParsedArgs): string;
}

export const num = (args: ParsedArgs, name: string): number | undefined => {
  const v = flagString(args, name);
  return v === undefined ? undefined : Number(v);
};

/** Flags every command accepts; anything else is refused instead of being ignored. */
const COMMON_FLAGS = new Set(['json', 'data', 'bundle', 'help']);

export function refuseUnknownFlags(args: ParsedArgs, allowed: string[] = []): void {
  const unknown = Object.keys(args.flags).filter((f) => !COMMON_FLAGS.has(f) && !allowed.includes(f));
  if (unknown.length)
    throw new UsageError(
      `未知的选项：${unknown.map((f) => `--${f}`).join('、')}。文件名以 - 开头时，请写在 -- 之后（例如 import -- --文件.txt）。`,
    );
}

/** One stat per file (existsSync and then statSync made two); any error reads as missing. */
function isFile(f: string): boolean {
  try {
    return fs.statSync(f, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Files named on the command line: every one must exist, none is skipped silently. */
export function existingFiles(files: string[]): string[] {
  if (files.length === 0) throw new UsageError('请指定至少一个文件。');
  const missing = files.filter((f) => !isFile(f));
  if (missing.length) throw new UsageError(`找不到文件：${missing.join('、')}`);
  return files;
}
