// One library passage as a verification result: where it is (document, date, paragraph), who said
// it (the 金句's speaker when the passage lies in an extracted 金句, else the document's speaker),
// the passage compared with the pasted text, and the formatted 出处 line.
import type { LibraryPlace, VerifyMatch } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { citationLine } from '../services/library-read.js';
import { speakersOf, type DocRow } from '../services/library-rows.js';
import type { ComparisonKey } from '../text/normalize.js';
import type { DocText } from './doc-text.js';
import type { Alignment } from './locate.js';
import { alignmentParts, passageRange } from './parts.js';

const CONTEXT = 80;

export function placeOf(row: DocRow, paragraph: number): LibraryPlace {
  return { docId: row.id, title: row.title, date: row.date, year: row.year, paragraph };
}

/** The speaker of an extracted 金句 that holds the passage, if any. */
function quoteSpeaker(ctx: CoreContext, row: DocRow, paragraph: number, s: number, e: number): string | null {
  const sql =
    'SELECT speaker FROM all_quotes WHERE doc_id = ? AND paragraph = ? AND start <= ? AND end >= ? AND speaker IS NOT NULL';
  return (ctx.userDb.prepare(sql).pluck().get(row.id, paragraph, e, s) as string | undefined) ?? null;
}

/** The 出处 line: the document's citation with the paragraph number. */
export function sourceLine(row: DocRow, paragraph: number): string {
  return `${citationLine(row).replace(/。$/, '')}，第${paragraph + 1}段。`;
}

export function toMatch(ctx: CoreContext, doc: DocText, a: Alignment, pasted: string, q: ComparisonKey): VerifyMatch {
  const text = doc.paragraphs[a.paragraph]!.text;
  const pKey = doc.keys[a.paragraph]!;
  const [s, e] = passageRange(pKey, a);
  const from = Math.max(0, s - CONTEXT);
  const to = Math.min(text.length, e + CONTEXT);
  const names = speakersOf(doc.row).map((x) => x.name);
  return {
    ...placeOf(doc.row, a.paragraph),
    speaker: quoteSpeaker(ctx, doc.row, a.paragraph, s, e) ?? (names.length ? names.join('、') : null),
    excerpt: (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : ''),
    span: [s - from + (from > 0 ? 1 : 0), e - from + (from > 0 ? 1 : 0)],
    similarity: Math.round(a.similarity * 1000) / 1000,
    parts: alignmentParts(text, pKey, pasted, q, a),
    citation: sourceLine(doc.row, a.paragraph),
    historical: doc.row.status === '历史文献',
  };
}
