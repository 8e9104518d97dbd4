// Command-line interface for power users and scripts: `npm run cli -- <command> [--json] [--data DIR]`.
// Every command is a call of the same API the UI uses, through the same validators (see cli/run.ts).
import './cli/v8-flags.js'; // first: before any module runs a regular expression
import { runCli } from './cli/run.js';

const code = await runCli(process.argv.slice(2));
// The command is done, its databases closed and its output written: leave now instead of tearing
// the process down in order (every thread's heap freed page by page after the exit event: from that
// event to the process's end 191 -> 119 ms, median of 8 alternated 100-file imports at load 11, issue
// 14). Only once the output is flushed: pipes are asynchronous on some systems, and process.exit()
// would cut what is still buffered.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
process.exitCode = code;
