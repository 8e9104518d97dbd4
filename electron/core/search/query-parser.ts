// Parses the search box syntax: space = AND, "…" phrase, -词 exclude, OR, and filters
// type: tag: speaker: source: year:2019..2021 (Chinese names 类型 标签 讲话人 来源 年份 also work).
// Never throws: malformed syntax degrades to a plain AND search with a notice in Chinese.
import { foldForSearch } from '../text/normalize.js';

import { DOC_TYPES } from '../../shared/enums.js';

export { DOC_TYPES };

export interface QueryFilters {
  type: string[];
  tag: string[];
  speaker: string[];
  source: string[];
  yearFrom: number | null;
  yearTo: number | null;
}

export interface ParsedQuery {
  /** AND of OR-groups; every term is folded and non-empty. */
  clauses: string[][];
  /** Folded terms a document must not contain. */
  exclude: string[];
  filters: QueryFilters;
  notice: string | null;
  /** Unquoted positive words of letters a–z only: may be pinyin (quoting a word keeps it literal). */
  latinWords: string[];
}

const FIELD_ALIASES: Record<string, keyof Omit<QueryFilters, 'yearFrom' | 'yearTo'> | 'year'> = {
  type: 'type',
  类型: 'type',
  tag: 'tag',
  标签: 'tag',
  speaker: 'speaker',
  讲话人: 'speaker',
  作者: 'speaker',
  source: 'source',
  来源: 'source',
  year: 'year',
  年份: 'year',
};

interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
}

class SyntaxProblem extends Error {}

function emptyFilters(): QueryFilters {
  return { type: [], tag: [], speaker: [], source: [], yearFrom: null, yearTo: null };
}

const FULL_WIDTH_SYNTAX = /[＂：｜\u3000]/;

/** Unify full-width/curly punctuation that carries syntax. */
function normalizeSyntax(raw: string): string {
  // Curly quotes “…” are ordinary text (very common inside Chinese sentences); only ASCII and
  // full-width straight quotes are phrase syntax. Most queries hold none of these: one test.
  if (!FULL_WIDTH_SYNTAX.test(raw)) return raw;
  return raw
    .replace(/＂/g, '"')
    .replace(/：/g, ':')
    .replace(/｜/g, '|')
    .replace(/\u3000/g, ' ');
}

/** Whether the unit at i is whitespace as /\s/ defines it (a test per character without making a
 * one-character string and running a regex on it). */
export function isSpaceAt(q: string, i: number): boolean {
  const c = q.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    if (isSpaceAt(q, i)) {
      i++;
      continue;
    }
    let negated = false;
    if (q[i] === '-' && i + 1 < q.length && !isSpaceAt(q, i + 1)) {
      negated = true;
      i++;
    }
    if (q[i] === '"') {
      const end = q.indexOf('"', i + 1);
      if (end < 0) throw new SyntaxProblem('引号不成对');
      out.push({ text: q.slice(i + 1, end), quoted: true, negated });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < q.length && !isSpaceAt(q, j)) {
      if (q[j] === '"') {
        // field:"quoted value"
        const end = q.indexOf('"', j + 1);
        if (end < 0) throw new SyntaxProblem('引号不成对');
        j = end + 1;
        continue;
      }
      j++;
    }
    out.push({ text: q.slice(i, j), quoted: false, negated });
    i = j;
  }
  return out;
}

function parseYear(v: string, f: QueryFilters): void {
  const m = /^(\d{4})?(?:(\.\.|-|~|至)(\d{4})?)?$/.exec(v);
  if (!m || (!m[1] && !m[3])) throw new SyntaxProblem(`年份“${v}”无法识别`);
  const from = m[1] ? Number(m[1]) : null;
  const to = m[2] ? (m[3] ? Number(m[3]) : null) : from;
  if (from !== null && to !== null && from > to) throw new SyntaxProblem(`年份范围“${v}”起止颠倒`);
  f.yearFrom = from;
  f.yearTo = to;
}

function parseStrict(raw: string): ParsedQuery {
  const tokens = tokenize(normalizeSyntax(raw));
  const filters = emptyFilters();
  const clauses: string[][] = [];
  const exclude: string[] = [];
  const latinWords: string[] = [];
  let pendingOr = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.quoted && !t.negated && (t.text === 'OR' || t.text === '|' || t.text === '或')) {
      if (clauses.length === 0 || pendingOr || k === tokens.length - 1) throw new SyntaxProblem('OR 两侧都需要搜索词');
      pendingOr = true;
      continue;
    }
    const field = !t.quoted ? /^([a-z\u4e00-\u9fff]+):(.*)$/i.exec(t.text) : null;
    const key = field ? FIELD_ALIASES[field[1]!.toLowerCase()] : undefined;
    if (field && key) {
      if (pendingOr) throw new SyntaxProblem('OR 不能连接筛选条件');
      const value = field[2]!.replace(/^"(.*)"$/, '$1').trim();
      if (!value) throw new SyntaxProblem(`筛选条件“${field[1]}:”缺少取值`);
      if (t.negated) throw new SyntaxProblem('筛选条件不能排除');
      if (key === 'year') parseYear(value, filters);
      else if (key === 'type') {
        if (!(DOC_TYPES as readonly string[]).includes(value)) throw new SyntaxProblem(`未知的文献类型“${value}”`);
        filters.type.push(value);
      } else filters[key].push(foldForSearch(value));
      continue;
    }
    const term = foldForSearch(t.text).trim();
    if (!term) continue;
    if (!t.quoted && !t.negated && /^[a-z]+$/.test(term)) latinWords.push(term);
    if (t.negated) {
      if (pendingOr) throw new SyntaxProblem('OR 不能连接排除词');
      exclude.push(term);
    } else if (pendingOr) {
      clauses[clauses.length - 1]!.push(term);
      pendingOr = false;
    } else clauses.push([term]);
  }
  return { clauses, exclude, filters, notice: null, latinWords };
}

/** Plain search: every whitespace-separated word must occur; operators are taken literally. */
export function parsePlain(raw: string): ParsedQuery {
  const words = foldForSearch(normalizeSyntax(raw).replace(/"/g, ' ')).split(/\s+/).filter(Boolean);
  return {
    clauses: words.map((w) => [w]),
    exclude: [],
    filters: emptyFilters(),
    notice: null,
    latinWords: words.filter((w) => /^[a-z]+$/.test(w)),
  };
}

export function parseQuery(raw: string): ParsedQuery {
  try {
    return parseStrict(raw);
  } catch (err) {
    if (!(err instanceof SyntaxProblem)) throw err;
    return { ...parsePlain(raw), notice: `搜索语法有误（${err.message}），已按普通文本搜索。` };
  }
}

/** Every positive term of a query, for highlighting. */
export function highlightTerms(q: ParsedQuery): string[] {
  // One term (most searches): no flattened copy and Set to find the distinct ones.
  if (q.clauses.length === 1 && q.clauses[0]!.length === 1) return [q.clauses[0]![0]!];
  return [...new Set(q.clauses.flat())];
}
