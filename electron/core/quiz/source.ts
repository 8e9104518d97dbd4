// Loads the material questions are generated from: bundled and user documents with their
// paragraphs, 金句 and 提法 (same column names in both databases). Historical documents are left
// out unless the user opted them in.
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context.js';
import { hasTable } from '../services/library-rows.js';
import { excludedDocIds } from '../knowledge/study-material.js';
import type { QuizSource, SourceDoc, SourceQuote, SourceTerm } from './types.js';

interface DocRow {
  id: string;
  title: string;
  type: string;
  date: string | null;
  year: number | null;
  source: string | null;
  speakers: string;
  occasion: string | null;
  paragraphs: string;
}

function readDb(
  db: Database.Database,
  tables: { docs: string; quotes: string; terms: string },
  out: QuizSource,
  excluded: ReadonlySet<string>,
): void {
  if (!hasTable(db, tables.docs)) return;
  for (const r of db
    .prepare(`SELECT id, title, type, date, year, source, speakers, occasion, paragraphs FROM ${tables.docs}`)
    .all() as DocRow[]) {
    if (excluded.has(r.id)) continue;
    const doc: SourceDoc = {
      id: r.id,
      title: r.title,
      type: r.type,
      date: r.date,
      year: r.year,
      source: r.source,
      speakers: (JSON.parse(r.speakers) as { name: string }[]).map((s) => s.name),
      occasion: r.occasion,
      paragraphs: JSON.parse(r.paragraphs) as SourceDoc['paragraphs'],
    };
    out.docs.set(doc.id, doc);
  }
  if (hasTable(db, tables.quotes)) {
    // The bundle ranks its 金句 (score); a user's imported ones carry no rank.
    const scored = (db.prepare(`PRAGMA table_info(${tables.quotes})`).all() as { name: string }[]).some(
      (c) => c.name === 'score',
    );
    out.quotes.push(
      ...(
        db
          .prepare(
            `SELECT id, doc_id AS docId, paragraph, start, end, text, speaker, occasion, date, ${scored ? 'score, reason' : 'NULL AS score, NULL AS reason'} FROM ${tables.quotes}`,
          )
          .all() as SourceQuote[]
      ).filter((q) => !excluded.has(q.docId)),
    );
  }
  if (hasTable(db, tables.terms)) {
    out.terms.push(
      ...(
        db.prepare(`SELECT term, doc_id AS docId, paragraph, start FROM ${tables.terms}`).all() as SourceTerm[]
      ).filter((t) => !excluded.has(t.docId)),
    );
  }
}

/** Study material only: historical documents the user has not opted in are left out. */
export function loadSource(ctx: CoreContext): QuizSource {
  const out: QuizSource = { docs: new Map(), quotes: [], terms: [] };
  const excluded = excludedDocIds(ctx);
  if (ctx.bundle) readDb(ctx.bundle, { docs: 'documents', quotes: 'quotes', terms: 'terms' }, out, excluded);
  readDb(ctx.userDb, { docs: 'user_documents', quotes: 'user_quotes', terms: 'user_terms' }, out, excluded);
  return out;
}

/** The paragraph text a fact points into, or null if the document or paragraph is gone. */
export function paragraphText(src: QuizSource, docId: string, paragraph: number): string | null {
  return src.docs.get(docId)?.paragraphs[paragraph]?.text ?? null;
}

/** 《标题》（2021年） — how a source is named in stems and explanations. */
export function docLabel(doc: SourceDoc): string {
  return `《${doc.title}》${doc.year && !doc.title.includes(String(doc.year)) ? `（${doc.year}年）` : ''}`;
}
