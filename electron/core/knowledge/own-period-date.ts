// The year (and month) a text gives itself in the lines a user's file keeps around its body: a
// 题注 in brackets under the title (（一九六七年五月）, （这是作者一九五八年九月在……的讲话）,
// （原载《红旗》杂志1976年第4期）), a date line under the title (1962年3月) or a 落款 date (1975.1).
// Used for the document's status only: a year and month are enough to tell the period, while the
// import's date stays the full date the text gives, or none.

const CN_DIGIT: Record<string, number> = Object.fromEntries(
  [...'〇○零O一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 3)]),
);
const CN_MONTH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const YEAR =
  /(?<!\d)((?:19|20)\d\d)\s*(?:年\s*(?:(\d{1,2})\s*月)?|[.\-/]\s*(\d{1,2})(?!\d))|([〇○零O一二三四五六七八九]{4})年(?:(十[一二]?|[一二三四五六七八九])月)?/g;
/** A line that is only a date: digits, Chinese numerals, 年月日 and separators. */
const DATE_ONLY = /^[（(]?[\d〇○零O一二三四五六七八九十年月日号.\-/\s]+[）)]?$/;

const pad = (m: number) => String(m).padStart(2, '0');

/** `YYYY` or `YYYY-MM` of the one year a line names; null when it names none or several (a range
 * 1921—2021 under a title is a span, not the text's date). */
function yearOf(line: string): string | null {
  const found = [...line.matchAll(YEAR)];
  if (found.length !== 1) return null;
  const m = found[0]!;
  if (m[1]) {
    const month = Number(m[2] ?? m[3] ?? 0);
    return month >= 1 && month <= 12 ? `${m[1]}-${pad(month)}` : m[1];
  }
  const year = [...m[4]!].map((c) => CN_DIGIT[c]).join('');
  const month = m[5] ? CN_MONTH.indexOf(m[5]) + 1 : 0;
  return month ? `${year}-${pad(month)}` : year;
}

const bracketed = (l: string) => /^[（(].*[）)]$/.test(l) && l.length <= 60;
const dateOnly = (l: string) => DATE_ONLY.test(l) && l.length <= 16;

/** A page header line that is a date, or ends in one after a space (红旗县委办公室　一九六四年十二月,
 * 人民日报 1967年5月16日): the file's own date. Not a date inside words (始建于1956年). */
const HEADER_DATE = /(?:^|[\s\u3000])[（(]?[\d〇○零O一二三四五六七八九十年月日号.\-/]+[）)]?$/;

/** The year (and month) of the file's own date in its page header lines, or null. */
export function headerPeriodDate(lines: readonly string[]): string | null {
  for (const l of lines) {
    const t = l.trim();
    const m = HEADER_DATE.exec(t);
    if (m && /[年.\-/]/.test(m[0])) return yearOf(m[0]);
  }
  return null;
}

/** The text's own year (and month) from its first lines or its last ones, or null. */
export function ownPeriodDate(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const l of lines.slice(0, 4)) if (bracketed(l) || dateOnly(l)) return yearOf(l);
  for (const l of lines.slice(-3).reverse()) if (dateOnly(l)) return yearOf(l);
  return null;
}
