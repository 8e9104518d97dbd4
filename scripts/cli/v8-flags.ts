// V8 settings for a CLI process, which lives for one command: imported first by scripts/cli.ts, so
// they hold before any other module runs a regular expression.
import v8 from 'node:v8';

/** By default V8 first compiles a regular expression to bytecode and interprets it, then compiles it
 * again to machine code once it runs a second time. The import runs several hundred expressions over
 * every line of its files, nearly all more than once, so in a short process the double compilation
 * is most of their first-use cost (−40 ms of CPU on the 100-file import's cold pipeline, issue 14).
 * Compiled straight to machine code they match exactly as before (same engine, same semantics); the
 * server, which runs for hours, keeps the default.
 *
 * V8 also gives a function its feedback vector (what its optimised code is later built from) only
 * after several calls, so a function called a few times with long loops (the duplicate sketch of
 * each document, the index build) runs those loops unoptimised. Allocated at the first call, they
 * tier up sooner: main-thread CPU of the 100-file import −150 ms in 16 alternated pairs (perf59). */
const CLI_V8_FLAGS = '--no-regexp-tier-up --no-lazy-feedback-allocation';

v8.setFlagsFromString(CLI_V8_FLAGS);
