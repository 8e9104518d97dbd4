// What the search engine reads: the one connection, and whether a content bundle is attached to it
// (the engine then also reads the `bundle.*` search tables).
import type { CoreContext } from '../context.js';
import type { SearchSources } from './engine.js';

export function searchSources(ctx: CoreContext): SearchSources {
  return { bundle: ctx.bundleState === 'attached' ? ctx.userDb : null, userDb: ctx.userDb };
}
