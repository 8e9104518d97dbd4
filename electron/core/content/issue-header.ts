// The issue header of a 会议纪要 or a 简报 (`工作动态`, `信息专报`): its name, its 期号 and the office
// that compiled it with the day, above the text:
//   南岭工作动态 / 第15期 / 中共南岭县委办公室编　　2023年6月8日 / 全县作风建设大会召开 / …
//   南岭县人民政府常务会议纪要 / 〔2023〕第9期 / 南岭县人民政府办公室　　2023年6月16日 / 6月15日，…
// The office is the publisher and the day the text's date. The name is no title when a headline of
// the item follows; a 纪要 going straight into its text or its fields (`时间：`, `主持：`) has no other
// title, so its name stays.
import { CN_DATE, dateOnlyLine, findDate } from './dates.js';
import { squeeze } from './header.js';
import { isProse } from '../text/line-repair.js';
import { FIELD_LINE, MEETING_FIELD } from './header-labels.js';

const NUMERAL = '[\\d一二三四五六七八九十百〇零]+';
/** `第15期`, `〔2023〕第9期`, `2023年第6期（总第123期）`; a 纪要's number with no organ's word
 * before its year (`〔2025〕3号`, `〔2025〕第3号`). */
const ISSUE = new RegExp(
  `^(?:(?:[〔［[(（](?:19|20)\\d\\d[〕］\\])）]|(?:19|20)\\d\\d年)?第${NUMERAL}期(?:[（(]?总第${NUMERAL}期[)）]?)?|[〔［[(（](?:19|20)\\d\\d[〕］\\])）]第?${NUMERAL}号)$`,
);
/** The name: a 纪要, 简报 or other bulletin (`工作动态`, `信息专报`, `政务要情`). */
const NAME = /^[\u4e00-\u9fff（）()]{2,24}(?:纪要|简报|动态|快报|专报|要情|信息|通讯|摘报|参阅)$/;
/** `中共南岭县委办公室编　　2023年6月8日`: the office (`编`, `编印`, `主办` dropped) and the day; copied
 * text breaks the line at its wide gap. */
const OFFICE = '([\\u4e00-\\u9fff（）()]{2,30}?)(?:编印|编|主办|印)?';
// (The day may be in numerals, `二〇二四年三月二十九日`, as in a 落款.)
const OFFICE_DAY = new RegExp(
  `^${OFFICE}[\\s\\u3000\\t]+((?:19|20)\\d\\d\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|${CN_DATE.source})$`,
);
const OFFICE_ALONE = new RegExp(`^${OFFICE}$`);

export interface IssueHeader {
  /** The first line after the header. */
  end: number;
  /** The name is the title: it stays as the first line. */
  keepName: boolean;
  office: string | null;
  date: string | null;
}

/** Whether `lines[i]` is a 纪要's or 简报's name over its 期号 (not the item's headline). */
export function isIssueName(lines: readonly string[], i: number): boolean {
  return NAME.test(squeeze(lines[i] ?? '')) && ISSUE.test(squeeze(lines[i + 1] ?? ''));
}

/** The issue header at the top of `lines`, or null. */
export function issueHeader(lines: readonly string[]): IssueHeader | null {
  const at = (i: number) => (lines[i] ?? '').trim();
  if (!isIssueName(lines, 0)) return null;
  const od = OFFICE_DAY.exec(at(2));
  const split = od ? null : OFFICE_ALONE.exec(at(2));
  const splitDay = split ? dateOnlyLine(at(3)) : null;
  const end = od ? 3 : splitDay ? 4 : 2;
  const next = at(end);
  return {
    end,
    keepName: !next || isProse(next) || FIELD_LINE.test(next) || MEETING_FIELD.test(next),
    office: od ? od[1]! : splitDay ? split![1]! : null,
    date: od ? findDate(od[2]!) : splitDay,
  };
}
