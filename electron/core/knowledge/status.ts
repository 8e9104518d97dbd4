// Document status: 现行 (current study material) or 历史文献 (historical record). Historical
// documents stay readable and searchable but never feed 金句, 提法 statistics, questions or topic
// suggestions unless the user opts the document in (study-material.ts).
import type { DocStatus } from '../../contract/api.js';
import { foldForSearch } from '../text/normalize.js';
import { diedBeforePlenum } from './speaker-era.js';
import { CR_WORDING, LATER, LEAP_WORDING, PRE_PLENUM_WORDING } from './period-wording.js';
import { ownPeriodDate } from './own-period-date.js';
export { DOC_STATUSES } from '../../shared/enums.js';
export type { DocStatus };

export interface StatusInfo {
  status: DocStatus;
  /** One line shown beside the 历史文献 label (why the document is historical). */
  statusNote: string | null;
}

export const CURRENT: StatusInfo = { status: '现行', statusNote: null };
const CR_NOTE = '“文化大革命”时期文献，其论点已被1981年《关于建国以来党的若干历史问题的决议》彻底否定，仅供党史研究。';
const PRE_PLENUM_NOTE = '十一届三中全会前的文献，已被1981年历史决议纠正，仅供党史研究。';
const LEAP_NOTE = '“大跃进”时期文献，其高指标、浮夸风等“左”倾错误后来已被纠正，供党史学习，不作为现行学习材料。';

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
  if (key < '1976-10-06') return note(CR_NOTE);
  if (key < '1978-12-18') return note(PRE_PLENUM_NOTE);
  return CURRENT;
}

/** Why an undated text by someone who died before the Third Plenum is historical; null otherwise. */
export function speakerNote(speakers: readonly string[]): string | null {
  const d = diedBeforePlenum(speakers);
  return d ? `${d.name}于${d.died}年逝世，本文献写于十一届三中全会以前，供党史学习，不作为现行学习材料。` : null;
}

/** The status of a user's import: by its own date (a 题注, the line under the title or a 落款
 * date, else `fileDate`, one the file keeps outside its text: a Word page header's; either beats a
 * web page's publication date) when that is before the Third Plenum, else by
 * its date; undated, by its speakers (all of whom died before the Third Plenum); an undated text
 * in a period's own wording (at least two of its set phrases, none quoted, nothing said about the
 * period from later) is a historical record of that period. */
export function statusOfImport(
  date: string | null | undefined,
  text: string,
  speakers: readonly string[] = [],
  fileDate?: string,
): StatusInfo {
  const own = statusByDate(ownPeriodDate(text) ?? fileDate);
  if (own.status !== '现行') return own;
  const byDate = statusByDate(date);
  if (byDate.status !== '现行' || date) return byDate;
  const bySpeaker = speakerNote(speakers);
  if (bySpeaker) return { status: '历史文献', statusNote: bySpeaker };
  const folded = foldForSearch(text);
  if (LATER.test(folded)) return CURRENT;
  const unquoted = folded.replace(/“[^“”]*”/g, '');
  const hits = (wording: RegExp[]) => wording.filter((re) => re.test(unquoted)).length;
  const [leap, cr, pre] = [hits(LEAP_WORDING), hits(CR_WORDING), hits(PRE_PLENUM_WORDING)];
  if (leap + cr + pre < 2) return CURRENT;
  // The latest period whose wording the text uses is when it was written.
  const note = pre > 0 ? PRE_PLENUM_NOTE : cr > 0 ? CR_NOTE : LEAP_NOTE;
  return { status: '历史文献', statusNote: note };
}
