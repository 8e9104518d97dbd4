// What a format reader hands to the pipeline: raw text(s) plus hints from the file itself.
import type { ImportHints } from '../metadata.js';
import type { TextKind } from '../clean.js';

export interface RawSource {
  text: string;
  kind: TextKind;
  hints: ImportHints;
  /** File name, plus `#row` for rows of a .jsonl file. */
  origin: string;
}

export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}
