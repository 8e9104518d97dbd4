// Limits of API calls that callers size their calls by (the CLI's import batches), here rather than
// in the contract so that reading them does not load the contract's validators (zod).

/** Files one importFiles call takes. One call stores each file on its own and indexes them in one
 * segment, so larger calls write fewer, larger segments; the UI sends one file per call. */
export const IMPORT_FILES_MAX = 1000;
