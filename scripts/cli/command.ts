// What a CLI command is: how it turns arguments into one API call, and optionally what it does with
// the result (write an exported file, print a table).
import type { ApiMethod } from '../../electron/contract/api.js';
import { flagString, type ParsedArgs } from '../lib/args.js';

export interface Command {
  help: string;
  call(args: ParsedArgs): { method: ApiMethod; arg: unknown };
  /** Optional side effect on success (e.g. writing an exported file); returns what to print. */
  write?(value: unknown, args: ParsedArgs): string;
}

export const num = (args: ParsedArgs, name: string): number | undefined => {
  const v = flagString(args, name);
  return v === undefined ? undefined : Number(v);
};
