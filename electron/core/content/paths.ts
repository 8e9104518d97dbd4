// Where the bundled library's sources and build output live in the repository.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CONTENT_DIR = path.join(ROOT, 'content');
export const SOURCES_DIR = path.join(CONTENT_DIR, 'sources');
export const MANIFEST_PATH = path.join(CONTENT_DIR, 'manifest.json');
export const BUNDLE_OUT_PATH = path.join(CONTENT_DIR, 'build', 'content.sqlite');
