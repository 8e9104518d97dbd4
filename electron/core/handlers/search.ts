// Handlers for search. (Filled in by the search engine.)
import { ApiError } from '../../contract/api.js';
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';

export function searchHandlers(_ctx: CoreContext): Pick<ApiHandlers, 'search'> {
  return {
    search: () => {
      throw new ApiError('INTERNAL', '该功能尚未完成。');
    },
  };
}
