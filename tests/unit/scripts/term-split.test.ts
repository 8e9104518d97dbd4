// The search benchmark's split of a mixed query class by term length (the tag class draws 1–3
// characters) and the 10× target judged on the rows of two or more characters only.
import { describe, expect, test } from 'vitest';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { queryClasses } from '../../../scripts/bench/lib/queries.js';
import { ratioTargets, type ClassRow } from '../../../scripts/bench/lib/search-report.js';
import { summarise } from '../../../scripts/bench/lib/stats.js';
import { pickRuns, splitByTermLength, termKind, termLength } from '../../../scripts/bench/lib/term-split.js';

const doc = (i: number, text: string): ContentDocument => ({
  id: `d${i}`,
  title: `标题${i}`,
  type: '讲话',
  date: '2020-01-01',
  source: null,
  speakers: [],
  occasion: null,
  place: null,
  script: 'simplified',
  paragraphs: [{ text } as ContentDocument['paragraphs'][number]],
  quotes: [],
  terms: [],
  hash: String(i),
  origin: 'test',
});
// Each document holds one character of its own, for the rare-character class.
const docs = Array.from({ length: 40 }, (_, i) =>
  doc(i, `坚持和发展中国特色社会主义${String.fromCharCode(0x5000 + i)}全面建设社会主义现代化国家`.repeat(3)),
);

describe('term length split', () => {
  test('the term is the first word, counted in characters', () => {
    expect(termLength('党 tag:bench')).toBe(1);
    expect(termLength('党建 tag:bench')).toBe(2);
    expect(termLength('𠀋 tag:bench')).toBe(1);
    expect(termKind(['党 tag:x', '党建 tag:x'])).toBe('mixed');
    expect(termKind(['党 tag:x'])).toBe('one');
    expect(termKind(['党建', '党建设'])).toBe('multi');
  });

  test("the benchmark's tag class splits into a 1-char and a 2–3-char row covering every query once", () => {
    const classes = queryClasses(docs, 200);
    const tag = classes['filter: tag']!;
    const [one, more, ...rest] = splitByTermLength('filter: tag', tag);
    expect(rest).toEqual([]);
    expect(one!.name).toBe('filter: tag (1 char)');
    expect(more!.name).toBe('filter: tag (2–3 chars)');
    expect([one!.kind, more!.kind]).toEqual(['one', 'multi']);
    expect([...one!.at, ...more!.at].sort((a, b) => a - b)).toEqual(tag.map((_, i) => i));
    expect(one!.at.every((i) => termLength(tag[i]!) === 1)).toBe(true);
    expect(more!.at.every((i) => [2, 3].includes(termLength(tag[i]!)))).toBe(true);
    // sub(1, 3): about a third of the class are single characters.
    expect(one!.at.length).toBeGreaterThan(40);
    expect(one!.at.length).toBeLessThan(95);
    // Every other class is all one side of two characters: no split rows.
    for (const [name, qs] of Object.entries(classes))
      if (name !== 'filter: tag') expect(splitByTermLength(name, qs), name).toEqual([]);
  });

  test('split rows use the same timings, pass by pass', () => {
    const runs = [
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ];
    expect(pickRuns(runs, [1, 3])).toEqual([
      [2, 4],
      [6, 8],
    ]);
    const at = [0, 2];
    expect(summarise(pickRuns(runs, at)).p50).toBe(
      summarise([
        [1, 3],
        [5, 7],
      ]).p50,
    );
  });
});

const row = (name: string, terms: ClassRow['terms'], engine: number, naive: number, extra: Partial<ClassRow> = {}) =>
  ({
    name,
    terms,
    queries: 200,
    engine: { p50: engine, p95: engine, p99: engine, p50Range: [engine, engine], p95Range: [engine, engine] },
    naiveP50: naive,
    ...extra,
  }) as ClassRow;

describe('10× target rows', () => {
  const base = [
    row('1 char', 'one', 1, 12),
    row('2 chars', 'multi', 0.5, 14),
    row('filter: tag', 'mixed', 0.1, 0.9),
    row('filter: tag (1 char)', 'one', 0.1, 0.3, { subOf: 'filter: tag', queries: 66 }),
  ];

  test('met when every ≥ 2-char row reaches 10×, the mixed whole and 1-char rows printed, not judged', () => {
    const lines = ratioTargets([...base, row('filter: tag (2–3 chars)', 'multi', 0.1, 1.2, { subOf: 'filter: tag' })]);
    expect(lines[0]).toMatch(/judged on the 2 rows .*: met \(lowest: filter: tag \(2–3 chars\) 12\.0×\)$/);
    expect(lines[1]).toBe(
      '- single-character rows, exempt from the 10× (a 1-char naive scan is one indexOf): 1 char 12.0×, filter: tag (1 char) 3.0×',
    );
    expect(lines[2]).toContain('filter: tag as a whole');
    expect(lines[2]).toContain('66 of 200 queries are 1 char): 9.0×, printed, not judged');
    expect(lines[2]).toContain('its rows: filter: tag (1 char) 3.0×, filter: tag (2–3 chars) 12.0×');
  });

  test('not met names the ≥ 2-char rows below 10× and only them', () => {
    const lines = ratioTargets([...base, row('filter: tag (2–3 chars)', 'multi', 0.1, 0.8, { subOf: 'filter: tag' })]);
    expect(lines[0]).toMatch(/\*\*not met\*\* — below in: filter: tag \(2–3 chars\) 8\.0×$/);
  });
});
