// Handlers for 对比阅读, 引文核对 and 提法 through the years (issue 16). Services live in
// core/compare and core/verify.
import type { ApiHandlers } from '../dispatch.js';
import type { CoreContext } from '../context.js';
import { compareDocuments } from '../compare/compare.js';
import { comparisonDocx } from '../compare/compare-docx.js';
import { termTimeline } from '../compare/term-timeline.js';
import { timelineDocx } from '../compare/timeline-docx.js';
import { verifyQuotation } from '../verify/verify.js';

type CompareMethods =
  'compareDocuments' | 'exportComparison' | 'verifyQuotation' | 'termTimeline' | 'exportTermTimeline';

export function compareHandlers(ctx: CoreContext): Pick<ApiHandlers, CompareMethods> {
  return {
    compareDocuments: (a) => compareDocuments(ctx, a),
    exportComparison: (a) => comparisonDocx(compareDocuments(ctx, a)),
    verifyQuotation: (a) => verifyQuotation(ctx, a.text),
    termTimeline: (a) => termTimeline(ctx, a.term),
    exportTermTimeline: (a) => timelineDocx(termTimeline(ctx, a.term)),
  };
}
