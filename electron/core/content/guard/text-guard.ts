// Pre-check for plain text: line length (a file without line breaks would make the cleaner work on
// one giant "paragraph"). HTML's tag depth is checked in html-guard.ts.
import { limitError, type ImportLimits } from './limits.js';

/** Throws when a line is longer than the limit (\r\n, \n and \r all end a line). */
export function checkLineLength(text: string, limits: ImportLimits): void {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > limits.maxLineChars) throw limitError.lineTooLong(limits, line);
    start = i + 1;
    line++;
  }
}
