// The library's sentences and who said each first. A user's speech that repeats a line of the
// 二十大 report word for word is quoting it: the bundle build keeps, per sentence, the earliest
// dated document holding it and its speakers (table said_lines), and an import takes the speaker
// off a 金句 that a library document by someone else said before (the bundle build does the same
// for its own documents: cross-cite.ts). Sentences are keyed by a hash of their Han characters.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { splitSentences } from '../text/sentences.js';
import { foldedHan } from '../text/normalize.js';
import { datedBefore } from '../../shared/date-order.js';
import { ownCitation } from './citations.js';
import type { ContentDocument } from './types.js';

const MIN_HAN = 8;
const MAX_HAN = 100;

/** A sentence's key: 48 bits of the SHA-1 of its folded Han characters; null when too short to
 * be a saying of its own or too long to be one sentence. */
export function lineKey(text: string): number | null {
  const han = foldedHan(text);
  if (han.length < MIN_HAN || han.length > MAX_HAN) return null;
  return createHash('sha1').update(han).digest().readUIntBE(0, 6);
}

type Said = { date: string; speakers: string[] };

/** Writes said_lines into a bundle being built: each sentence of a dated document, with the
 * earliest such document's date and speakers. */
export function writeSaidLines(db: Database.Database, docs: readonly ContentDocument[]): void {
  const first = new Map<number, Said>();
  for (const d of docs) {
    if (!d.date) continue;
    const speakers = d.speakers.map((s) => s.name);
    for (const p of d.paragraphs)
      for (const s of splitSentences(p.text)) {
        const key = lineKey(s.text);
        if (key === null) continue;
        const had = first.get(key);
        if (!had || datedBefore(d.date, had.date)) first.set(key, { date: d.date, speakers });
      }
  }
  db.exec(
    'CREATE TABLE IF NOT EXISTS said_lines (key INTEGER PRIMARY KEY, date TEXT NOT NULL, speakers TEXT NOT NULL) STRICT',
  );
  const ins = db.prepare('INSERT OR REPLACE INTO said_lines (key, date, speakers) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const [key, s] of first) ins.run(key, s.date, JSON.stringify(s.speakers));
  })();
}

/** For imports: takes the speaker off each 金句 of `docs` that a bundled document by someone else
 * said before (the bundle attached as `schema`). Does nothing with a bundle built without the
 * table. */
export function saidBeforeChecker(
  db: Database.Database,
  schema = 'bundle',
): (docs: Pick<ContentDocument, 'quotes' | 'date' | 'title'>[]) => void {
  let has: unknown;
  try {
    has = db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = 'said_lines'`).get();
  } catch {
    has = undefined; // no bundle attached
  }
  if (!has) return () => {};
  const find = db.prepare(`SELECT date, speakers FROM ${schema}.said_lines WHERE key = ?`);
  return (docs) => {
    for (const d of docs)
      d.quotes = d.quotes.map((q) => {
        const key = q.speaker ? lineKey(q.text) : null;
        const row = key === null ? undefined : (find.get(key) as { date: string; speakers: string } | undefined);
        if (
          !row ||
          (d.date && !datedBefore(row.date, d.date)) ||
          (JSON.parse(row.speakers) as string[]).includes(q.speaker!)
        )
          return q;
        return { ...q, speaker: null, occasion: null, date: null, citation: ownCitation(null, d.title, d.date) };
      });
  };
}
