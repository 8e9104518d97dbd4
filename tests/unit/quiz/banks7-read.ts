// Reads a bank for the banks7 cause tests: each row as normalised (kind, stem, options, key,
// blanks) or its reason.
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';

export type Got = {
  kind?: string;
  stem?: string;
  fact?: string;
  options?: string[];
  correct?: number[];
  blanks?: { text: string }[];
};

export async function read(name: string, data: string | Buffer): Promise<(Got | string)[]> {
  const { rows } = await parseBank(name, typeof data === 'string' ? Buffer.from(data) : data);
  return rows.map((r) => (typeof r === 'string' ? r : (normalizeRaw(r) as Got | string)));
}

export const text = (lines: string[]) => read('bank.txt', lines.join('\n'));
/** A row's key: letters' indexes, or the blanks' texts, or the reason it was refused. */
export const key = (r: Got | string) =>
  typeof r === 'string' ? r : r.kind === '填空' ? r.blanks!.map((b) => b.text) : r.correct;
