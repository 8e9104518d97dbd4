// Shared by the speech rounds' line tests: a page's 金句 as [speaker, text], and whom each paragraph's 他/她 is.
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';

export const quotes = (title: string, lines: string[], type = '文章', speakers: string[] = []) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: speakers.map((name) => ({ name, role: null })), occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！？]$/, '')]);

export const whom = (paragraphs: string[], own: string[]) =>
  pronounSpeakers(paragraphs, own).map((ps) => ps.map((p) => p.name));
