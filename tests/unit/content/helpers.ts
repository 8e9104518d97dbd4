// Shared helpers for the content tests: seed files from the repository's content/sources, a speech's text and
// the one document a file imports as.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';

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

/** Two sentences of a speech's text, for files built in a test. */
export const SPEECH_TEXT = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
];

/** The one document a file imports as. */
export async function importOne(name: string, bytes: Uint8Array | Buffer) {
  const res = await importBytes(name, Buffer.from(bytes));
  expect(res.documents).toHaveLength(1);
  return res.documents[0]!;
}
