// Dated lines of a document's header and 落款 (header.ts): a date with a note beside it, a byline or
// organ with its day, a 决定's `（……通过）` line, a 纪要's `会议时间` field.
import { isProse } from '../text/line-repair.js';
import { dateOnlyLine } from './dates.js';
import { MEETING_DAY_LABEL } from './header-labels.js';
import { MINUTES_TITLE } from './title-patterns.js';

export const FULL_DATE =
  '(?:(?:19|20|１９|２０)[\\d０-９]{2}年[\\d０-９]{1,2}月[\\d０-９]{1,2}[日号]|[〇○零OΟ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号])';
/** A date with only the weekday, the time of day, the place or an editor's note after it. */
const DATED_LINE = new RegExp(
  `^[（(]?(${FULL_DATE}|(?:19|20)\\d\\d-\\d{1,2}-\\d{1,2})[\\s\\u3000，,]*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?|上午|下午|晚上|于[\\u4e00-\\u9fff]{2,16}|根据录音整理(?:[，,](?:未经本人审阅|未经本人审定|有删节|有删减))?|[（(]?根据录音整理[)）]?)?[)）]?$`,
);
/** `某某县农业农村局党组　2024年3月5日`: the 落款's organ and date on one line. */
export const SIGNED_LINE = new RegExp(`^[\\u4e00-\\u9fff（）()]{2,30}[\\s\\u3000]+(${FULL_DATE})$`);
export const TRAILING_DATE = new RegExp(`^(.+?)[\\s\\u3000]*[（(]?(${FULL_DATE})[)）]?$`);

/** `（2024年2月20日中国共产党某某市第十三届委员会第六次全体会议通过）` under a 决定's or 条例's title:
 * the day it was adopted. One date only: a note that also names a revision leaves the date open. */
const ADOPTED_LINE = new RegExp(`^[（(]\\s*(${FULL_DATE})([^（）()。]{2,60}?)(?:通过|批准)[)）]$`);

export function adoptedDate(line: string): string | null {
  const m = ADOPTED_LINE.exec(line.trim());
  return m && !new RegExp(FULL_DATE).test(m[2]!) ? dateOnlyLine(m[1]!) : null;
}

/** A 会议纪要's or 会议记录's field of the meeting's day (`会议时间　2024年3月5日上午9:00`, a record's grid
 * row `时　　间　…`, maybe with the row's other cells around it: `会议时间\t…\t会议地点\t…`, `会议名称\t…\t会议时间\t…`): the 纪要's or
 * record's date. Not read over other documents: a 会议通知's 会议时间 is a day still to come. */
const MEETING_DAY = new RegExp(
  `^(?:[^\\t]{2,12}\\t[^\\t]{1,40}\\t)*${MEETING_DAY_LABEL}[\\s\\u3000:：]*(${FULL_DATE})[\\s\\u3000]*(?:[（(](?:星期|周)[一二三四五六日天][)）])?(?:上午|下午|晚上)?(?:\\d{1,2}[:：]\\d{2})?(?:\\t.*)?$`,
);
/** A form's `日期` cell (`职务 | 党政办主任 | 日期 | 2025年5月16日`, a 心得's or 报告's form over its text): the day the
 * form was filled in, the text's own. (Not a `时间` cell: a 会议通知's is a day still to come.) */
const FORM_DAY = new RegExp(
  `^(?:[^\\t]{1,12}\\t[^\\t]{1,40}\\t)*(?:填表|填写|撰写)?日[\\s\\u3000]*期\\t(${FULL_DATE})(?:\\t.*)?$`,
);
export const formDay = (line: string) => {
  const m = FORM_DAY.exec(line.trim());
  return m ? dateOnlyLine(m[1]!) : null;
};

export const minutesDay = (line: string, title: string) => {
  const m = MINUTES_TITLE.test(title) ? MEETING_DAY.exec(line) : null;
  return m ? dateOnlyLine(m[1]!) : null;
};

export function datedLine(line: string): string | null {
  const m = DATED_LINE.exec(line.trim());
  return m ? dateOnlyLine(m[1]!) : null;
}

/** A 会议记录 with no 时间 field opens on the meeting's day (`2025年3月5日上午，…召开…`, `县委常委会于2024年11月20日下午
 * …召开…`): the record's date (sites72d). A day with no year (`3月5日下午，…`) dates nothing; a 纪要 is its office's. */
const RECORD_LEAD = new RegExp(`^(?:[^，。；]{2,30}?于)?(${FULL_DATE})[^。；]{0,80}?(?:召开|举行)`);
export function recordLeadDay(lines: readonly string[], title: string): string | null {
  if (!MINUTES_TITLE.test(title) || /纪要/.test(title)) return null;
  const lead = lines.slice(0, 3).find(isProse);
  const m = lead ? RECORD_LEAD.exec(lead.trim()) : null;
  return m ? dateOnlyLine(m[1]!) : null;
}
