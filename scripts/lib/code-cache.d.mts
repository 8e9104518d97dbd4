// Types of code-cache.mjs (plain JavaScript: scripts/run.mjs loads it before anything is compiled).
export function cachePathOf(file: string): string;
/** Runs the CLI bundle's command; `compiled` hears whether the code cache was used. */
export function runCachedCli(
  file: string,
  argv: string[],
  compiled?: (from: 'cache' | 'source') => void,
): Promise<number>;
/** One import of `files` into `dataDir` with the bundle, then its code cache written beside it. */
export function trainCodeCache(file: string, files: string[], dataDir: string): Promise<void>;
