// Files `npm run build:node` writes beside the bundles, each named by the build's id: a bundle reads only its
// own build's file, and sources run by tsx (no id) compute the same data instead (tifa-prebuilt.ts,
// regex-literals-prebuilt.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the build (esbuild `define`) to a new id per build; undeclared when the sources run as they are. */
declare const __SHELF_BUILD_ID__: string | undefined;

/** The running build's id, or undefined for sources run as they are. */
export const buildId = (): string | undefined =>
  typeof __SHELF_BUILD_ID__ === 'string' ? __SHELF_BUILD_ID__ : undefined;

/** Where the build writes build `id`'s file `name` (`tifa-tables` → dist/node/tifa-tables.<id>.json). */
export const prebuiltFile = (name: string, id: string): string =>
  path.join(fileURLToPath(new URL('../../../dist/node/', import.meta.url)), `${name}.${id}.json`);
