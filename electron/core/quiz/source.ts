// Loads the material questions are generated from: the library's documents with their
// paragraphs, 金句 and 提法, read through the library views — study material only: historical
// documents are left out unless the user opted them in.
import type { CoreContext } from '../context.js';
import { STUDY_DOC_IDS } from '../knowledge/study-material.js';
import { decodeUtf8 } from '../text/utf8-decode.js';
import type { QuizSource, SourceDoc, SourceQuote, SourceTerm } from './types.js';
import { holdsSupersededLine } from '../knowledge/superseded-lines.js';
import { isListedOnly, isListingFormOccurrence } from '../knowledge/listed-lexicon.js';
import { ruleFor } from '../knowledge/term-rules.js';
import { inLexicon } from './term-distractors.js';
import { crossedOccurrences } from './cut-term.js';

interface DocRow {
  id: string;
  title: string;
  type: string;
  date: string | null;
  year: number | null;
  source: string | null;
  speakers: string;
  occasion: string | null;
  /** UTF-8 bytes, decoded by ICU: the whole library's text is read here (see text/utf8-decode.ts). */
  paragraphs: Buffer;
}

/** Every study document of the library (the user's edits applied, hidden ones left out), its 金句 and
 * 提法, and the first year each 提法 is found. */
export function loadSource(ctx: CoreContext): QuizSource {
  const db = ctx.userDb;
  const out: QuizSource = { docs: new Map(), quotes: [], terms: [] };
  for (const r of db
    .prepare(
      `SELECT id, title, type, date, year, source, speakers, occasion, CAST(paragraphs AS BLOB) AS paragraphs
       FROM all_documents
       WHERE id IN (${STUDY_DOC_IDS}) ORDER BY id`,
    )
    .all() as DocRow[]) {
    out.docs.set(r.id, {
      id: r.id,
      title: r.title,
      type: r.type,
      date: r.date,
      year: r.year,
      source: r.source,
      speakers: (JSON.parse(r.speakers) as { name: string }[]).map((s) => s.name),
      occasion: r.occasion,
      paragraphs: JSON.parse(decodeUtf8(r.paragraphs)) as SourceDoc['paragraphs'],
    });
  }
  // In a fixed order, so the same library always gives the same questions. The bundle ranks its
  // 金句 (score, reason); a user's imported ones carry no rank.
  out.quotes = db
    .prepare(
      `SELECT id, doc_id AS docId, paragraph, start, end, text, speaker, occasion, date, score, reason FROM all_quotes
       WHERE doc_id IN (${STUDY_DOC_IDS}) ORDER BY doc_id, paragraph, start`,
    )
    .all() as SourceQuote[];
  const termRows = db
    .prepare(
      `SELECT term, doc_id AS docId, paragraph, start, length FROM all_terms WHERE doc_id IN (${STUDY_DOC_IDS})
       ORDER BY doc_id, paragraph, start`,
    )
    .all() as (SourceTerm & { length: number })[];
  const listedOnly = listedOnlyTerms(db);
  const crossed = crossedOccurrences(termRows);
  // An owner-less 基本路线 (listed under 党的基本路线) or a plan written out (第七个五年计划 under 七五) is not the
  // term's words: no question reads it.
  out.terms = termRows
    .filter(
      (t) =>
        askable(t.term) && !listedOnly.has(t.term) && !isListingFormOccurrence(t.term, t.length) && !crossed.has(t),
    )
    .map(({ length: _, ...t }) => t);
  const reports = db
    .prepare('SELECT term, first_year AS y FROM bundle.term_info WHERE first_year IS NOT NULL')
    .all() as { term: string; y: number }[];
  out.firstSeen = firstSeenYears(
    reports.map((r) => [r.term, r.y]),
    out,
  );
  return out;
}

/** Quoted terms, spelled-out counts and series items of the bundle (quoted-terms.ts, counted-formulations.ts,
 * series-siblings.ts): listed
 * only, never a question's material (两个文明建设 has a numeral formulation's shape all the same). */
export function listedOnlyTerms(db: Pick<CoreContext['userDb'], 'prepare'>): Set<string> {
  const rows = db.prepare("SELECT term FROM bundle.term_info WHERE origin IN ('quoted', 'counted', 'series')").all();
  return new Set((rows as { term: string }[]).map((r) => r.term));
}

/** Whether a listed 提法 may be a question's material: a superseded line a text names (一大二公,
 * 两个凡是) is neither a key nor a distractor to pick, and a 提法 of the listing layer or a policy
 * name the reports repeat (listed-lexicon.ts, policy-names.ts) is listed only, never asked. */
export function askable(term: string): boolean {
  return !holdsSupersededLine(term) && !isListedOnly(term) && (inLexicon(term) || ruleFor(term, 3) !== null);
}

/** The first year each 提法 is found: in the bundle's reports (`reports`, historical ones included) or
 * in any study document (四议两公开 in a county's article), whichever is earlier. */
export function firstSeenYears(
  reports: Iterable<[string, number]>,
  src: Pick<QuizSource, 'docs' | 'terms'>,
): Map<string, number> {
  const first = new Map(reports);
  for (const t of src.terms) {
    const y = src.docs.get(t.docId)?.year;
    if (y && y < (first.get(t.term) ?? Infinity)) first.set(t.term, y);
  }
  return first;
}

/** The paragraph text a fact points into, or null if the document or paragraph is gone. */
export function paragraphText(src: QuizSource, docId: string, paragraph: number): string | null {
  return src.docs.get(docId)?.paragraphs[paragraph]?.text ?? null;
}

/** 《标题》（2021年） — how a source is named in stems and explanations. */
export function docLabel(doc: SourceDoc): string {
  return `《${doc.title}》${doc.year && !doc.title.includes(String(doc.year)) ? `（${doc.year}年）` : ''}`;
}
