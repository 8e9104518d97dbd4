// Shared by the speech rounds' line tests: a page's 金句 as [speaker, text], and whom each paragraph's 他/她 is.
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';

export const quotes = (title: string, lines: string[], type = '文章', speakers: string[] = []) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: speakers.map((name) => ({ name, role: null })), occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！？]$/, '')]);

export const whom = (paragraphs: string[], own: string[]) =>
  pronounSpeakers(paragraphs, own).map((ps) => ps.map((p) => p.name));

export const paras = (lines: string[]) => lines.map((text): Paragraph => ({ kind: 'p', text }));

/** Each candidate as [speaker, text without its full stop]: who a line is credited to, before any ranking. */
export const credited = (title: string, lines: string[], type = '文章') =>
  quoteCandidates({ paragraphs: paras(lines), type, speakers: [], title }).map((c) => [
    c.speaker,
    c.text.replace(/[。！？]$/, ''),
  ]);
