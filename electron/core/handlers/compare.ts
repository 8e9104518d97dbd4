// Handlers for 对比阅读, 引文核对 and 提法 through the years (issue 16). Services live in
// core/compare and core/verify.
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import { compareDocuments } from '../compare/compare.js';
import { termTimeline } from '../compare/term-timeline.js';
import { verifyQuotation } from '../verify/verify.js';

type CompareMethods =
  'compareDocuments' | 'exportComparison' | 'verifyQuotation' | 'termTimeline' | 'exportTermTimeline';

export function compareHandlers(ctx: CoreContext): Pick<ApiHandlers, CompareMethods> {
  return {
    compareDocuments: (a) => compareDocuments(ctx, a),
    // Word exports load docx when first used, not at start-up.
    exportComparison: async (a) =>
      (await import('../compare/compare-docx.js')).comparisonDocx(compareDocuments(ctx, a)),
    verifyQuotation: (a) => verifyQuotation(ctx, a.text),
    termTimeline: (a) => termTimeline(ctx, a.term),
    exportTermTimeline: async (a) =>
      (await import('../compare/timeline-docx.js')).timelineDocx(termTimeline(ctx, a.term)),
  };
}
