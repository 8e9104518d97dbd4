// Handlers for the library: documents, import, 金句 and 提法. (Filled in by the content pipeline.)
import { ApiError } from '../../contract/api.js';
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';

type LibraryMethods = 'listDocuments' | 'getDocument' | 'importFiles' | 'updateDocument' | 'deleteDocument' | 'listQuotes' | 'listTerms';

export function libraryHandlers(_ctx: CoreContext): Pick<ApiHandlers, LibraryMethods> {
  const todo = (): never => {
    throw new ApiError('INTERNAL', '该功能尚未完成。');
  };
  return { listDocuments: todo, getDocument: todo, importFiles: todo, updateDocument: todo, deleteDocument: todo, listQuotes: todo, listTerms: todo };
}
