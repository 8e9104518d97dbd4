// The CLI's CommonJS entry (dist/node/cli.cjs): the same runCli as scripts/cli.ts, without its top-level
// await, so that scripts/lib/code-cache.mjs can compile the whole CLI as one vm.Script with V8's code cache.
import './v8-flags.js'; // first: before any module runs a regular expression
export { runCli } from './run.js';
