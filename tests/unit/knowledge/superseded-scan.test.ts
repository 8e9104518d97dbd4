// holdsSupersededLine scans a text once for the lines' first two characters instead of searching
// it once per line: it must answer exactly as the search per line does, on every line, on parts of
// them and on real prose (the bundled library's sentences, where the lines occur in 党史 texts).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holdsSupersededLine, supersededLines } from '../../../electron/core/knowledge/superseded-lines.js';
import { foldedHan } from '../../../electron/core/text/normalize.js';

const plain = (text: string) => {
  const h = foldedHan(text);
  return supersededLines().some((l) => h.includes(l));
};

describe('holdsSupersededLine', () => {
  it('finds every line inside a sentence, and agrees with a search per line on its parts', () => {
    for (const l of supersededLines()) {
      expect(holdsSupersededLine(`当时提出了“${l}”的口号。`)).toBe(true);
      for (const part of [l.slice(1), l.slice(0, -1), `${l.slice(0, 2)}，${l.slice(2)}`])
        expect(holdsSupersededLine(part)).toBe(plain(part));
    }
  });

  it('agrees with a search per line on the sentences of the bundled library', () => {
    const dir = new URL('../../../content/sources/library/', import.meta.url);
    let held = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      const text = fs.readFileSync(new URL(file, dir), 'utf8');
      for (const sentence of text.split(/[。！？\n]/)) {
        expect(holdsSupersededLine(sentence)).toBe(plain(sentence));
        if (plain(sentence)) held++;
      }
    }
    expect(held).toBeGreaterThan(0);
  });
});
