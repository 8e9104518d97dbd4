// Builds Anki packages (.apkg) for tests and fixtures: a zip of an SQLite collection whose `col.models`
// names each note type's fields and whose `notes.flds` holds a note's fields parted by \x1f, and `media`.
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';

export interface Model {
  id: number;
  name: string;
  type: 0 | 1; // 1: cloze
  fields: string[];
}
export interface Note {
  mid: number;
  fields: string[];
  tags?: string;
}

export function collection(models: Model[], notes: Note[]): Uint8Array {
  const db = new Database(':memory:');
  db.exec(`create table col (id integer primary key, crt integer, mod integer, scm integer, ver integer,
    dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
    create table notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text,
    flds text, sfld integer, csum integer, flags integer, data text);
    create table cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer,
    type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer,
    left integer, odue integer, odid integer, flags integer, data text);`);
  const modelJson = Object.fromEntries(
    models.map((m) => [
      String(m.id),
      { id: m.id, name: m.name, type: m.type, flds: m.fields.map((name, ord) => ({ name, ord })), tmpls: [] },
    ]),
  );
  db.prepare(
    `insert into col values (1, 1700000000, 1700000000, 1700000000, 11, 0, 0, 0, '{}', ?, '{}', '{}', '{}')`,
  ).run(JSON.stringify(modelJson));
  const insert = db.prepare(`insert into notes values (?, ?, ?, 1700000000, -1, ?, ?, '', 0, 0, '')`);
  notes.forEach((n, i) =>
    insert.run(1700000000000 + i, `g${i}`, n.mid, n.tags ? ` ${n.tags} ` : '', n.fields.join('\x1f')),
  );
  const bytes = db.serialize();
  db.close();
  return new Uint8Array(bytes);
}

/** The package of these files (collection.anki2 …) and an empty media list. */
export const apkg = (files: Record<string, Uint8Array>) => Buffer.from(zipSync({ ...files, media: strToU8('{}') }));
