// Document status: 现行 (current study material) or 历史文献 (historical record). Historical
// documents stay readable and searchable but never feed 金句, 提法 statistics, questions or topic
// suggestions unless the user opts the document in.
export const DOC_STATUSES = ['现行', '历史文献'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

export interface StatusInfo {
  status: DocStatus;
  /** One line shown beside the 历史文献 label (why the document is historical). */
  statusNote: string | null;
}

export const CURRENT: StatusInfo = { status: '现行', statusNote: null };

/** Whether a document may be used as study material (its own status, or the user's opt-in). */
export function isStudyMaterial(doc: { id: string; status?: string | null }, optedIn?: ReadonlySet<string>): boolean {
  return (doc.status ?? '现行') !== '历史文献' || (optedIn?.has(doc.id) ?? false);
}
