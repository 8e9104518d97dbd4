// Writes documents with their 金句 and 提法 into the `main` tables of a connection: the bundle file
// while it is built, or the user's database on import (both have the same tables). Quote ids come
// from their text (stable-ids.ts); the same sentence twice in one document is stored once.
import type Database from 'better-sqlite3';
import { bodyText, yearOf } from './doc-fields.js';
import { quoteId } from './stable-ids.js';
import type { ContentDocument } from './types.js';

export function writeDocuments(db: Database.Database, docs: ContentDocument[]): void {
  const insDoc = db.prepare(
    `INSERT INTO main.documents (id, title, type, date, year, source, speakers, occasion, place, script, chars, hash,
       origin, paragraphs)
     VALUES (@id, @title, @type, @date, @year, @source, @speakers, @occasion, @place, @script, @chars, @hash, @origin,
       @paragraphs)`,
  );
  const insQuote = db.prepare(
    `INSERT OR IGNORE INTO main.quotes (id, doc_id, paragraph, start, end, text, speaker, occasion, date, citation)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insTerm = db.prepare('INSERT INTO main.terms (term, doc_id, paragraph, start) VALUES (?, ?, ?, ?)');
  for (const d of docs) {
    insDoc.run({
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
      chars: bodyText(d.paragraphs).replace(/\s/g, '').length,
      hash: d.hash,
      origin: d.origin,
      paragraphs: JSON.stringify(d.paragraphs),
    });
    for (const q of d.quotes) {
      const id = quoteId(d.id, q.text);
      insQuote.run(id, d.id, q.paragraph, q.start, q.end, q.text, q.speaker, q.occasion, q.date, q.citation);
    }
    for (const t of d.terms) for (const o of t.occurrences) insTerm.run(t.term, d.id, o.paragraph, o.start);
  }
}
