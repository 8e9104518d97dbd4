// The postings of one field, held to their definition: every character and every pair of adjacent
// characters (no whitespace between) is a key; per key, (document delta, count) varints for each
// document holding it and, for pairs, the UTF-16 offsets of each occurrence (delta varints, from 0
// in each document); rows come in increasing row key. Random texts, astral characters included,
// and enough of them for the builder's batches to be written more than once.
import { describe, expect, it } from 'vitest';
import { isSpace, PostingsBuilder } from '../../../electron/core/search/postings-builder.js';
import { BODY, postingKeyOf } from '../../../electron/core/search/index-schema.js';
import { randomInts } from '../support/random-ints.js';

const varints = (values: number[]) => {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(v);
  }
  return out;
};

/** key → document → offsets of its occurrences, by the definition. */
function occurrences(texts: string[]): Map<string, Map<number, number[]>> {
  const out = new Map<string, Map<number, number[]>>();
  const add = (key: string, doc: number, at: number) => {
    const docs = out.get(key) ?? new Map<number, number[]>();
    out.set(key, docs);
    docs.set(doc, [...(docs.get(doc) ?? []), at]);
  };
  texts.forEach((text, doc) => {
    let prev: { ch: string; at: number } | null = null;
    for (let i = 0; i < text.length; i++) {
      const at = i;
      const cp = text.codePointAt(i)!;
      if (isSpace(text.charCodeAt(i))) {
        prev = null;
        continue;
      }
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      add(ch, doc, at);
      if (prev) add(prev.ch + ch, doc, prev.at);
      prev = { ch, at };
    }
  });
  return out;
}

describe('postings builder', () => {
  it('writes each key’s documents and offsets as defined, in row key order', () => {
    const pool = '学习发展新质生产力习近平同志指出，。 \n\u3000ab𠮷😀\ud800';
    const rand = randomInts(9);
    const texts = Array.from({ length: 300 }, (_, k) =>
      Array.from({ length: rand(k % 10 === 0 ? 30_000 : 400) }, () => pool[rand(pool.length)]).join(''),
    );
    const b = new PostingsBuilder();
    texts.forEach((t, doc) => b.add(doc, t));
    const rows: [number, number, number[], number[] | null][] = [];
    b.forEachRow(3, BODY, (key, df, docs, pos) => rows.push([key, df, [...docs], pos ? [...pos] : null]));

    const want = [...occurrences(texts)]
      .map(([key, docs]): [number, number, number[], number[] | null] => {
        const ds = [...docs.keys()];
        const docBytes = varints(ds.flatMap((d, i) => [i === 0 ? d : d - ds[i - 1]!, docs.get(d)!.length]));
        const pair = [...key].length === 2;
        const pos = ds.flatMap((d) => docs.get(d)!.map((at, i, all) => (i === 0 ? at : at - all[i - 1]!)));
        return [postingKeyOf(3, BODY, key), ds.length, docBytes, pair ? varints(pos) : null];
      })
      .sort((x, y) => x[0] - y[0]);
    expect(rows.length).toBe(want.length);
    expect(rows).toEqual(want);
    expect(rows.length).toBeGreaterThan(300);
  });
});
