// What a format reader hands to the pipeline: raw text(s) plus hints from the file itself.
import type { ImportHints } from '../metadata.js';
import type { TextKind } from '../clean.js';

export interface RawSource {
  text: string;
  kind: TextKind;
  hints: ImportHints;
  /** File name, plus `#row` for rows of a .jsonl file. */
  origin: string;
  /** The raw fields of a .jsonl row, for manifest rules keyed by field values. */
  fields?: Record<string, unknown>;
  /** Lines the file itself marks as headings (Word heading styles, a page's 引题/副标题). */
  headings?: string[];
  /** What the reader removed (page chrome, link lists, pagers) or noticed (damaged bytes). */
  removed?: { reason: string; text: string }[];
  /** The 目录 entries the reader took out of the text (a Word 目录), for splitting a 汇编 into the
   * pieces they list (contents-split.ts). */
  contents?: string[];
  /** Why the file holds no text, when the reader knows better than “too short”. */
  emptyReason?: string;
  /** What the user should know of an imported file (a page that is one of an article's pages). */
  note?: string;
  /** The year (and month) the file gives itself outside its text (a Word page header's date line):
   * for the document's status only, as ownPeriodDate gives it from the text (own-period-date.ts). */
  periodDate?: string;
  /** An item of a page printing several articles, under its own headline: whole however short (a
   * digest's one-sentence item is no stub). */
  pageItem?: boolean;
}

export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}
