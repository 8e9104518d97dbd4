// 提法 per document (t25-tifa-docs.json, RUBRIC.md): for excerpts of library documents labelled by
// hand, the terms the bundle lists there (its terms table, paragraphs [from, to)) against the 提法
// the excerpt holds and the ordinary phrases it must not list. A document given as a text file
// (`file`, t58 on) is not in the library: its lines are its paragraphs, its terms extracted as an import does.
// Precision of the list, recall of the hand-listed 提法, and whether each listed 提法 is counted as often as it
// occurs in its sense.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { tifaEntries } from '../../../electron/core/knowledge/listed-lexicon.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';
import { LABELS_DIR } from './eval-context.js';
import type { EvalLibrary } from './library.js';

export interface TifaDocLabel {
  set: string;
  title: string;
  /** A text file beside the labels (one paragraph a line) standing for a document a user imports. */
  file?: string;
  from: number;
  to: number;
  /** The 提法 of the excerpt, listed from the text before the code ran: forms name the same
   * formulation in other wordings; count is how often it occurs there in its sense (nested uses too). */
  tifa: { term: string; forms?: string[]; count: number }[];
  /** Ordinary phrases of the excerpt (work areas, statistics, names) that are no 提法. */
  ordinary: string[];
}

/** Another listed term, judged after a run: a 提法 or not. */
export interface TifaDocJudged {
  term: string;
  real: boolean;
  why: string;
}

export interface TifaDocsResult {
  listed: number;
  precision: number;
  recall: number;
  /** Share of the listed hand-labelled 提法 whose count in the excerpt is the labelled count. */
  occurrences: number;
  /** The same for the count the 提法's timeline gives the excerpt (term-timeline.ts). */
  timeline: number;
  notReal: string[];
  unjudged: string[];
  missed: string[];
  wrongCounts: string[];
  wrongTimeline: string[];
}

/** A listed term and the lexicon's other wordings of it: a label naming the formulation by a variant
 * (战略科技力量 for 国家战略科技力量) names the same 提法. */
function namesOf(term: string): string[] {
  return [term, ...(tifaEntries().find((e) => e.term === term)?.variants ?? [])];
}

function listedTerms(db: Database.Database, docId: string, from: number, to: number): Map<string, number> {
  const rows = db
    .prepare(
      'SELECT term, count(*) AS n FROM terms WHERE doc_id = ? AND paragraph >= ? AND paragraph < ? GROUP BY term',
    )
    .all(docId, from, to) as { term: string; n: number }[];
  return new Map(rows.map((r) => [r.term, r.n]));
}

/** The paragraphs of a labelled document and the terms listed there: the bundle's rows for a library
 * excerpt; for a file, the terms an import would store (the document's own rule terms). */
function docTerms(db: Database.Database, lib: EvalLibrary, d: TifaDocLabel) {
  if (d.file) {
    const paragraphs = fs
      .readFileSync(path.join(LABELS_DIR, d.file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((text) => ({ kind: 'p' as const, text }));
    const listed = new Map(
      extractTerms(paragraphs)
        .map((t) => [t.term, t.occurrences.filter((o) => o.paragraph >= d.from && o.paragraph < d.to).length] as const)
        .filter(([, n]) => n > 0),
    );
    return { paragraphs, listed };
  }
  const doc = lib.docs.find((x) => x.title === d.title);
  if (!doc) throw new Error(`提法 per document: no document titled ${d.title}`);
  return { paragraphs: doc.paragraphs, listed: listedTerms(db, doc.id, d.from, d.to) };
}

/** The documents of `set` in a per-document 提法 file (`docs`, `judged`), scored: the one call the
 * evaluation's table and `scripts/eval/tifa-set.ts` share. */
export function evalTifaSet(
  lib: EvalLibrary,
  file: { docs: readonly TifaDocLabel[]; judged: readonly TifaDocJudged[] },
  set: string,
): TifaDocsResult {
  return evalTifaDocs(
    lib,
    file.docs.filter((d) => d.set === set),
    file.judged,
  );
}

export function evalTifaDocs(
  lib: EvalLibrary,
  docs: readonly TifaDocLabel[],
  judged: readonly TifaDocJudged[],
): TifaDocsResult {
  const db = new Database(lib.bundlePath, { readonly: true });
  const r: TifaDocsResult = {
    listed: 0,
    precision: 0,
    recall: 0,
    occurrences: 0,
    timeline: 0,
    notReal: [],
    unjudged: [],
    missed: [],
    wrongCounts: [],
    wrongTimeline: [],
  };
  let real = 0;
  let labelled = 0;
  let found = 0;
  let counted = 0;
  let countedRight = 0;
  let timelineRight = 0;
  try {
    for (const d of docs) {
      const { paragraphs, listed } = docTerms(db, lib, d);
      const folded = paragraphs.map((p) => foldForSearch(p.text));
      const where = (term: string) =>
        termPlaces(term)
          .find(folded)
          .filter((h) => h.paragraph >= d.from && h.paragraph < d.to).length;
      const labelOf = (term: string) =>
        d.tifa.find((t) => namesOf(term).some((n) => t.term === n || t.forms?.includes(n)));
      for (const [term, n] of listed) {
        r.listed++;
        const label = labelOf(term);
        const verdict = label ? true : d.ordinary.includes(term) ? false : judged.find((j) => j.term === term)?.real;
        if (verdict === undefined) r.unjudged.push(term);
        else if (verdict) real++;
        else r.notReal.push(`${term} (${d.title.slice(0, 4)})`);
        if (label) {
          counted++;
          if (n === label.count) countedRight++;
          else r.wrongCounts.push(`${term} ${n}/${label.count} (${d.title.slice(0, 4)})`);
          const onTimeline = where(term);
          if (onTimeline === label.count) timelineRight++;
          else r.wrongTimeline.push(`${term} ${onTimeline}/${label.count} (${d.title.slice(0, 4)})`);
        }
      }
      for (const t of d.tifa) {
        labelled++;
        if ([...listed.keys()].some((term) => labelOf(term) === t)) found++;
        else r.missed.push(`${t.term} (${d.title.slice(0, 4)})`);
      }
    }
  } finally {
    db.close();
  }
  r.precision = r.listed ? real / r.listed : 0;
  r.recall = labelled ? found / labelled : 0;
  r.occurrences = counted ? countedRight / counted : 0;
  r.timeline = counted ? timelineRight / counted : 0;
  return r;
}
