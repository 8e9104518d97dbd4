// A publisher's line in a header: an outlet (paper, site, agency, station, media centre, a government's
// news account) with its day, or an app's byline naming the outlet and the writer.
import { dateOnlyLine } from './dates.js';
import { datedLine, FULL_DATE } from './header-dates.js';
import { isPersonName } from '../knowledge/person-name.js';

/** `新华网　2024年3月5日`, `南岭县融媒体中心　2024-03-12 09:30`, `南岭发布 2024-05-11 08:30`: an outlet (a
 * name a paper, site, agency, station, media centre or a government's news account ends on) and its
 * day, nothing else. An organ or a person's name is no outlet. */
const OUTLET = '[\\u4e00-\\u9fff]{1,16}(?:网|报|社|电视台|广播电视台|融媒体中心|新闻中心|客户端|杂志|发布|融媒)';
const PUBLISHER_LINE = new RegExp(
  `^(${OUTLET})[\\s\\u3000]*(${FULL_DATE}|20\\d\\d-\\d{1,2}-\\d{1,2})(?:[\\s\\u3000]+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?$`,
);
/** `梧岗日报　昨天 18:32`, `某某融媒体中心　2小时前`, `某某发布　03-12 18:32`: a mobile page's outlet beside a day it
 * tells only relative to the reading or without its year. The outlet is certain; the day is not (left empty). */
const OUTLET_RELATIVE = new RegExp(
  `^(${OUTLET})[\\s\\u3000]+(?:昨天|今天|前天|刚刚|\\d{1,2}(?:分钟|小时|天)前|\\d{1,2}-\\d{1,2})(?:[\\s\\u3000]+\\d{1,2}[:：]\\d{2})?$`,
);
/** `人民日报客户端　王立新`: an app's or paper's byline, the outlet then the writer (the day on the next line). */
const OUTLET_WRITER = new RegExp(`^(${OUTLET})[\\s\\u3000]+([\\u4e00-\\u9fff]{2,4})$`);

const OUTLET_ALONE = new RegExp(`^(${OUTLET})$`);

/** `2026-11-28 21:05 | 南岭日报`: a news site's info line, the day and time, a bar, then the outlet (its
 * `【字体：大 中 小】` buttons may follow on the line). */
const DAY_BAR_OUTLET = new RegExp(
  `^(${FULL_DATE}|20\\d\\d-\\d{1,2}-\\d{1,2})(?:[\\s\\u3000]+\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?[\\s\\u3000]*[|｜丨][\\s\\u3000]*(${OUTLET})(?:[\\s\\u3000]*【[^】]*】)*$`,
);

const BAN = '第[\\d０-９]{1,2}版(?:[\\s\\u3000：:]*[\\u4e00-\\u9fff]{1,8})?';
/** `临澄日报　2021年3月15日　星期一　第3版　理论`: a paper's page head (its name, the day, the page and
 * maybe the page's name), as a PDF of the page prints it: the paper and the day are certain. */
const PAPER_PAGE = new RegExp(
  `^([\\u4e00-\\u9fff]{1,12}报)[\\s\\u3000]*(${FULL_DATE})[\\s\\u3000]*(?:星期[一二三四五六日天])?[\\s\\u3000]*(${BAN})?$`,
);

/** The paper and day a paper's page head names (PAPER_PAGE), or null. A line of the text needs the 版 (a title
 * may name a paper and a day); a PDF's running head (`running`) may give the weekday alone, its 版 then in the
 * text (`人民日报　2025年3月15日　星期六` over `第05版：评论`, sites72d). */
export function paperPage(line: string, running = false): { source: string; date: string | null } | null {
  const m = PAPER_PAGE.exec(line.trim());
  const paged = m && (m[3] || (running && /星期.$/.test(line.trim())));
  return paged && !NOT_OUTLET.test(m[1]!) ? { source: m[1]!, date: dateOnlyLine(m[2]!) } : null;
}

/** `情况通报`, `工作简报`, `某某合作社` end like an outlet and are none. */
const NOT_OUTLET = /(?:通报|简报|汇报|举报|公报|情报|预报|快报|合作社)$/;

/** The outlet of an app's byline under a title: the outlet and the writer (`人民日报客户端　王立新`, the
 * writer must read as a person's name), or the outlet alone over a line of the day (`央视新闻客户端` /
 * `2024-05-06 19:40`). Null otherwise. */
export function outletWriter(line: string, next = ''): string | null {
  const m = OUTLET_WRITER.exec(line.trim());
  if (m) return isPersonName(m[2]!) && !NOT_OUTLET.test(m[1]!) ? m[1]! : null;
  const alone = OUTLET_ALONE.exec(line.trim());
  const dayNext = !!(dateOnlyLine(next) ?? datedLine(next)) || RELATIVE_DAY.test(next.trim());
  return alone && !NOT_OUTLET.test(alone[1]!) && dayNext ? alone[1]! : null;
}

/** A day told relative to the reading, alone on its line (`今天 09:30`, `2小时前`): it dates nothing. */
const RELATIVE_DAY = /^(?:昨天|今天|前天|刚刚|\d{1,2}(?:分钟|小时|天)前)(?:[\s\u3000]+\d{1,2}[:：]\d{2})?$/;

/** A page's outlet alone in a bare element over such a day (`<div>溪桥发布</div><div>今天 10:05</div>`). */
export const outletOverRelativeDay = (lines: readonly string[]) =>
  lines
    .map((l, i) => (RELATIVE_DAY.test((lines[i + 1] ?? '').trim()) ? outletWriter(l, lines[i + 1]) : null))
    .find(Boolean) ?? null;

/** The outlet and day of an unlabelled publisher line (PUBLISHER_LINE), or null. A PDF's text may
 * lose the space between them; a page's spans run a column's name into the outlet (`国内新华网`), so
 * `spaced` asks for the space. */
export function outletLine(line: string, spaced = false): { source: string; date: string | null } | null {
  const paper = paperPage(line);
  if (paper) return paper;
  const m = PUBLISHER_LINE.exec(line.trim());
  const barred = m ? null : DAY_BAR_OUTLET.exec(line.trim());
  if (barred) return NOT_OUTLET.test(barred[2]!) ? null : { source: barred[2]!, date: dateOnlyLine(barred[1]!) };
  const relative = m || barred ? null : OUTLET_RELATIVE.exec(line.trim());
  if (relative) return NOT_OUTLET.test(relative[1]!) ? null : { source: relative[1]!, date: null };
  if (m && NOT_OUTLET.test(m[1]!)) return null;
  if (m && spaced && !/[\s\u3000]$/.test(line.trim().slice(0, m[1]!.length + 1))) return null;
  return m ? { source: m[1]!, date: dateOnlyLine(m[2]!) } : null;
}
