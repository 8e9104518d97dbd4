// Vitest's fork answers the runner over an RPC with a fixed 60 s timeout that no option changes
// (vitest-dev/vitest#8164). A test that computes for a minute without returning to the event loop
// (the whole library's questions on a loaded 2-core machine) leaves the runner's reply unread, and
// the run fails with "Timeout calling onTaskUpdate" though every test passed. Long tests await this
// between their steps.
export const yieldToRunner = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
