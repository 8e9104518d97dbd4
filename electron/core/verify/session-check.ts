// Whether a 金句 on a study-session agenda is verified against the library: its words (script and
// punctuation aside) stand in its source document, or, for a 金句 typed in by hand, somewhere in
// the library. Handouts and projector slides show a check mark for these. Cached per text and
// source and per library (core context), since sessions are read often and the library rarely changes.
import type { CoreContext } from '../context.js';
import { comparisonKey } from '../text/normalize.js';
import { loadDocText } from './doc-text.js';
import { findPassages } from './verify.js';

const MAX_CACHED = 500;
const caches = new WeakMap<CoreContext, Map<string, boolean>>();

function check(ctx: CoreContext, text: string, docId: string | undefined): boolean {
  const key = comparisonKey(text).key;
  if (key.length < 4) return false;
  if (docId) {
    const doc = loadDocText(ctx, docId);
    if (doc?.joined.includes(key)) return true;
  }
  const best = findPassages(ctx, key)[0];
  return !!best && best.a.similarity >= 0.9995;
}

export function isVerifiedQuote(ctx: CoreContext, text: string, docId?: string): boolean {
  const k = `${docId ?? ''}\u0000${text}`;
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new Map()));
  let v = cache.get(k);
  if (v === undefined) {
    v = check(ctx, text, docId);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(k, v);
  }
  return v;
}
