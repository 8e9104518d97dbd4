// What a file's format tells the import besides its text (a page's title, date and source), and
// what metadata derivation yields (metadata.ts).
import type { DocType } from '../../contract/api.js';
import type { ContentDocument } from './types.js';

export interface ImportHints {
  title?: string;
  type?: DocType;
  date?: string;
  /** When the page holding the text was published: the text's own date (a speech's 题注) comes first. */
  pageDate?: string;
  /** The day a note beside the text says it first appeared (`来源：《某某日报》2023年6月5日`). */
  originDate?: string;
  /** The day the 期刊 issue holding the text came out (issue-day.ts): only for a text with no day of its own. */
  issueDate?: string;
  source?: string;
  speakers?: { name: string; role: string | null }[];
  occasion?: string;
  place?: string;
  /** The site a page came from: the publisher only when the text names none. */
  site?: string;
  /** The one person a page's header names as 作者: the speaker of a speech or an article (a
   * meeting report's 作者 is its reporter, not a speaker). */
  author?: string;
}

/** What metadata derivation yields: a ContentDocument before its 金句, 提法, hash and ids. */
export type DocMetadata = Pick<
  ContentDocument,
  'title' | 'type' | 'date' | 'source' | 'speakers' | 'occasion' | 'place' | 'script' | 'paragraphs'
>;
