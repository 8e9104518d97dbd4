// The review files beside the 提法 lexicon: ordinary words (stopwords.txt) and reviewed mining
// candidates (reviewed.json: rejected ones with the reason, so they are not proposed again).
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from '../../electron/core/content/paths.js';

const DIR = path.join(CONTENT_DIR, 'lexicon');

export function readStopwords(): Set<string> {
  const text = fs.readFileSync(path.join(DIR, 'stopwords.txt'), 'utf8');
  return new Set(
    text
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .flatMap((l) => l.split(/\s+/))
      .filter(Boolean),
  );
}

export interface Reviewed {
  rejected: { term: string; reason: string }[];
}

export function readReviewed(): Reviewed {
  const file = path.join(DIR, 'reviewed.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Reviewed) : { rejected: [] };
}

/** Writes a JSON file the way Prettier formats it, so regenerating it leaves no formatting diff. */
export async function writeJsonFormatted(file: string, value: unknown): Promise<void> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(JSON.stringify(value), { ...options, filepath: file }));
}
