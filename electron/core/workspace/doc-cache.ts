// Reads documents for the workspace (paragraph texts, title, 出处) through the library service,
// memoised per call so listing many annotations loads each document once.
import { ApiError } from '../../contract/errors.js';
import type { DocumentFull } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { getDocument } from '../services/library-read.js';

export type DocLookup = (docId: string) => DocumentFull | null;

export function docLookup(ctx: CoreContext): DocLookup {
  const cache = new Map<string, DocumentFull | null>();
  return (docId) => {
    if (!cache.has(docId)) {
      try {
        cache.set(docId, getDocument(ctx, docId));
      } catch (err) {
        if (!(err instanceof ApiError && err.code === 'NOT_FOUND')) throw err;
        cache.set(docId, null);
      }
    }
    return cache.get(docId) ?? null;
  };
}

export function requireDoc(ctx: CoreContext, docId: string): DocumentFull {
  const d = docLookup(ctx)(docId);
  if (!d) throw new ApiError('NOT_FOUND', '找不到该文档，可能已被删除。');
  return d;
}

export const paragraphTexts = (d: DocumentFull): string[] => d.paragraphs.map((p) => p.text);
