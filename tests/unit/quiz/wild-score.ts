// Scores the question-bank importer on the labelled real-shape fixtures in fixtures/wild: every
// row of every file is compared with its label (stem, options, kind, answer key, or “invalid”).
import fs from 'node:fs';
import path from 'node:path';
import { parseBank } from '../../../electron/core/quiz/import.js';
import { normalizeRaw } from '../../../electron/core/quiz/import-normalize.js';
import { FIXTURES } from './helpers.js';

export const WILD = path.join(FIXTURES, 'wild');

export interface Label {
  kind?: string;
  stem?: string;
  fact?: string;
  options?: string[];
  correct?: number[];
  blanks?: string[];
  invalid?: string;
}

/** right: as labelled; wrongKey: imported with a wrong (or unverifiable) key; wrongText: key right, text not;
 * missed: a valid item listed invalid; noReason: invalid as labelled but the reason is not the labelled one. */
export type Verdict = 'right' | 'wrongKey' | 'wrongText' | 'missed' | 'noReason';

export interface ItemResult {
  file: string;
  index: number;
  verdict: Verdict;
  got: string;
}

export function loadLabels(): Record<string, { shape: string; items: Label[] }> {
  return JSON.parse(fs.readFileSync(path.join(WILD, 'labels.json'), 'utf8'));
}

function judge(label: Label, got: ReturnType<typeof normalizeRaw> | null): Verdict {
  if (label.invalid !== undefined) {
    if (got === null || typeof got === 'string')
      return got !== null && got.includes(label.invalid) && /[\u4e00-\u9fff]/.test(got) ? 'right' : 'noReason';
    return 'wrongKey';
  }
  if (got === null || typeof got === 'string') return 'missed';
  const key =
    got.kind === label.kind &&
    (label.kind === '填空'
      ? JSON.stringify(got.blanks.map((b) => b.text)) === JSON.stringify(label.blanks)
      : JSON.stringify(got.correct) === JSON.stringify(label.correct));
  if (!key) return 'wrongKey';
  const text =
    (label.stem === undefined || got.stem === label.stem) &&
    (label.fact === undefined || got.fact === label.fact) &&
    (label.options === undefined || JSON.stringify(got.options) === JSON.stringify(label.options));
  return text ? 'right' : 'wrongText';
}

/** `only`: score the files it accepts (a round's own files while working on them). */
export async function scoreWild(only: (file: string) => boolean = () => true): Promise<ItemResult[]> {
  const out: ItemResult[] = [];
  for (const [file, { items }] of Object.entries(loadLabels())) {
    if (!only(file)) continue;
    let rows: Awaited<ReturnType<typeof parseBank>>['rows'] = [];
    try {
      rows = (await parseBank(file, fs.readFileSync(path.join(WILD, file)))).rows;
    } catch (e) {
      rows = items.map(() => `文件被拒绝：${(e as Error).message}`);
    }
    items.forEach((label, i) => {
      const row = rows[i];
      const got = row === undefined ? null : typeof row === 'string' ? row : normalizeRaw(row);
      out.push({ file, index: i + 1, verdict: judge(label, got), got: JSON.stringify(got).slice(0, 160) });
    });
    // Rows beyond the labels are items the importer invented (missing rows are counted above).
    if (rows.length > items.length)
      out.push({ file, index: rows.length, verdict: 'wrongText', got: `rows ${rows.length} > labels ${items.length}` });
  }
  return out;
}

export function summary(results: ItemResult[]): Record<Verdict | 'total', number> {
  const s = { total: results.length, right: 0, wrongKey: 0, wrongText: 0, missed: 0, noReason: 0 };
  for (const r of results) s[r.verdict]++;
  return s;
}
