// Per-document state of one query (score, clauses in the title, clauses matched), reused by every
// query on a library index (queries are synchronous). Zeroing the arrays whole cost every query
// a pass over the library (740 KB of scores at 92,000 documents) even when a filter leaves a few
// dozen candidates; only the documents the last query wrote are zeroed.

export class DocScratch {
  readonly score: Float64Array;
  readonly titleHits: Uint8Array;
  readonly matched: Uint8Array;
  private readonly written: Int32Array;
  private nWritten = 0;

  constructor(n: number) {
    this.score = new Float64Array(n);
    this.titleHits = new Uint8Array(n);
    this.matched = new Uint8Array(n);
    this.written = new Int32Array(n);
  }

  /** Zero again for a new query. */
  reset(): this {
    const { score, titleHits, matched, written } = this;
    for (let i = 0; i < this.nWritten; i++) {
      const g = written[i]!;
      score[g] = 0;
      titleHits[g] = 0;
      matched[g] = 0;
    }
    this.nWritten = 0;
    return this;
  }

  /** Adds to a document's score; every write goes through here so that reset finds it. `add` is
   * positive (a term's weight times a hit count of at least one), so a score of 0 means unwritten. */
  addScore(g: number, add: number): void {
    if (this.score[g] === 0) this.written[this.nWritten++] = g;
    this.score[g]! += add;
  }
}
