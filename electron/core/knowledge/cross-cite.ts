// "Cited again elsewhere in the library": how many other documents repeat a sentence, or a long
// distinctive clause of it, and whether an earlier document by someone else already said it.
// Built once per library (bundle build); folded, punctuation ignored.
import { datedBefore } from '../../shared/date-order.js';
import { foldedHan as hanOnly } from '../text/normalize.js';
import { lexiconMatcher } from './lexicon.js';
import { clausesOf } from './sentence-style.js';

/** A clause worth matching on its own: long, and not mostly made of standard formulations. */
function distinctive(clause: string): boolean {
  if (clause.length < 14) return false;
  const covered = lexiconMatcher()
    .find(clause)
    .reduce((n, m) => n + m.length, 0);
  return covered <= clause.length / 2;
}

export interface CiteDoc {
  id: string;
  paragraphs: readonly { text: string }[];
  date: string | null;
  speakers: readonly { name: string }[];
}

export interface CiteIndex {
  /** How many other documents repeat the sentence or one of its distinctive clauses. */
  cited(docId: string, text: string): number;
  /** Whether a document dated before this one, not delivered by its speaker, has the sentence:
   * the words were said before, so they are not this speaker's own. */
  saidEarlier(docId: string, text: string): boolean;
}

const GRAM = 5;

export function citeIndex(docs: readonly CiteDoc[]): CiteIndex {
  const bodies = docs.map((d) => ({ id: d.id, text: hanOnly(d.paragraphs.map((p) => p.text).join('')) }));
  // 5-gram → documents containing it: a needle is only searched in documents holding its
  // first, middle and last gram.
  const grams = new Map<string, number[]>();
  bodies.forEach((b, i) => {
    for (let k = 0; k + GRAM <= b.text.length; k++) {
      const g = b.text.slice(k, k + GRAM);
      const list = grams.get(g);
      if (!list) grams.set(g, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const cache = new Map<string, string[]>();
  const docsWith = (needle: string): string[] => {
    let ids = cache.get(needle);
    if (ids) return ids;
    const mid = Math.floor((needle.length - GRAM) / 2);
    const lists = [0, mid, needle.length - GRAM].map((k) => grams.get(needle.slice(k, k + GRAM)) ?? []);
    const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    ids = shortest
      .filter((i) => lists.every((l) => l.includes(i)) && bodies[i]!.text.includes(needle))
      .map((i) => bodies[i]!.id);
    cache.set(needle, ids);
    return ids;
  };
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    cited(docId, text) {
      const whole = hanOnly(text);
      if (whole.length < 6) return 0;
      const others = new Set(docsWith(whole).filter((id) => id !== docId));
      if (others.size === 0)
        for (const c of clausesOf(text).map(hanOnly).filter(distinctive))
          for (const id of docsWith(c)) if (id !== docId) others.add(id);
      return others.size;
    },
    saidEarlier(docId, text) {
      const whole = hanOnly(text);
      const doc = byId.get(docId);
      if (whole.length < 6 || !doc) return false;
      const own = new Set(doc.speakers.map((s) => s.name));
      return docsWith(whole).some((id) => {
        const other = byId.get(id)!;
        return datedBefore(other.date, doc.date) && !other.speakers.some((s) => own.has(s.name));
      });
    },
  };
}
