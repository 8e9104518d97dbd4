// The postings rows one query reads, each read and decoded once: a filtered phrase is first looked
// for in the passing documents and, when some hold it, in the whole library for its idf; both read
// the same rows of its pairs. A pair's long offsets (many times its documents' bytes) are read only
// when asked for: a filtered phrase whose pairs share no passing document never needs them; short
// ones come with the row (one statement less when they are needed).
import { postingKey, type Field } from './index-schema.js';
import { decodeDocs, readOffsets, readPostings, type DocHits, type RawPostings, type SegmentRef } from './postings.js';

export class PostingsMemo {
  // Per segment object: segment ids are only unique within a schema (bundle and user both have 1).
  private readonly rows = new Map<SegmentRef, Map<number, RawPostings | null>>();
  private readonly decoded = new Map<RawPostings, DocHits>();

  /** A key's postings (null when absent); with `withPos`, its offsets too (read now if an earlier
   * call left them out). */
  get(s: SegmentRef, field: Field, first: number, second: number, withPos: boolean): RawPostings | null {
    let m = this.rows.get(s);
    if (!m) this.rows.set(s, (m = new Map()));
    const k = postingKey(s.seg, field, first, second);
    let r = m.get(k);
    // Short offsets come with the first read: a filtered phrase checked without them usually
    // needs them next.
    if (r === undefined) m.set(k, (r = readPostings(s, field, first, second, withPos || 'small')));
    else if (r && withPos && r.pos === null) r.pos = readOffsets(s, field, first, second);
    return r;
  }

  /** The row's documents and counts, decoded once. */
  docs(r: RawPostings): DocHits {
    let h = this.decoded.get(r);
    if (!h) this.decoded.set(r, (h = decodeDocs(r)));
    return h;
  }
}
