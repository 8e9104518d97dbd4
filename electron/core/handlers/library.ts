// Handlers for the library: documents, import, 金句 and 提法, backed by services/library-*.
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import { deleteDocument, updateDocument } from '../services/library-edit.js';
import { getDocument, listDocuments, listQuotes, listTerms } from '../services/library-read.js';

type LibraryMethods =
  'listDocuments' | 'getDocument' | 'importFiles' | 'updateDocument' | 'deleteDocument' | 'listQuotes' | 'listTerms';

export function libraryHandlers(ctx: CoreContext): Pick<ApiHandlers, LibraryMethods> {
  return {
    listDocuments: (a) => listDocuments(ctx, a),
    getDocument: (a) => getDocument(ctx, a.id),
    // The import pipeline (HTML, Word, PDF parsers) loads on the first import, not at start-up.
    importFiles: async (a) => (await import('../services/library-import.js')).importFiles(ctx, a),
    updateDocument: (a) => updateDocument(ctx, a),
    deleteDocument: (a) => deleteDocument(ctx, a.id),
    listQuotes: (a) => listQuotes(ctx, a),
    listTerms: (a) => listTerms(ctx, a),
  };
}
