// Which documents may feed study prompts (金句, 提法 statistics, questions, suggestions): current
// ones, plus historical ones the user opted in explicitly (e.g. for 党史 study). Status comes from
// the library views (the bundle's, or the user's override); the opt-in is document_state.study_opt_in
// (set through setDocumentState), kept by document id, so it survives content updates.
import type { CoreContext } from '../context.js';

/** SQL: ids of the library's documents that are study material. */
export const STUDY_DOC_IDS = `SELECT id FROM all_documents WHERE status <> '历史文献'
  OR id IN (SELECT doc_id FROM main.document_state WHERE study_opt_in = 1)`;

/** SQL: ids of historical documents the user has not opted in (never study material). */
export const EXCLUDED_DOC_IDS = `SELECT id FROM all_documents WHERE status = '历史文献'
  AND id NOT IN (SELECT doc_id FROM main.document_state WHERE study_opt_in = 1)`;

/** SQL condition: the row's document (column `col`, NULL for none) is not excluded. */
export function notExcluded(col: string): string {
  return `(${col} IS NULL OR ${col} NOT IN (${EXCLUDED_DOC_IDS}))`;
}

/** Ids of historical documents not opted in: never study material. */
export function excludedDocIds(ctx: CoreContext): Set<string> {
  return new Set(ctx.userDb.prepare(EXCLUDED_DOC_IDS).pluck().all() as string[]);
}
