// A document of the quiz source for generator tests: a government work report of that year unless
// `over` says otherwise.
import { generateFromQuotes } from '../../../electron/core/quiz/generate-quotes.js';
import { generateFromTerms } from '../../../electron/core/quiz/generate-terms.js';
import type { QuizSource, SourceDoc, SourceQuote } from '../../../electron/core/quiz/types.js';

export function sourceDoc(id: string, year: number, texts: string[], over: Partial<SourceDoc> = {}): SourceDoc {
  return {
    id,
    title: `${year}年政府工作报告${id}`,
    type: '文件',
    date: String(year),
    year,
    source: '中华人民共和国国务院',
    speakers: [],
    occasion: null,
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
    ...over,
  };
}

/** A quiz source of these documents and 金句 (no 提法). */
export const sourceOf = (docs: SourceDoc[], quotes: SourceQuote[]): QuizSource => ({
  docs: new Map(docs.map((d) => [d.id, d])),
  quotes,
  terms: [],
});

/** A 金句 of the document's first paragraph. */
export const quoteOf = (doc: SourceDoc, text: string, speaker: string | null): SourceQuote => {
  const start = doc.paragraphs[0]!.text.indexOf(text);
  return {
    id: `${doc.id}:${text}`,
    docId: doc.id,
    paragraph: 0,
    start,
    end: start + text.length,
    text,
    speaker,
    occasion: null,
    date: null,
  };
};

/** The span of `key` in `text`, as a generator marks a blank. */
export const at = (text: string, key: string) => {
  const start = text.indexOf(key);
  return { start, end: start + key.length, text: key };
};

/** The keys of the 填空 questions, the blanks of one question joined by ；. */
export const keysOf = (qs: { kind: string; blanks: { text: string }[] }[]) =>
  qs.filter((q) => q.kind === '填空').map((q) => q.blanks.map((b) => b.text).join('；'));

/** The blank keys drawn from one line of a user's import: as a 提法 (`term`) or as a 金句. `imported`
 * builds the import (the document `id`) and the library document beside it. */
export function importedKeys(imported: (line: string, id: string) => SourceDoc[]) {
  return {
    termKeys: (line: string, term: string, id = 'u:r0') =>
      keysOf(
        generateFromTerms({
          ...sourceOf(imported(line, id), []),
          terms: [{ term, docId: id, paragraph: 0, start: line.indexOf(term) }],
        }),
      ),
    quoteKeys: (line: string, id = 'u:r0') => {
      const docs = imported(line, id);
      return keysOf(generateFromQuotes(sourceOf(docs, [quoteOf(docs[0]!, line, null)])));
    },
  };
}
