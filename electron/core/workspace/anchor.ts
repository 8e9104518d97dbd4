// Annotation anchors: pure functions that create an anchor from a selection and re-attach it to
// (possibly changed) paragraphs — by offset, else by quote + prefix/suffix search, else by the
// quote's head and tail (text changed inside), else null (the caller lists it as 未定位).

export interface Anchor {
  paragraph: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface Placement {
  paragraph: number;
  start: number;
  end: number;
  /** How it was found: exact stored offsets, quote search, or bounded by the quote's ends. */
  method: 'offset' | 'quote' | 'bounds';
}

/** Characters of context stored on each side of the quote. */
export const CONTEXT_CHARS = 20;

/** Anchor for [start, end) of one paragraph; offsets are clamped to the paragraph. */
export function createAnchor(paragraphs: readonly string[], paragraph: number, start: number, end: number): Anchor {
  const text = paragraphs[paragraph];
  if (text === undefined) throw new RangeError(`paragraph ${paragraph} does not exist`);
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    paragraph,
    start: s,
    end: e,
    quote: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
    suffix: text.slice(e, e + CONTEXT_CHARS),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the text around [start, end) matches the stored context, plus nearness to the old place. */
function contextScore(paragraphs: readonly string[], a: Anchor, p: number, start: number, end: number): number {
  const text = paragraphs[p]!;
  const before = commonSuffixLength(text.slice(0, start), a.prefix);
  const after = commonPrefixLength(text.slice(end), a.suffix);
  const distance = Math.abs(p - a.paragraph) + Math.abs(start - a.start) / 1000;
  return (before + after) * 10 - distance;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Finds the anchor's current place in `paragraphs`, or null when it cannot be placed. */
export function reattach(paragraphs: readonly string[], a: Anchor): Placement | null {
  if (!a.quote) return null;
  const here = paragraphs[a.paragraph];
  if (here !== undefined && here.slice(a.start, a.end) === a.quote)
    return { paragraph: a.paragraph, start: a.start, end: a.end, method: 'offset' };

  // The quote still exists somewhere: the occurrence whose context matches best wins.
  let best: (Placement & { score: number }) | null = null;
  paragraphs.forEach((text, p) => {
    for (const s of occurrences(text, a.quote)) {
      const score = contextScore(paragraphs, a, p, s, s + a.quote.length);
      if (!best || score > best.score)
        best = { paragraph: p, start: s, end: s + a.quote.length, method: 'quote', score };
    }
  });
  if (best) {
    const { score: _score, ...placement } = best as Placement & { score: number };
    return placement;
  }
  return reattachByBounds(paragraphs, a);
}

/**
 * The quote was edited: bound it by its unchanged head or the stored prefix on the left, and its
 * unchanged tail or the stored suffix on the right. At least one bound must come from the quote
 * itself, and the passage must stay about as long as before, so a different passage never matches.
 */
function reattachByBounds(paragraphs: readonly string[], a: Anchor): Placement | null {
  const q = a.quote;
  if (q.length < 8) return null; // too short to tell an edit from a different passage
  const k = Math.min(12, Math.floor(q.length / 3));
  const head = q.slice(0, k);
  const tail = q.slice(-k);
  const pre = a.prefix.slice(-8);
  const suf = a.suffix.slice(0, 8);
  let best: (Placement & { score: number }) | null = null;
  paragraphs.forEach((text, p) => {
    const starts: { at: number; own: boolean }[] = occurrences(text, head).map((at) => ({ at, own: true }));
    if (pre.length >= 4) starts.push(...occurrences(text, pre).map((i) => ({ at: i + pre.length, own: false })));
    for (const s of starts) {
      const ends: { at: number; own: boolean }[] = [];
      const t = text.indexOf(tail, s.at + 1);
      if (t >= 0) ends.push({ at: t + k, own: true });
      if (suf.length >= 1) {
        const u = text.indexOf(suf, s.at + 1);
        if (u >= 0) ends.push({ at: u, own: false });
      } else ends.push({ at: text.length, own: false });
      for (const e of ends) {
        if (!s.own && !e.own) continue;
        const len = e.at - s.at;
        if (len < q.length / 2 || len > q.length * 1.5) continue;
        const score = contextScore(paragraphs, a, p, s.at, e.at) - Math.abs(len - q.length);
        if (!best || score > best.score) best = { paragraph: p, start: s.at, end: e.at, method: 'bounds', score };
      }
    }
  });
  if (!best) return null;
  const { score: _score, ...placement } = best as Placement & { score: number };
  return placement;
}
