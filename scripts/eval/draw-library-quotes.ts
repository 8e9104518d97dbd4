// Draws 金句 of the shipped library for judging (tests/eval/knowledge/quotes-library19.json): every 金句 of a
// 现行 document in a content bundle, ordered by sha1(salt + doc id + text), the first N kept. Prints JSON
// (title, year, text, speaker, reason, score) to stdout, for judging by reading each in its document.
// Run: node --import tsx scripts/eval/draw-library-quotes.ts [--bundle content/build/content.sqlite]
//   [--salt library19:] [--n 60] > /tmp/draw.json
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { flagString, parseArgs } from '../lib/args.js';

interface Row {
  docId: string;
  title: string;
  year: number | null;
  text: string;
  speaker: string | null;
  reason: string;
  score: number | null;
}

const args = parseArgs(process.argv.slice(2));
const bundle = flagString(args, 'bundle') ?? 'content/build/content.sqlite';
const salt = flagString(args, 'salt') ?? 'library19:';
const n = Number(flagString(args, 'n') ?? 60);
const db = new Database(bundle, { readonly: true });
const rows = db
  .prepare(
    `SELECT q.doc_id AS docId, d.title, d.year, q.text, q.speaker, q.reason, q.score
     FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE d.status = '现行'`,
  )
  .all() as Row[];
db.close();
const key = (r: Row) =>
  createHash('sha1')
    .update(salt + r.docId + r.text)
    .digest('hex');
const drawn = rows
  .map((r) => ({ r, k: key(r) }))
  .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
  .slice(0, n)
  .map(({ r }) => r);
console.log(JSON.stringify({ pool: rows.length, salt, drawn }, null, 1));
