// The catalogue for search-as-you-type: titles, speakers, occasions, 金句, 提法 and tags. Pinyin
// keys (full and initials, from syllable boundaries) are indexed by lunr for prefix wildcards;
// Chinese/Latin text is matched by a folded substring scan over the entries, which is exact and
// sub-millisecond at catalogue scale (indexing character n-grams in lunr doubled its build time
// and size for nothing). Body text lives in the FTS5 bigram index.
import lunr from 'lunr';
import type { ContentDocument } from '../content/types.js';
import { foldForSearch } from '../text/normalize.js';
import { pinyinKeys } from './pinyin-keys.js';

export type CatalogueKind = 'title' | 'speaker' | 'occasion' | 'quote' | 'term' | 'tag';

export interface CatalogueEntry {
  kind: CatalogueKind;
  text: string;
  /** The document for titles, 金句 and single-document 提法; null for speakers, tags, etc. */
  docId: string | null;
  /** How many documents/occurrences the entry stands for. */
  count: number;
}

export interface SerializedCatalogue {
  entries: CatalogueEntry[];
  index: object;
}

export interface Catalogue {
  entries: CatalogueEntry[];
  folded: string[];
  index: lunr.Index;
}

export interface CatalogueMatch extends CatalogueEntry {
  matchedBy: 'text' | 'pinyin';
  score: number;
}

const KIND_WEIGHT: Record<CatalogueKind, number> = { term: 6, tag: 5, speaker: 5, title: 4, occasion: 3, quote: 2 };

/** Catalogue entries of bundled or imported documents. */
export function catalogueEntriesFromDocs(docs: ContentDocument[]): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const speakers = new Map<string, number>();
  const occasions = new Map<string, number>();
  const terms = new Map<string, { count: number; docId: string }>();
  for (const d of docs) {
    entries.push({ kind: 'title', text: d.title, docId: d.id, count: 1 });
    for (const s of d.speakers) speakers.set(s.name, (speakers.get(s.name) ?? 0) + 1);
    if (d.occasion) occasions.set(d.occasion, (occasions.get(d.occasion) ?? 0) + 1);
    for (const q of d.quotes) entries.push({ kind: 'quote', text: q.text, docId: d.id, count: 1 });
    for (const t of d.terms) {
      const e = terms.get(t.term);
      terms.set(t.term, { count: (e?.count ?? 0) + t.occurrences.length, docId: e ? '' : d.id });
    }
  }
  for (const [text, count] of speakers) entries.push({ kind: 'speaker', text, docId: null, count });
  for (const [text, count] of occasions) entries.push({ kind: 'occasion', text, docId: null, count });
  for (const [text, v] of terms) entries.push({ kind: 'term', text, docId: v.docId || null, count: v.count });
  return entries;
}

export function buildCatalogue(entries: CatalogueEntry[]): SerializedCatalogue {
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.ref('i');
    this.field('py');
    entries.forEach((e, i) => {
      const py = pinyinKeys(e.text);
      if (py.length) this.add({ i: String(i), py: py.join(' ') });
    });
  });
  return { entries, index: index.toJSON() };
}

export function loadCatalogue(s: SerializedCatalogue): Catalogue {
  return { entries: s.entries, folded: s.entries.map((e) => foldForSearch(e.text)), index: lunr.Index.load(s.index) };
}

/** Search the catalogue: every whitespace-separated part must match, either as a folded
 * substring of the entry text or (for a-z parts) as a pinyin prefix from a syllable boundary. */
export function searchCatalogue(cat: Catalogue, input: string, limit: number): CatalogueMatch[] {
  const parts = foldForSearch(input).split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  let acc: Map<string, { score: number; pinyin: boolean }> | null = null;
  for (const part of parts) {
    const found = new Map<string, { score: number; pinyin: boolean }>();
    cat.folded.forEach((text, i) => {
      if (text.includes(part)) found.set(String(i), { score: part.length / text.length, pinyin: false });
    });
    if (/^[a-z]+$/.test(part)) {
      const pyHits = cat.index.query((q) => {
        q.term(part, {
          fields: ['py'],
          wildcard: lunr.Query.wildcard.TRAILING,
          presence: lunr.Query.presence.REQUIRED,
          usePipeline: false,
        });
      });
      for (const r of pyHits) if (!found.has(r.ref)) found.set(r.ref, { score: r.score, pinyin: true });
    }
    if (acc === null) acc = found;
    else {
      const next = new Map<string, { score: number; pinyin: boolean }>();
      for (const [ref, v] of found) {
        const prev = acc.get(ref);
        if (prev) next.set(ref, { score: prev.score + v.score, pinyin: prev.pinyin || v.pinyin });
      }
      acc = next;
    }
  }
  const out: CatalogueMatch[] = [];
  for (const [ref, v] of acc ?? []) {
    const e = cat.entries[Number(ref)];
    if (e) out.push({ ...e, matchedBy: v.pinyin ? 'pinyin' : 'text', score: v.score });
  }
  out.sort(
    (a, b) =>
      KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind] ||
      a.text.length - b.text.length ||
      b.count - a.count ||
      b.score - a.score,
  );
  return out.slice(0, limit);
}
