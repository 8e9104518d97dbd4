// Word-level difference of a changed sentence: both sentences segmented with jieba (the one
// segmenter of the app) and compared with the `diff` library's array diff on folded words, so a
// traditional/simplified or full/half-width difference is not a change.
import { diffArrays } from 'diff';
import type { DiffPart } from '../../contract/api.js';
import { tokenize } from '../text/segment.js';
import { foldForSearch } from '../text/normalize.js';

function words(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const t of tokenize(text)) {
    if (t.start > at) out.push(text.slice(at, t.start)); // characters jieba skipped (spaces)
    out.push(text.slice(t.start, t.end));
    at = t.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function join(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

/** The older sentence's parts (same/del) and the newer one's (same/add). */
export function wordDiff(older: string, newer: string): { older: DiffPart[]; newer: DiffPart[] } {
  const ow = words(older);
  const nw = words(newer);
  const changes = diffArrays(ow, nw, {
    comparator: (a: string, b: string) => foldForSearch(a) === foldForSearch(b),
  });
  const o: DiffPart[] = [];
  const n: DiffPart[] = [];
  let oi = 0;
  let ni = 0;
  // Each side keeps its own wording of the words the comparator found equal.
  for (const c of changes) {
    const count = c.value.length;
    if (!c.added) join(o, c.removed ? 'del' : 'same', ow.slice(oi, (oi += count)).join(''));
    if (!c.removed) join(n, c.added ? 'add' : 'same', nw.slice(ni, (ni += count)).join(''));
  }
  return { older: o, newer: n };
}
