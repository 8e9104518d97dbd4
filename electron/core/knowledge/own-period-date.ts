// The year (and month) a text gives itself in the lines a user's file keeps around its body: a
// 题注 in brackets under the title (（一九六七年五月）, （这是作者一九五八年九月在……的讲话）,
// （原载《红旗》杂志1976年第4期）), a date line under the title (1962年3月) or a 落款 date (1975.1).
// Used for the document's status only: a year and month are enough to tell the period (the day
// only in the weeks before the Third Plenum, status.ts), while the import's date stays the full
// date the text gives, or none.
import { readHanYear } from '../text/han-year.js';

const CN_DIGIT: Record<string, number> = Object.fromEntries(
  [...'〇○零O一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 3)]),
);
const CN_MONTH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const CN_DAY = '(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const YEAR = new RegExp(
  String.raw`(?<!\d)((?:19|20)\d\d)\s*(?:年\s*(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?|[.\-/]\s*(\d{1,2})(?!\d)(?:[.\-/](\d{1,2})(?!\d))?)` +
    String.raw`|([〇○零O一二三四五六七八九]{4})年(?:(十[一二]?|[一二三四五六七八九])月(?:${CN_DAY}日)?)?`,
  'g',
);
/** A line that is only a date: digits, Chinese numerals, 年月日 and separators. */
const DATE_ONLY = /^[（(]?[\d〇○零O一二三四五六七八九十年月日号.\-/\s]+[）)]?$/;

const pad = (m: number) => String(m).padStart(2, '0');

/** The Chinese numeral of a day of the month (十三, 二十一), or of a count up to 99, as a number. */
export function cnDay(d: string): number {
  const [tens, units] = d.includes('十') ? d.split('十') : ['', d];
  return (d.includes('十') ? (tens ? CN_DIGIT[tens]! : 1) * 10 : 0) + (units ? CN_DIGIT[units]! : 0);
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of the one date a line names; null when it names none or
 * several (a range 1921—2021 under a title is a span, not the text's date). The day matters only
 * in the weeks before the Third Plenum (status.ts). */
function yearOf(line: string): string | null {
  const found = [...line.matchAll(YEAR)];
  if (found.length !== 1) return null;
  const m = found[0]!;
  const [year, month, day] = m[1]
    ? [m[1], Number(m[2] ?? m[4] ?? 0), Number(m[3] ?? m[5] ?? 0)]
    : [String(readHanYear(m[6]!)), m[7] ? CN_MONTH.indexOf(m[7]) + 1 : 0, m[8] ? cnDay(m[8]) : 0];
  if (!(month >= 1 && month <= 12)) return year;
  return day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}

const bracketed = (l: string) => /^[（(].*[）)]$/.test(l) && l.length <= 60;
const dateOnly = (l: string) => DATE_ONLY.test(l) && l.length <= 16;
/** A source line under the title: a paper's name or a kind of text, short, not a sentence. */
/** A closing note that names where the text first appeared: （原载《人民日报》1967年元旦社论）. */
const sourceNote = (l: string) => bracketed(l) && /原载|选自|转载|刊于|发表于|写于|作于/.test(l);
/** The date of a bracketed note, or of the clause naming where the text first appeared when the note
 * names a second date, its copy's (（原载《人民日报》1960年3月，本网2015年转载）, （原载……，2019年收入本书）). */
const noteDate = (l: string) => {
  // A book's edition (《学习文选》，2018年版; 人民出版社1977年出版) is the copy's year, not the text's.
  const own = l.replace(/(?:19|20)\d\d年(?:\d{1,2}月)?(?:第\d+次)?(?:版|出版|印刷)/g, '');
  return yearOf(own) ?? (sourceNote(own) ? yearOf(ORIGIN_CLAUSE.exec(own)?.[0] ?? '') : null);
};
/** The clause of a note that tells where or when the text itself was written or printed. */
const ORIGIN_CLAUSE = /(?:原载|原刊|选自|刊于|发表于|写于|作于)[^，,；;。）)]*/;
/** A note's label (【题注】, 题注：, 编者按：) before what it says. */
const NOTE_LABEL = /^[【〔[（(]?(?:题注|编者按|编者注|原注)[】〕\]）)]?[：:]?\s*/;
/** A 题注 or origin sentence, labelled or not (【题注】本文原载一九六七年五月《红旗》杂志……, 本文原载《人民日报》
 * 1959年10月1日。): its date, by its origin clause when it names the copy's year too. */
function originNoteDate(line: string): string | null {
  const l = line.replace(NOTE_LABEL, '');
  if (l.length > 80 || !(noteSentence(l) || /^(?:本文|此文|该文)?(?:原载|原刊于?|刊于|发表于|写于|作于)/.test(l)))
    return null;
  return noteDate(`（${l.replace(/[。.]$/, '')}）`);
}
/** A 题注 written as a sentence under the title, not in brackets (本文是……一九六五年九月在……的报告。):
 * it opens on the text itself and ends on the kind of text it is, not a sentence of the body
 * (这是1958年建成的厂房……). */
const noteSentence = (l: string) =>
  l.length <= 80 &&
  /^(?:这是|本文是|本文系|此文是|此文系|本篇是)/.test(l) &&
  /(?:讲话|报告|发言|谈话|文章|社论|摘要|节录|部分|批示|书信|讲稿)[。.]?$/.test(l);
const sourceLine = (l: string) => l.length <= 40 && /《[^》]+》|社论|评论员|讲话|报告/.test(l);

/** A page header line that is a date, or ends in one after a space or in brackets (红旗县委办公室
 * 一九六四年十二月, 人民日报 1967年5月16日, 人民日报社论（1977年2月7日）): the file's own date. Not a
 * date inside words (始建于1956年). */
const HEADER_DATE = /(?:^|[\s\u3000]|(?=[（(]))[（(]?[\d〇○零O一二三四五六七八九十年月日号.\-/]+[）)]?$/;

/** The date a header or source line ends in (《人民日报》社论　一九七七年二月七日), or null. */
function endingDate(line: string): string | null {
  const m = HEADER_DATE.exec(line.trim());
  return m && /[年.\-/]/.test(m[0]) ? yearOf(m[0]) : null;
}

/** The date a source line begins with (1956年6月20日《人民日报》社论), or null. */
function startingDate(line: string): string | null {
  const m = /^[\d〇○零O一二三四五六七八九十年月日号.\-/]+(?=\s|《|[^\s《]{0,6}社论)/.exec(line.trim());
  return m && /年/.test(m[0]) ? yearOf(m[0]) : null;
}

/** A source line's date, at its end or its start. */
const sourceDate = (l: string) => (sourceLine(l) ? (endingDate(l) ?? startingDate(l)) : null);

/** A news dispatch's 电头 (新华社北京1977年10月21日电, 本报讯（1958年9月3日）): the date of the news. */
function datelineDate(line: string): string | null {
  const m =
    /^(?:新华社|中新社|本报)[^，。\s]{0,10}?(?:讯|电)?[（(]?([\d〇○零O一二三四五六七八九十]{4}年[^，。（）()]{0,8}?日)[）)]?(?:电|讯|[）)])/.exec(
      line.trim(),
    );
  return m ? yearOf(m[1]!) : null;
}

/** A footnote or a reference (①《人民日报》1958年9月3日社论, 参见……): a source the text cites, not its own. */
const citation = (l: string) => /^(?:[①-⑳]|[[［(（]\d+[\]］)）]|注|参见|参阅|见)/.test(l);

const SIGNED_DATE = String.raw`([\d〇○零O一二三四五六七八九十年月日号.\-/]+)`;
const SIGNED_PLACE = String.raw`(?:写?于)?\p{Script=Han}{2,8}`;
// (Made once: built per call, each call parsed the pattern again.)
const SIGNED = new RegExp(
  String.raw`^${SIGNED_DATE}[\s，,]*${SIGNED_PLACE}$|^${SIGNED_PLACE}[\s，,]+${SIGNED_DATE}$`,
  'u',
);

/** A 落款 of a date and the place of writing (一九六七年五月　北京, 2008年5月于北京, 北京，1967年5月). */
function signedDate(line: string): string | null {
  if (line.length > 24) return null;
  const m = SIGNED.exec(line);
  const d = m?.[1] ?? m?.[2];
  return d && /年/.test(d) ? yearOf(d) : null;
}

/** A 发文字号 under the title (市委发〔1952〕第3号, 国发〔1977〕112号, and the old style with the year's
 * last two digits first, （65）县农字第12号): the year the document was issued. */
function docNumberYear(line: string): string | null {
  const m =
    /^[（(]?\p{Script=Han}{1,12}\s*[〔［[【(（]\s*((?:19|20)\d\d)\s*[〕］\]】)）]\s*第?\s*\d{1,4}\s*号[）)]?$/u.exec(
      line,
    ) ?? /^[（(〔]([5-9]\d)[）)〕]\s*\p{Script=Han}{1,10}字?第?\s*\d{1,4}\s*号$/u.exec(line);
  return m ? (m[1]!.length === 2 ? `19${m[1]}` : m[1]!) : null;
}

/** Year headings (1966年, 1967年 …) are a 大事记's sections, not the date of the text. */
const YEAR_HEADING = /^(?:(?:19|20)\d\d|[〇○零O一二三四五六七八九]{4})年$/;
/** A 大事记 entry: a line that opens with its date (1976年10月　粉碎……, 8月8日　全会通过……). */
const ENTRY = /^(?:(?:19|20)\d\d年|[〇○零O一二三四五六七八九]{4}年|\d{1,2}月|(?:十[一二]?|[一二三四五六七八九])月)/;

/** The date of the lines under a title: a 题注, a date line, a source line, a 电头 or a 发文字号. */
function openingDate(lines: readonly string[]): string | null {
  for (const l of lines) {
    const own =
      docNumberYear(l) ??
      originNoteDate(l) ??
      (bracketed(l) || dateOnly(l) || noteSentence(l)
        ? noteDate(l)
        : citation(l)
          ? null
          : (sourceDate(l) ?? datelineDate(l)));
    if (own) return own;
  }
  return null;
}

/** The year (and month) of the file's own date in its page header lines, or null. */
export function headerPeriodDate(lines: readonly string[]): string | null {
  for (const l of lines) {
    const d = endingDate(l);
    if (d) return d;
  }
  return null;
}

/** The text's own year (and month) from its first lines or its last ones (a date line, a closing
 * 原载 note or source line, a 落款 with its place, a news 电头), or null; a 大事记's year headings and a closing footnote
 * are passed over. A bracket
 * without a date under the title (（节录）, （摘要）) is passed over for the 题注 below it; a short
 * source line that ends in a date (《人民日报》社论　一九七七年二月七日) dates the text as a date line does. */
export function ownPeriodDate(text: string): string | null {
  const all = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const headings = new Set(all.filter((l) => YEAR_HEADING.test(l)));
  const lines = headings.size >= 2 ? all.filter((l) => !headings.has(l)) : all;
  // A 大事记's last entry (1976年10月　粉碎……) is no 落款.
  const signed = all.filter((l) => ENTRY.test(l)).length >= 3 ? () => null : signedDate;
  const opening = openingDate(lines.slice(0, 4));
  if (opening) return opening;
  for (const l of lines.slice(-3).reverse()) {
    const own =
      dateOnly(l) || sourceNote(l)
        ? noteDate(l)
        : (originNoteDate(l) ?? (citation(l) ? null : (sourceDate(l) ?? signed(l))));
    if (own) return own;
  }
  return null;
}

/** The date in the lines above the body that the import's header reader took off (an organ over
 * its date line under the title, a 发文字号): the text's own, though not in its body. */
export function leadPeriodDate(lines: readonly string[], body: string): string | null {
  const start = body.trimStart().slice(0, 10);
  const end = lines.findIndex((l) => l.trim() !== '' && start.startsWith(l.trim().slice(0, 10)));
  // Read as the lines under a title, never as a 落款 (一九七五年整顿的历史意义 is a title).
  return end > 0
    ? openingDate(
        lines
          .slice(0, end)
          .map((l) => l.trim())
          .filter(Boolean),
      )
    : null;
}

/** The years a text names (1958年, 一九五八年), in order, as numbers: when a passage is narrated. */
export function namedYears(text: string): number[] {
  return [...text.matchAll(/(?<!\d)((?:19|20)\d\d)(?=\s*年)|([〇○零一二三四五六七八九]{4})(?=年)/g)].map((m) =>
    readHanYear(m[1] ?? m[2]!),
  );
}
