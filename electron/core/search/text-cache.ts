// Paragraph text of recently shown results, for snippets: each document's paragraphs as far as
// snippets have read them (the rest is read from the database when a later query needs it) and,
// from its second search on, the whole document folded in one string. A search filtered by a tag shows the same few
// hundred documents query after query; reading each one's paragraphs from SQLite, decoding and
// folding them was most of such a search. Bounded in bytes (least recently used dropped first) and
// owned by one library index, which is rebuilt on any change of documents, edits, tags or
// segments, so nothing outlives the text it was read from.
import type { Paragraph } from '../../contract/api.js';
import { foldForSearch } from '../text/normalize.js';
import { findRanges, FoldedText, rangesInFolded, type Range, type Reach } from './hit-ranges.js';

/** Cap of one library's cache: about 3,000 average articles (text and folded text, UTF-16). */
export const TEXT_CACHE_BYTES = 16 << 20;
/** Keys of documents used once that are remembered (a tag's documents are a few hundred to a few thousand). */
const SEEN_KEYS = 16384;
/** Counted per paragraph beside its characters (the objects and array slots). */
const PARAGRAPH_OVERHEAD = 64;
/** Counted while a document is not read to its end: the reader keeps its last slice. */
const READER_OVERHEAD = 8192;

/** A document's key: its global number in the owning library index (a number is hashed for free). */
export type TextKey = number | string;

/** One document's paragraphs, read on demand in the reader's batches. */
export class DocText {
  /** Until folded: the paragraphs read so far (afterwards dropped: the joined text holds them). */
  private paragraphs: Paragraph[] = [];
  /** From the second search on: the whole document in one string, paragraphs joined by a line
   * break, the same folded, and where each paragraph starts in them (one more entry: the end). A
   * hit is then one native indexOf from where the last one ended, not a test of each paragraph on
   * the way, and a snippet is cut from the joined text: two strings and an array per document,
   * not an object and a string per paragraph (the cache's documents are spread over a large heap,
   * and each object a search touched was a likely cache miss). */
  private folded: FoldedText | null = null;
  private joined = '';
  private kinds: Paragraph['kind'][] | null = null;
  /** A plain array of small integers: held in the JS heap with the document's other fields, where
   * a typed array's elements live in a separate allocation (one more cache miss per hit). */
  private starts: number[] = [];
  bytes = READER_OVERHEAD;
  /** Searches that used this document: folded text is kept from the second on. */
  uses = 0;
  /** Used since the cache last passed over it when dropping documents (TextCache.evict). */
  used = false;

  constructor(private more: (() => Paragraph[] | null) | null) {}

  /** A new search of this document: its text searches are remembered within one search only. */
  begin(): void {
    this.folded?.forget();
  }

  /** Paragraph i, reading the next batches when needed; undefined past the end. */
  at(i: number): Paragraph | undefined {
    if (this.folded !== null) {
      const text = this.text(i);
      return text === undefined ? undefined : { kind: this.kinds?.[i] ?? 'p', text };
    }
    while (i >= this.paragraphs.length && this.more) {
      const batch = this.more();
      if (!batch) {
        this.more = null;
        this.bytes -= READER_OVERHEAD;
        break;
      }
      for (const p of batch) {
        this.paragraphs.push(p);
        // Twice its UTF-16 bytes: a paragraph cut from a decoded slice keeps that slice alive.
        this.bytes += 4 * p.text.length + PARAGRAPH_OVERHEAD;
      }
    }
    return this.paragraphs[i];
  }

  /** Paragraph i's text (undefined past the end): of a folded document, cut from its joined text. */
  text(i: number): string | undefined {
    if (this.folded === null) return this.at(i)?.text;
    const { starts } = this;
    return i < starts.length - 1 ? this.joined.slice(starts[i]!, starts[i + 1]! - 1) : undefined;
  }

  /** The first paragraph from i on holding a hit of the folded terms (the number of paragraphs
   * when none does). A document seen once is not skipped through (it is not folded): i itself. */
  nextHit(i: number, terms: string[]): number {
    if (this.uses <= 1 || terms.length === 0) return i;
    const folded = this.fold();
    const { starts } = this;
    const n = starts.length - 1;
    if (i >= n) return i;
    let best = n;
    for (const t of terms) {
      if (!t) continue;
      // A match running over a paragraph's end is none: the next can only start in a later paragraph.
      let p = i;
      for (let at = folded.indexOf(t, starts[p]!); at >= 0; at = folded.indexOf(t, starts[p]!)) {
        while (at >= starts[p + 1]!) p++;
        if (p >= best) break;
        if (at + t.length < starts[p + 1]!) {
          best = p;
          break;
        }
        if (++p >= best) break;
      }
    }
    return best;
  }

  /** A document shown again: its joined text, the same folded and its paragraph starts (folding it
   * now if need be), for the one-term snippet loop (snippets.ts); null for a document seen once. */
  flat(): { joined: string; folded: string; starts: readonly number[] } | null {
    if (this.uses <= 1) return null;
    const { text } = this.fold();
    return { joined: this.joined, folded: text, starts: this.starts };
  }

  /** Reads the document to its end and folds it into one string (once); the paragraphs are then
   * held by the joined text alone. */
  private fold(): FoldedText {
    if (this.folded !== null) return this.folded;
    while (this.more) this.at(this.paragraphs.length);
    const ps = this.paragraphs;
    const n = ps.length;
    const starts = new Array<number>(n + 1).fill(0);
    let at = 0;
    let headings = false;
    for (let i = 0; i < n; i++) {
      starts[i] = at;
      at += ps[i]!.text.length + 1;
      if (ps[i]!.kind !== 'p') headings = true;
    }
    starts[n] = at;
    this.starts = starts;
    this.kinds = headings ? ps.map((p) => p.kind) : null;
    // A flat string (join makes one, not a rope), folded unit by unit: the joined text folds to
    // the paragraphs' folded texts joined.
    this.joined = ps.map((p) => p.text).join('\n');
    this.folded = new FoldedText(foldForSearch(this.joined));
    this.paragraphs = [];
    this.bytes = 4 * this.joined.length + 8 * (n + 1) + (this.kinds ? 8 * n : 0) + PARAGRAPH_OVERHEAD;
    return this.folded;
  }

  /** Hits of folded terms in paragraph i (which `at` has read). The first search of a document
   * folds only the paragraphs holding a form of a term's first unit, into a reused buffer (as
   * without the cache: most documents are shown once); a document shown again keeps its folded
   * text and is matched on it with indexOf, as far as `want` needs. */
  ranges(i: number, terms: string[], want?: Reach): { ranges: Range[]; count: number } {
    if (this.uses <= 1) return findRanges(this.paragraphs[i]!.text, terms);
    const folded = this.fold();
    return rangesInFolded(folded, this.starts[i]!, this.starts[i + 1]! - 1, terms, want);
  }
}

/** Documents dropped about least recently used first (in the order they came in, one used since
 * given a second chance) once the cache holds more than `cap` bytes. A document is kept from its second use on: the
 * first use only notes its key, so documents shown once cost nothing to keep. Only filtered searches
 * bring documents in (their few hundred or thousand documents come back query after query; an
 * unfiltered search's pages are spread over the library and would only churn the cache), and every
 * search reads what is there. */
export class TextCache {
  private readonly docs = new Map<TextKey, DocText>();
  /** Keys used once and not kept (oldest first, bounded). */
  private readonly seen = new Set<TextKey>();
  private total = 0;
  constructor(readonly cap = TEXT_CACHE_BYTES) {}

  get bytes(): number {
    return this.total;
  }
  get size(): number {
    return this.docs.size;
  }

  /** The document's text (opening `reader` when not cached), used by `use` and then accounted.
   * Only an `admit` use (a filtered search) brings a document in. */
  with<T>(key: TextKey, reader: () => () => Paragraph[] | null, use: (text: DocText) => T, admit = true): T {
    let text = this.docs.get(key);
    // A cached document is only marked as used (a second chance when its turn to go comes), not
    // moved to the end of the map: two more map operations per hit, on a table too large to stay in cache.
    if (text) text.used = true;
    else if (!admit) return use(new DocText(reader()));
    else if (this.seen.delete(key)) {
      this.total += (text = new DocText(reader())).bytes;
      text.uses = 1; // folded from this use on
      this.docs.set(key, text);
    } else {
      this.seen.add(key);
      if (this.seen.size > SEEN_KEYS) this.seen.delete(this.seen.values().next().value!);
      return use(new DocText(reader()));
    }
    text.uses++;
    text.begin();
    const before = text.bytes;
    try {
      return use(text);
    } finally {
      this.total += text.bytes - before;
      if (this.total > this.cap) this.evict(text);
    }
  }

  /** Drops documents in the order they came in until the cache is under its cap; one used since
   * it was last passed over (or the one in use) goes to the end instead, once per pass. */
  private evict(keep: DocText): void {
    keep.used = true;
    for (const [k, old] of this.docs) {
      if (this.total <= this.cap) break;
      if (old === keep && !old.used) continue; // in use, and moved once already
      this.docs.delete(k);
      if (old.used) {
        old.used = false;
        this.docs.set(k, old); // visited again at the end of this pass
      } else this.total -= old.bytes;
    }
  }
}
