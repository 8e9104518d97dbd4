// Where a reposted text first appeared, as its own note says: `（原载《某某日报》2023年6月5日）`,
// `来源：《某某日报》2023年6月5日`, `来源：某某日报　2023年06月05日`, `（本文系……2023年6月5日在……上的讲话）`,
// `（这是某某同志2023年6月5日在……上讲话的主要部分）`. That day is the text's
// own; a page that reposts it, often years later, says only when it was posted.
import { findDate } from './dates.js';

export interface OriginNote {
  date: string | null;
  /** The publication that first printed it, without 《》. */
  source: string | null;
}

const FULL = '(?:(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日|(?:19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2})';
const PRINTED = new RegExp(
  `(?:原载|原刊|刊于|载于|刊载于|发表于|选自|摘自|转自|转载自|来源)[:：于]?\\s*(${FULL})?\\s*《([^《》]{2,20})》\\s*(${FULL})?`,
);
const DELIVERED = new RegExp(
  `(?:本文|这)(?:系|是|为|根据)[^，。；]{0,30}?(${FULL})在[^，。；]{2,40}?上的?(?:讲话|报告|发言|致辞|党课)`,
);
/** The original's own info line pasted with the text (`来源：某某日报　2023年06月05日`, also bracketed at
 * its end): a paper's, site's or agency's name, then its day. A 发布时间 line, or an office's
 * (`来源：某某县人民政府办公室　2024-11-25`, a page's own line), is not read here. */
const PASTED = new RegExp(
  `^[（(]?\\s*来源\\s*[:：]\\s*([^\\s\\u3000《》（）()，,]{1,18}(?:报|刊|杂志|网|台|社))[\\s\\u3000]+(${FULL})`,
);

/** A note, not a sentence of the text: bracketed whole, or opening on its label. */
const NOTE = /^[（(【].*[)）】]$|^(?:来源|原载|本文|转自|摘自|选自)/;

/** The note among the last lines (or the first) of a text, when it names a full date. */
export function originNote(lines: readonly string[]): OriginNote {
  for (const raw of [...lines.slice(-3).reverse(), ...lines.slice(0, 2)]) {
    const line = raw.trim();
    if (line.length > 120 || !NOTE.test(line)) continue;
    const printed = PRINTED.exec(line);
    const pasted = printed || /发布|發布/.test(line) ? null : PASTED.exec(line);
    const day = printed?.[1] ?? printed?.[3] ?? pasted?.[2] ?? DELIVERED.exec(line)?.[1];
    const date = day ? findDate(day) : null;
    if (date) return { date, source: printed?.[2]?.trim() ?? pasted?.[1] ?? null };
  }
  return { date: null, source: null };
}
