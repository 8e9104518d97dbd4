// Writes documents with their 金句 and 提法 into the `main` tables of a connection: the bundle file
// while it is built, or the user's database on import (both have the same tables). Quote ids come
// from their text (stable-ids.ts); the same sentence twice in one document is stored once.
// The knowledge columns only the bundle has (status_note; a 金句's reason and score; a 提法
// occurrence's matched length) are written where the table has them.
import type Database from 'better-sqlite3';
import { bodyText, yearOf } from './doc-fields.js';
import { quoteId } from './stable-ids.js';
import type { ContentDocument } from './types.js';

function columnsOf(db: Database.Database, table: string): Set<string> {
  const rows = db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(table) as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

/** `cols` that `table` has, as an INSERT statement with positional parameters. */
function insertInto(
  db: Database.Database,
  table: string,
  cols: string[],
  orIgnore = false,
): [Database.Statement, string[]] {
  const have = columnsOf(db, table);
  const used = cols.filter((c) => have.has(c));
  const sql = `INSERT ${orIgnore ? 'OR IGNORE ' : ''}INTO main.${table} (${used.join(', ')}) VALUES (${used.map((c) => `@${c}`).join(', ')})`;
  return [db.prepare(sql), used];
}

function pick(row: Record<string, unknown>, used: string[]): Record<string, unknown> {
  return Object.fromEntries(used.map((c) => [c, row[c] ?? null]));
}

/** Writes a document's 金句 (with the document, or later: services/quote-pass.ts). */
export function quoteWriter(db: Database.Database): (d: Pick<ContentDocument, 'id' | 'quotes'>) => void {
  const [insQuote, quoteCols] = insertInto(
    db,
    'quotes',
    ['id', 'doc_id', 'paragraph', 'start', 'end', 'text', 'speaker', 'occasion', 'date', 'citation', 'reason', 'score'],
    true,
  );
  return (d) => {
    for (const q of d.quotes) {
      const row = { ...q, id: quoteId(d.id, q.text), doc_id: d.id, reason: q.reason ?? '', score: q.score ?? null };
      insQuote.run(pick(row, quoteCols));
    }
  };
}

export function writeDocuments(db: Database.Database, docs: ContentDocument[]): void {
  documentWriter(db)(docs);
}

/** writeDocuments with its statements prepared once, for a caller that writes many times (an
 * import of many files, one transaction each). */
export function documentWriter(db: Database.Database): (docs: ContentDocument[]) => void {
  const [insDoc, docCols] = insertInto(db, 'documents', [
    'id', 'title', 'type', 'date', 'year', 'source', 'speakers', 'occasion', 'place', 'script', 'status',
    'chars', 'hash', 'origin', 'status_note', 'paragraphs',
  ]); // prettier-ignore
  const writeQuotes = quoteWriter(db);
  const [insTerm, termCols] = insertInto(db, 'terms', ['term', 'doc_id', 'paragraph', 'start', 'length']);
  return (docs) => {
    for (const d of docs) {
      insDoc.run(
        pick(
          {
            id: d.id,
            title: d.title,
            type: d.type,
            date: d.date,
            year: yearOf(d.date),
            source: d.source,
            speakers: JSON.stringify(d.speakers),
            occasion: d.occasion,
            place: d.place,
            script: d.script,
            status: d.status ?? '现行',
            chars: bodyText(d.paragraphs).replace(/\s/g, '').length,
            hash: d.hash,
            origin: d.origin,
            status_note: d.statusNote ?? null,
            paragraphs: JSON.stringify(d.paragraphs),
          },
          docCols,
        ),
      );
      writeQuotes(d);
      for (const t of d.terms)
        for (const o of t.occurrences) {
          const row = {
            term: t.term,
            doc_id: d.id,
            paragraph: o.paragraph,
            start: o.start,
            length: o.length ?? t.term.length,
          };
          insTerm.run(pick(row, termCols));
        }
    }
  };
}
