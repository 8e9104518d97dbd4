// Shared helpers for the content tests: seed files from the repository's content/sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEEDS_DIR = path.join(REPO, 'content', 'sources', 'seeds');
export const SOURCES_DIR = path.join(REPO, 'content', 'sources');

export function seedName(prefix: string): string {
  const f = fs.readdirSync(SEEDS_DIR).find((n) => n.startsWith(prefix));
  if (!f) throw new Error(`seed ${prefix} missing`);
  return f;
}

export function seedBytes(prefix: string): Buffer {
  return fs.readFileSync(path.join(SEEDS_DIR, seedName(prefix)));
}
