// Dates in the forms Chinese pages and documents write them: ISO and slash/dot forms, meta values
// with times and zones, 2019年9月11日, Chinese-numeral dates (二〇二〇年十二月三十一日, also with ○/零/O),
// bracketed dates under a speech title, and datelines (新华社北京3月5日电) whose year comes from
// context. Chinese calendar text goes through chrono-node's zh parser after the numeral zero is
// normalised; numeric forms use a strict rule set. Every result is a real calendar date or nothing.
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { halfWidth } from '../text/normalize.js';

// chrono-node, loaded on first use: loading it costs every thread that reads a file ~40 ms, and only
// Chinese-numeral dates and English meta values need it (no date of 1000 news articles did).
let chronoLib: typeof Chrono | null = null;
const chrono = (): typeof Chrono => (chronoLib ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono);

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string | null {
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

// Digits, with the numeric separators real pages use; `2024 03/15` is 新华网's split header.
const NUMERIC = /(?<!\d)((?:19|20)\d\d)\s*(?:[-/.年]|\s+)\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;
// A zero typed as a digit (`二０二四年`, full width, folded to `0` below) counts in a year that
// holds a Chinese numeral as well.
const ZERO = /[○〇OoΟ零0]/g;
export const CN_DATE =
  /(?=[〇○零OΟ0]*[一二三四五六七八九])[一二三四五六七八九〇○零OΟ0]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]/;

/** Full-width digits (`２０２４年３月５日`, typed with a Chinese input method) and the full-width letter O
 * typed for a zero (`二Ｏ二四年`) as ASCII; same length. */
const asciiDigits = (s: string) => halfWidth(s, 'digits').replace(/[Ｏｏ]/g, 'O');

// Taiwan's 民國 calendar: year 1 is 1912. With the era named the year is certain anywhere.
const ROC_NAMED = /民國\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

const WEEKDAY_AFTER = /^[日号]?\s*[（(]?\s*(?:星期|周|禮拜|礼拜)([日天一二三四五六])/;

/** A date written with its weekday (`2023年6月5日（星期一）`) is certain only when the two agree:
 * a mismatch means one of them is a typo, and which one cannot be told. */
function weekdayAgrees(date: string | null, after: string): string | null {
  const w = date ? WEEKDAY_AFTER.exec(after) : null;
  if (!date || !w) return date;
  const said = '日天一二三四五六'.indexOf(w[1]!);
  return Math.max(0, said - 1) === new Date(`${date}T00:00:00Z`).getUTCDay() ? date : null;
}

/** The first full date in `text`, as YYYY-MM-DD, or null. */
export function findDate(input: string): string | null {
  const text = asciiDigits(input);
  const cnDate = CN_DATE.exec(text);
  const num = NUMERIC.exec(text);
  const roc = ROC_NAMED.exec(text);
  if (roc && [cnDate, num].every((o) => !o || roc.index < o.index))
    return iso(Number(roc[1]) + 1911, Number(roc[2]), Number(roc[3]));
  // Whichever form comes first in the text is the one the writer meant as the date.
  if (cnDate && (!num || cnDate.index < num.index)) {
    const parsed = chrono().zh.hans.parse(cnDate[0].replace(ZERO, '〇'))[0];
    if (parsed?.start.isCertain('year')) {
      const s = parsed.start;
      const r = iso(s.get('year')!, s.get('month')!, s.get('day')!);
      if (r) return weekdayAgrees(r, text.slice(cnDate.index + cnDate[0].length));
    }
  }
  if (num)
    return weekdayAgrees(iso(Number(num[1]), Number(num[2]), Number(num[3])), text.slice(num.index + num[0].length));
  return null;
}

// After a date label only: a 民國 year without the era (`112年6月5日`, `112-06-05`; three digits
// are never a Gregorian year), and day-first or month-first slashes when one number is past 12
// (`25/06/2023`); `05/06/2023` could be either and stays without a date.
const ROC_BARE = /^(1\d\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/;
// A CMS's short form after a date label with its time (`时间：26-03-07 10:15`, `26-3-12 8:40`): the year's
// two digits first; the century is this one. Without the time (`23-06-05`) the order is not certain.
const SHORT_YEAR = /^(\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d\d(?!\d)/;

/** `25/06/2023` or `06/25/2023`: the order is certain only when one number is past 12. */
function dayOrMonthFirst(v: string): string | null {
  const m = DMY.exec(v);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (a > 12 && b <= 12) return iso(y, b, a);
  if (b > 12 && a <= 12) return iso(y, a, b);
  return null;
}

/** A meta/attribute value: ISO with time and zone, `2024-03-15-10:00:00`, unix seconds or ms. */
export function parseDateValue(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const v = raw.trim();
  if (/^\d{10}$|^\d{13}$/.test(v)) {
    // Unix time (WeChat `var ct`): the date in China, where these pages are published.
    const ms = Number(v) * (v.length === 10 ? 1000 : 1);
    const d = new Date(ms + 8 * 3600_000);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  // `05/06/2023` is 5 June on a Hong Kong page and May 6 on an American one: never guessed. Only
  // JavaScript's en-US toLocaleString (`6/5/2023, 8:12:40 PM`, 腾讯's apub:time) says month-first.
  const us = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d),\s*\d{1,2}:\d\d(?::\d\d)?\s*[AP]M$/i.exec(v);
  if (us) return iso(Number(us[3]), Number(us[1]), Number(us[2]));
  if (DMY.test(v)) return dayOrMonthFirst(v);
  // An ISO time with a zone other than China's (`2024-03-14T16:30:00Z`, as some CMS and <time>
  // elements write it): the day in China, where these pages are published, as for Unix time.
  const zoned = ZONED_ISO.exec(v);
  if (zoned && zoned[1] !== '+08:00' && zoned[1] !== '+0800') {
    const ms = Date.parse(v);
    if (Number.isFinite(ms)) {
      const d = new Date(ms + 8 * 3600_000);
      return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
  }
  // The calendar date as written (sites write local time); a time or zone after it is ignored.
  const found = findDate(v);
  if (found) return found;
  const en = chrono().en.parse(v)[0];
  if (en?.start.isCertain('year') && en.start.isCertain('day'))
    return iso(en.start.get('year')!, en.start.get('month')!, en.start.get('day')!);
  return null;
}

const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Labelled date lines: 发布时间：…, 发布日期：…, 首发：…, 时间：…, 日期：… A bare 时间/日期 must not be the
 * end of another label: a 成文日期, 报名时间 or 活动时间 is not a publication date. */
const LABELLED =
  /(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发稿时间|發稿時間|发表时间|發表時間|首发(?:时间|時間|日期)?|首發(?:時間|日期)?|(?<![\u4e00-\u9fff])(?:时间|時間|日期))\s*[:：]\s*/;
/** When a page was last edited (`更新时间：…`): its date only when no publication label is printed. */
const UPDATED = /(?:更新时间|更新時間|更新日期|最后更新|最後更新|修改时间|修改時間)\s*[:：]\s*/;

function labelledValue(raw: string): string | null {
  const v = asciiDigits(raw).trimStart();
  const roc = ROC_BARE.exec(v);
  if (roc) return iso(Number(roc[1]) + 1911, Number(roc[2] ?? roc[4]), Number(roc[3] ?? roc[5]));
  if (DMY.test(v)) return dayOrMonthFirst(v);
  const short = SHORT_YEAR.exec(v);
  if (short && !NUMERIC.test(v.slice(0, 12))) return iso(2000 + Number(short[1]), Number(short[2]), Number(short[3]));
  return findDate(v);
}

const SHORT_DAY = /^(\d\d)-(\d{1,2})-(\d{1,2})(?![\d:])/;

/** `日期：26-03-07` with no time: the year's two digits, month and day, for a caller that can tell
 * from elsewhere on the page whether the year comes first . */
export function shortYearDay(text: string): { year: number; month: number; date: string } | null {
  const m = LABELLED.exec(text);
  if (!m) return null;
  const v = asciiDigits(text.slice(m.index + m[0].length, m.index + m[0].length + 20)).trimStart();
  const s = SHORT_DAY.exec(v);
  if (!s || /^\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d/.test(v)) return null;
  const [year, month] = [2000 + Number(s[1]), Number(s[2])];
  const date = iso(year, month, Number(s[3]));
  return date ? { year, month, date } : null;
}

const valueAfter = (label: RegExp, text: string): string | null => {
  const m = label.exec(text);
  return m ? labelledValue(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
};

/** The date a publication label gives (`发布时间：…`); an update label (`更新时间：…`) only when
 * `updated` allows it and no publication label is in `text`. */
export function findLabelledDate(text: string, updated = true): string | null {
  return valueAfter(LABELLED, text) ?? (updated ? valueAfter(UPDATED, text) : null);
}

/** Dates a page prints about itself, not about the text: when it was generated, printed,
 * downloaded or visited (`生成日期：2025-02-11`, `打印时间：…`), or until when it is valid. */
const NOT_PUBLISHED =
  /(?:生成|打印|下载|访问|浏览|截止|有效期至|有效期|失效)(?:日期|时间|時間)\s*[:：]?\s*[\d０-９〇○零一二三四五六七八九十年月日号\s/.:-]{6,30}/g;

/** `text` without the dates a page prints about itself (NOT_PUBLISHED), each replaced by a space. */
export function withoutOwnDates(text: string): string {
  return text.replace(NOT_PUBLISHED, ' ');
}

// (中新网's `…电` and 央广网's `…消息` head a wire as 新华社's `…电` does: sites71.)
const DATELINE =
  /(新华社|中新社|中新网|人民网|央视网|本报|新华网|央广网)([\u4e00-\u9fff]{2,8}?)(\d{1,2})月(\d{1,2})日(?:电|讯|消息)/;

/** `新华社北京3月5日电`, which has no year. The year is taken only where it is certain: the first
 * full date in `context` (the title and the opening lines) is the same day (`2024年3月5日，…`) or
 * the day before. A year merely mentioned is often another one (`回顾2016年全年工作`, a title
 * `2016年全市居民消费价格上涨1.8%` printed the next year), and anniversaries and yearly events repeat the month and
 * day (`首次举办是在1998年5月1日`), so nothing else is guessed: the agency and place stay, the date is
 * null. */
export function findDateline(
  text: string,
  context: string,
): { date: string | null; agency: string; place: string; day: string } | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const line = { date: null, agency: m[1]!, place: m[2]!, day: `${m[3]}月${m[4]}日` };
  const full = findDate(context);
  if (!full || /周年|纪念|以来|每年|首次/.test(context)) return line;
  const [y, mo, d] = full.split('-').map(Number) as [number, number, number];
  const [month, day] = [Number(m[3]), Number(m[4])];
  const gap = Date.UTC(y, month - 1, day) - Date.UTC(y, mo - 1, d);
  return gap >= 0 && gap <= 86_400_000 ? { ...line, date: iso(y, month, day) } : line;
}

/** The wire's day (`新华社北京11月28日电`) in a month its page's address names (`/202611/content_…`): the day,
 * when the dateline's month is that month. */
export function datelineInMonth(text: string, year: number, month: number): string | null {
  const m = DATELINE.exec(text);
  return m && Number(m[3]) === month ? iso(year, month, Number(m[4])) : null;
}

/** A line that is only a date (a speech header `（2000年12月31日）`, a 落款 date, a CMS's `[2024-05-28]`). */
export function dateOnlyLine(line: string): string | null {
  // `——2024年3月5日` under a speech title is a date line as well.
  const t = asciiDigits(line.replace(/\s+/g, '')).replace(/^(?:——|—|－－)/, '');
  if (t.length > 22) return null;
  // `[2024-05-28]` and `【2024-05-28】`: the day a CMS sets beside a headline.
  const m = /^[（(［[【]?(.+?)[)）］\]】]?$/.exec(t);
  // `（2024年6月25日，大连）` under a speech's title: the day and the city it was given in.
  const inner = /^[（(]/.test(t) ? (m?.[1] ?? t).replace(/[，,][\u4e00-\u9fff]{2,6}$/, '') : (m?.[1] ?? t);
  if (!/^[\d〇○零OΟ一二三四五六七八九十]{2,4}年.{1,3}月.{1,3}[日号]$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(inner))
    return null;
  return findDate(inner);
}

/** Partial forms kept from older inputs: `2021`, `2021-05`, or a full date anywhere in `raw`. */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const full = findDate(raw) ?? parseDateValue(raw);
  if (full) return full;
  const ym = /((?:18|19|20)\d\d)[-年/.](\d{1,2})(?!\d)/.exec(raw);
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return `${ym[1]}-${pad(Number(ym[2]))}`;
  const y = /(1[89]\d\d|20\d\d)/.exec(raw);
  return y ? y[1]! : null;
}

const NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function chineseNumber(s: string): number {
  if (s.length === 1) return NUM[s] ?? 0;
  if (s.startsWith('十')) return 10 + (NUM[s[1]!] ?? 0);
  if (s.endsWith('十')) return (NUM[s[0]!] ?? 0) * 10;
  return (NUM[s[0]!] ?? 0) * 10 + (NUM[s[2]!] ?? 0);
}
/** First-session years of the National People's Congresses: 第X届…第Y次会议 → year. */
const NPC_START = [0, 1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023];
export function npcSessionYear(title: string): string | null {
  const m = /第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,2})次会议/.exec(title);
  if (!m) return null;
  const start = NPC_START[chineseNumber(m[1]!)];
  return start ? String(start + chineseNumber(m[2]!) - 1) : null;
}

/** A note's day; `3月6日` without its year is dated only against the page's day, when it falls in the
 * month before it (an editor reporting a meeting prints its speech days later, never a year on). */
export function noteDay(day: string | null, pageDate: string | null): string | null {
  if (!day) return null;
  const full = findDate(day);
  if (full) return full;
  const m = /^(\d{1,2})月(\d{1,2})日$/.exec(day);
  if (!m || !pageDate || !/^\d{4}-\d\d-\d\d$/.test(pageDate)) return null;
  const [y, mo, d] = pageDate.split('-').map(Number) as [number, number, number];
  for (const year of [y, y - 1]) {
    const gap = Date.UTC(y, mo - 1, d) - Date.UTC(year, Number(m[1]) - 1, Number(m[2]));
    if (gap >= 0 && gap <= 31 * 86_400_000) return `${year}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  }
  return null;
}
