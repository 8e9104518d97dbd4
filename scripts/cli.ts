// Command-line interface for power users and scripts: `npm run cli -- <command> [--json] [--data DIR]`.
// Every command is a call of the same API the UI uses, through the same validators (see cli/run.ts).
import './cli/v8-flags.js'; // first: before any module runs a regular expression
import { runCli } from './cli/run.js';

process.exitCode = await runCli(process.argv.slice(2));
