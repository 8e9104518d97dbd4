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

/** The status a user's own import gets from its date: a document written before the Third Plenum
 * (1978-12-18) is a historical record, in particular one from the Cultural Revolution, which the
 * 1981 历史决议 repudiated. Without a date it is current, as the user chose to import it. The user's
 * documents store no note: it is told again from the date when they are read (library-rows.ts). */
export function statusByDate(date: string | null | undefined): StatusInfo {
  const d = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!d) return CURRENT;
  // A year alone is compared as its first day: 1978 is before the plenum, 1979 after.
  const key = `${d[1]}-${d[2] ?? '01'}-${d[3] ?? '01'}`;
  const note = (text: string): StatusInfo => ({ status: '历史文献', statusNote: text });
  if (key < '1949-10-01') return note('新中国成立前的历史文献，供党史学习，不作为现行学习材料。');
  if (key < '1966-05-16') return note('新中国成立初期的历史文献，反映当时的方针政策，供党史学习，不作为现行学习材料。');
  if (key < '1976-10-06')
    return note('“文化大革命”时期文献，其论点已被1981年《关于建国以来党的若干历史问题的决议》彻底否定，仅供党史研究。');
  if (key < '1978-12-18') return note('十一届三中全会前的文献，已被1981年历史决议纠正，仅供党史研究。');
  return CURRENT;
}
