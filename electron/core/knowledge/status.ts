// Document status: 现行 (current study material) or 历史文献 (historical record). Historical
// documents stay readable and searchable but never feed 金句, 提法 statistics, questions or topic
// suggestions unless the user opts the document in (study-material.ts).
import type { DocStatus } from '../../contract/api.js';
export { DOC_STATUSES } from '../../shared/enums.js';
export type { DocStatus };

export interface StatusInfo {
  status: DocStatus;
  /** One line shown beside the 历史文献 label (why the document is historical). */
  statusNote: string | null;
}

export const CURRENT: StatusInfo = { status: '现行', statusNote: null };
