// A cached document's hits for a snippet: the remembered search of FoldedText answers as indexOf
// does, and a paragraph's hits listed only as far as a snippet window reaches keep every range the
// window can show (and the full count when asked for it); a cached document's one-term snippets equal
// the per-paragraph path's.
import { describe, expect, it } from 'vitest';
import { FoldedText, rangesInFolded } from '../../../electron/core/search/hit-ranges.js';
import { seededRng } from '../../../electron/core/quiz/rng.js';
import { snippetsOf } from '../../../electron/core/search/snippets.js';
import { DocText } from '../../../electron/core/search/text-cache.js';
import type { Paragraph } from '../../../electron/contract/api.js';

const next = seededRng(5402);
const text = (n: number) => Array.from({ length: n }, () => '党建学习，。\n'[Math.floor(next() * 7)]).join('');

describe('FoldedText.indexOf', () => {
  it('answers as String.indexOf for any sequence of terms and starts', () => {
    for (let round = 0; round < 50; round++) {
      const s = text(300);
      const f = new FoldedText(s);
      for (let k = 0; k < 200; k++) {
        const t = ['党', '党建', '学习', '，。', '建学习'][Math.floor(next() * 5)]!;
        const from = Math.floor(next() * 320);
        expect(f.indexOf(t, from)).toBe(s.indexOf(t, from));
        if (next() < 0.1) f.forget();
      }
    }
  });
});

describe('rangesInFolded within a reach', () => {
  it('lists every range starting before the window ends, and counts all hits when counted', () => {
    for (let round = 0; round < 300; round++) {
      const s = text(40 + Math.floor(next() * 400));
      const from = Math.floor(next() * 20);
      const to = from + Math.floor(next() * (s.length - from));
      const t = ['党', '党建', '学习', '，', '建学'][Math.floor(next() * 5)]!;
      const all = rangesInFolded(s, from, to, [t]);
      const reach = { before: 30, reach: 140, counted: next() < 0.5 };
      const got = rangesInFolded(new FoldedText(s), from, to, [t], reach);
      const limit = all.ranges.length ? Math.max(0, all.ranges[0]![0] - 30) + 140 : 0;
      // Ranges a window from the first hit can show (one touching the last shown is merged into it).
      const shown = all.ranges.filter((r) => r[0] < limit);
      expect(got.ranges).toEqual(shown);
      if (reach.counted) expect(got.count).toBe(all.count);
    }
  });
});

describe('snippetsOf of a cached document, one term', () => {
  /** Non-overlapping occurrences, as the index counts a document's hits. */
  const occurrences = (ps: Paragraph[], t: string) => ps.reduce((n, p) => n + p.text.split(t).length - 1, 0);

  it('equals the per-paragraph path on random documents, terms and hit counts', () => {
    for (let round = 0; round < 300; round++) {
      const paragraphs: Paragraph[] = Array.from({ length: 1 + Math.floor(next() * 12) }, () => ({
        kind: 'p',
        text: text(1 + Math.floor(next() * 600)).replace(/\n/g, ''),
      }));
      const open = () => {
        let at = 0;
        return () => (at < paragraphs.length ? paragraphs.slice(at, (at += 2)) : null);
      };
      const t = ['党', '党建', '学习', '，', '建学', '学学', '。党建', '党建学'][Math.floor(next() * 8)]!;
      // The index's count (the usual case), one less or more, a few, or more than the text holds.
      const all = occurrences(paragraphs, t);
      const hits = [all, all, Math.max(0, all - 1), all + 1, 1 + Math.floor(next() * 6), 1000][Math.floor(next() * 6)]!;
      const cached = new DocText(open());
      cached.uses = 2; // a document shown again: the one-term loop over its folded text
      expect(snippetsOf(cached, [t], hits)).toEqual(snippetsOf(new DocText(open()), [t], hits));
    }
  });
});
