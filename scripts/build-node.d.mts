// Types of build-node.mjs (plain JavaScript so npm start can run it before anything is compiled).
export const NODE_OUT: string;
export const NODE_INPUTS: string[];
export function buildNode(): Promise<void>;
/** Rebuilds dist/node when its sources changed; returns whether it built. */
export function ensureNodeBuild(options?: { force?: boolean }): Promise<boolean>;
