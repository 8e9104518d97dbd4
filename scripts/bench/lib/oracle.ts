// The benchmark's independent oracle: a plain scan over the raw text with its own folding (NFKC,
// lower case and OpenCC's Taiwan/Hong Kong → mainland conversion of each character, written here
// without the app's folding table) and its own reading of the query syntax (space = AND, "phrase", -exclude, OR,
// year:, type:, tag: with sub-tags). It returns the matching ids and, per document, the hit count
// (non-overlapping occurrences of each positive term in the title and paragraphs), so the engine
// is checked on its final results. Its matching over pre-folded text is also the naive baseline.
import * as OpenCC from 'opencc-js';
import type { ContentDocument } from '../../../electron/core/content/types.js';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hk2s = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** The search folding's definition: character by character (so offsets stay aligned), a
 * character whose NFKC form or conversion is not one character is kept as it is. Whole-string
 * OpenCC would read 著名 as a word and keep 著; per character, 著 folds to 着 like 看著 → 看着. */
export function oracleFold(s: string): string {
  let out = '';
  for (const ch of s) {
    let n = ch.normalize('NFKC').toLowerCase();
    if ([...n].length !== 1) n = ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    const t = hk2s(t2s(n));
    out += [...t].length === 1 && t.length === n.length ? t : n;
  }
  return out;
}

export interface OracleDoc {
  id: string;
  year: number | null;
  type: string;
  tags: string[]; // folded
  texts: string[]; // folded title, then folded paragraphs
}

export function oracleDocs(docs: readonly ContentDocument[], tags: Map<string, string[]>): OracleDoc[] {
  return docs.map((d) => ({
    id: d.id,
    year: d.date ? Number(d.date.slice(0, 4)) : null,
    type: d.type,
    tags: (tags.get(d.id) ?? []).map(oracleFold),
    texts: [d.title, ...d.paragraphs.map((p) => p.text)].map(oracleFold),
  }));
}

export interface OracleQuery {
  groups: string[][];
  exclude: string[];
  years: [number, number] | null;
  types: string[];
  tags: string[];
}

/** Reads the few syntax forms the benchmark's queries use. */
export function oracleParse(query: string): OracleQuery {
  const q: OracleQuery = { groups: [], exclude: [], years: null, types: [], tags: [] };
  const words = query.match(/-?"[^"]*"|\S+/g) ?? [];
  let or = false;
  for (const w of words) {
    if (w === 'OR') {
      or = true;
      continue;
    }
    const field = /^(year|type|tag):(.+)$/.exec(w);
    if (field) {
      const v = field[2]!;
      if (field[1] === 'year') {
        const [a, b] = v.split('..').map(Number);
        q.years = [a!, b ?? a!];
      } else if (field[1] === 'type') q.types.push(v);
      else q.tags.push(oracleFold(v));
      continue;
    }
    const neg = w.startsWith('-');
    const term = oracleFold((neg ? w.slice(1) : w).replace(/^"(.*)"$/, '$1'));
    if (neg) q.exclude.push(term);
    else if (or) q.groups[q.groups.length - 1]!.push(term);
    else q.groups.push([term]);
    or = false;
  }
  return q;
}

const contains = (d: OracleDoc, t: string) => d.texts.some((x) => x.includes(t));

function passes(d: OracleDoc, q: OracleQuery): boolean {
  if (q.years && (d.year === null || d.year < q.years[0] || d.year > q.years[1])) return false;
  if (q.types.length && !q.types.includes(d.type)) return false;
  if (q.tags.some((t) => !d.tags.some((x) => x === t || x.startsWith(t + '/')))) return false;
  return q.groups.every((g) => g.some((t) => contains(d, t))) && !q.exclude.some((t) => contains(d, t));
}

/** Matching documents (the naive scan). */
export function oracleMatch(docs: readonly OracleDoc[], q: OracleQuery): OracleDoc[] {
  return docs.filter((d) => passes(d, q));
}

/** Hits of the positive terms in one document, counted like a reader would find them. */
export function oracleHits(d: OracleDoc, q: OracleQuery): number {
  let n = 0;
  for (const t of new Set(q.groups.flat())) {
    if (!t) continue;
    for (const x of d.texts) for (let at = x.indexOf(t); at >= 0; at = x.indexOf(t, at + t.length)) n++;
  }
  return n;
}
