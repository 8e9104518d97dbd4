// Writes one index segment: the postings of titles and bodies and the per-document arrays.
import type Database from 'better-sqlite3';
import { PostingsBuilder } from './postings-builder.js';
import { BODY, INDEX_TABLES_SQL, MAX_SEGMENT, TITLE } from './index-schema.js';
import { encodeColumns, type Section } from './column-codec.js';
import { StringColumn } from './columns.js';

export interface IndexedDoc {
  id: string;
  title: string;
  /** Folded title and body (paragraphs joined by '\n'), see text/normalize.ts. */
  foldedTitle: string;
  foldedBody: string;
}

export class SegmentBuilder {
  private title = new PostingsBuilder();
  private body = new PostingsBuilder();
  private ids: string[] = [];
  private titles: string[] = [];
  private lens: number[] = [];
  private chars = 0;

  get size(): number {
    return this.ids.length;
  }

  add(d: IndexedDoc): void {
    const local = this.ids.length;
    this.title.add(local, d.foldedTitle);
    this.body.add(local, d.foldedBody);
    this.ids.push(d.id);
    this.titles.push(d.title);
    this.lens.push(d.foldedBody.length);
    this.chars += d.foldedBody.length;
  }

  /** Writes the segment (inside the caller's transaction); `extra` adds columns (the bundle's
   * metadata snapshot). */
  write(db: Database.Database, seg: number, extra: Record<string, Section> = {}): void {
    db.exec(INDEX_TABLES_SQL);
    const columns = encodeColumns({
      ids: { utf8: StringColumn.from(this.ids) },
      titles: StringColumn.from(this.titles),
      lens: Int32Array.from(this.lens),
      ...extra,
    });
    db.prepare('INSERT INTO search_segments (seg, docs, chars, columns) VALUES (?, ?, ?, ?)').run(
      seg,
      this.ids.length,
      this.chars,
      columns,
    );
    // Body keys sort before title keys of the same segment; rows go in by the hundred (one
    // statement call per row cost more than the b-tree inserts).
    const insert = new BatchInsert(db, 'search_postings (key, df, docs, pos)', 4);
    for (const r of this.body.rows(seg, BODY)) insert.add(r.key, r.df, r.docs, r.pos);
    for (const r of this.title.rows(seg, TITLE)) insert.add(r.key, r.df, r.docs, r.pos);
    insert.flush();
  }
}

/** Multi-row INSERT: values are collected and written a hundred rows per statement. */
class BatchInsert {
  private values: unknown[] = [];
  private readonly full: Database.Statement;
  constructor(
    private readonly db: Database.Database,
    private readonly target: string,
    private readonly cols: number,
    private readonly rows = 100,
  ) {
    this.full = db.prepare(this.sql(rows));
  }
  private sql(n: number): string {
    const row = `(${Array(this.cols).fill('?').join(', ')})`;
    return `INSERT INTO ${this.target} VALUES ${Array(n).fill(row).join(', ')}`;
  }
  add(...v: unknown[]): void {
    this.values.push(...v);
    if (this.values.length === this.rows * this.cols) {
      this.full.run(this.values);
      this.values = [];
    }
  }
  flush(): void {
    if (this.values.length) this.db.prepare(this.sql(this.values.length / this.cols)).run(this.values);
    this.values = [];
  }
}

/** The smallest free segment id (ids are packed into postings keys, so they are reused). */
export function freeSegmentId(db: Database.Database): number {
  db.exec(INDEX_TABLES_SQL);
  const used = new Set(db.prepare('SELECT seg FROM search_segments').pluck().all() as number[]);
  for (let s = 1; s <= MAX_SEGMENT; s++) if (!used.has(s)) return s;
  throw new Error('too many index segments');
}
