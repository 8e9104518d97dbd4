// The app version, read once from package.json (kept next to the code in dev and in the asar).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const APP_VERSION: string = (require('../../package.json') as { version: string }).version;
