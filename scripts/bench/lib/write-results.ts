// Writes a results file under bench/results: the generated report, then whatever a person wrote
// below the NOTES_MARKER line in the previous version (spread of earlier runs, why a design was
// chosen), so re-running a benchmark never deletes the reasoning beside its numbers.
import fs from 'node:fs';

export const NOTES_MARKER = '<!-- Notes below are written by hand and kept when the benchmark is re-run. -->';

export function writeResults(file: string, generated: string): void {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const at = old.indexOf(NOTES_MARKER);
  const notes = at < 0 ? '' : `\n${old.slice(at)}`;
  fs.writeFileSync(file, `${generated.trimEnd()}\n${notes}`);
}
