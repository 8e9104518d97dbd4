// Writes one index segment: the postings of titles and bodies and the per-document arrays.
import type Database from 'better-sqlite3';
import { PostingsBuilder } from './postings-builder.js';
import { BODY, INDEX_TABLES_SQL, MAX_SEGMENT, SEGMENT_STRINGS_SQL, STRINGS_PER_ROW, TITLE } from './index-schema.js';
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
   * metadata snapshot); `stringsApart` puts ids and titles in search_strings (the bundle's). */
  write(db: Database.Database, seg: number, extra: Record<string, Section> = {}, stringsApart = false): void {
    db.exec(INDEX_TABLES_SQL);
    const strings = { ids: { utf8: StringColumn.from(this.ids) }, titles: StringColumn.from(this.titles) };
    const columns = encodeColumns({ ...(stringsApart ? {} : strings), lens: Int32Array.from(this.lens), ...extra });
    if (stringsApart) this.writeStrings(db, seg);
    db.prepare('INSERT INTO search_segments (seg, docs, chars, columns) VALUES (?, ?, ?, ?)').run(
      seg,
      this.ids.length,
      this.chars,
      columns,
    );
    // Body keys sort before title keys of the same segment; rows go in by the hundred (one
    // statement call per row cost more than the b-tree inserts).
    const insert = new BatchInsert(db);
    const add = insert.add.bind(insert);
    this.body.forEachRow(seg, BODY, add);
    this.title.forEachRow(seg, TITLE, add);
    insert.flush();
  }

  private writeStrings(db: Database.Database, seg: number): void {
    db.exec(SEGMENT_STRINGS_SQL);
    const put = db.prepare('INSERT INTO search_strings (seg, name, chunk, value) VALUES (?, ?, ?, ?)');
    for (let c = 0; c * STRINGS_PER_ROW < this.ids.length; c++) {
      const [from, to] = [c * STRINGS_PER_ROW, (c + 1) * STRINGS_PER_ROW];
      put.run(seg, 'ids', c, encodeColumns({ ids: { utf8: StringColumn.from(this.ids.slice(from, to)) } }));
      put.run(seg, 'titles', c, encodeColumns({ titles: StringColumn.from(this.titles.slice(from, to)) }));
    }
  }
}

/** Multi-row INSERT of postings rows (key, df, docs, pos), a hundred rows per statement. */
class BatchInsert {
  private values: unknown[] = [];
  private readonly full: Database.Statement;
  constructor(
    private readonly db: Database.Database,
    private readonly rows = 100,
  ) {
    this.full = db.prepare(this.sql(rows));
  }
  private sql(n: number): string {
    return `INSERT INTO search_postings (key, df, docs, pos) VALUES ${Array(n).fill('(?, ?, ?, ?)').join(', ')}`;
  }
  add(key: number, df: number, docs: Uint8Array, pos: Uint8Array | null): void {
    this.values.push(key, df, docs, pos);
    if (this.values.length === this.rows * 4) {
      this.full.run(this.values);
      this.values = [];
    }
  }
  flush(): void {
    if (this.values.length) this.db.prepare(this.sql(this.values.length / 4)).run(this.values);
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
