// Finds where in one document a quotation sits and how closely it matches. Every bigram the
// quotation shares with the document votes for an alignment (document position − quotation
// position); the best few alignments are compared character by character (the `diff` library's
// Myers diff) against a window of their paragraph, trimmed to the matched passage.
import { diffChars, type ChangeObject } from 'diff';
import { paragraphAt, SEP, type DocText } from './doc-text.js';

export interface Alignment {
  paragraph: number;
  /** The matched passage as a range of the paragraph's comparison key. */
  start: number;
  end: number;
  /** Dice coefficient of the two keys' common characters: 1 = identical. */
  similarity: number;
  /** Share of the quotation's characters found, in order, in the passage (omissions cost nothing). */
  coverage: number;
  /** Quotation (removed) against passage (added), in order. */
  ops: ChangeObject<string>[];
}

const TRIES = 3;

function gramCode(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

export interface Votes {
  /** The best alignments (document position − quotation position), strongest first. */
  diagonals: number[];
  /** Bigrams agreeing with the strongest alignment: a cheap estimate of the match. */
  best: number;
}

/** Alignment votes: for each shared bigram, (document position − quotation position). */
export function vote(query: string, joined: string): Votes {
  const qpos = new Map<number, number[]>();
  for (let i = 0; i + 1 < query.length; i++) {
    const g = gramCode(query, i);
    const l = qpos.get(g);
    if (l) l.push(i);
    else qpos.set(g, [i]);
  }
  const votes = new Map<number, number>();
  for (let i = 0; i + 1 < joined.length; i++) {
    const l = qpos.get(gramCode(joined, i));
    if (l) for (const q of l) votes.set(i - q, (votes.get(i - q) ?? 0) + 1);
  }
  // The few strongest diagonals, without sorting thousands of single votes.
  const out: [number, number][] = [];
  const apart = Math.max(4, query.length >> 1);
  for (const [d, n] of votes) {
    if (out.length === TRIES && n <= out[TRIES - 1]![1]) continue;
    const near = out.findIndex(([o]) => Math.abs(o - d) <= apart);
    if (near >= 0) {
      if (n <= out[near]![1]) continue;
      out.splice(near, 1);
    }
    out.push([d, n]);
    out.sort((a, b) => b[1] - a[1]);
    if (out.length > TRIES) out.pop();
  }
  return { diagonals: out.map(([d]) => d), best: out[0]?.[1] ?? 0 };
}

function align(query: string, doc: DocText, diag: number): Alignment | null {
  const center = Math.min(Math.max(diag + (query.length >> 1), 0), doc.joined.length - 1);
  const p = paragraphAt(doc.starts, center);
  const pStart = doc.starts[p]!;
  const pKey = doc.keys[p]!.key;
  if (!pKey.length) return null;
  // Wide enough for a quotation that leaves out a clause of its source.
  const pad = Math.max(4, Math.round(query.length * 0.5));
  let from = Math.max(0, diag - pStart - pad);
  let to = Math.min(pKey.length, diag - pStart + query.length + pad);
  if (to <= from) return null;
  const ops = diffChars(query, pKey.slice(from, to));
  // Trim window characters outside the matched passage.
  while (ops.length && ops[0]!.added) from += ops.shift()!.count;
  while (ops.length && ops[ops.length - 1]!.added) to -= ops.pop()!.count;
  let common = 0;
  for (const o of ops) if (!o.added && !o.removed) common += o.count;
  if (!common) return null;
  const similarity = (2 * common) / (query.length + to - from);
  return { paragraph: p, start: from, end: to, similarity, coverage: common / query.length, ops };
}

/** The best-matching passage of the document for a quotation key, or null. */
export function locate(query: string, doc: DocText, votes = vote(query, doc.joined)): Alignment | null {
  if (query.length < 2 || !doc.joined.length || query.includes(SEP)) return null;
  let best: Alignment | null = null;
  for (const d of votes.diagonals) {
    const a = align(query, doc, d);
    if (a && (!best || a.similarity > best.similarity)) best = a;
  }
  return best;
}
