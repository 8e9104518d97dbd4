// The year an undated text names as its own present: a span it counts from a named year to now (从一九五九年到现在的五年:
// 1964) or the state's anniversary it keeps this year (我们的国家在今年十月一日将渡过它的光荣的十周年: 1959). A text of
// 2019 says 今年是新中国成立70周年 the same way; one that only recalls an anniversary (当年适逢新中国成立十周年, 1959年国庆
// 10周年前夕) names no present. A 悼词 names its present by the day of the death it mourns.
import { HAN_DIGITS as CN, readHanYear } from '../text/han-year.js';
import { cnDay, namedYears } from './own-period-date.js';

/** 五, 十, 十四, 二十九, 70 as a number. */
const count = (n: string) => (/^\d+$/.test(n) ? Number(n) : cnDay(n));

const NUM = '([一二三四五六七八九十]{1,3}|\\d{1,3})';
const SPAN_TO_NOW = new RegExp(`从((?:19|20)\\d\\d|[${CN}]{4})年[^，。；]{0,4}?到现在的?${NUM}年`);
// Not 回归祖国: Hong Kong's and Macao's return (香港回归祖国二十五周年) is no founding.
const STATE = '(?:国家|中华人民共和国|新中国|(?<!回归)祖国|建国|国庆)';
const ANNIVERSARY_NOW = new RegExp(
  `今年[^。；！？]{0,16}?${STATE}[^。；！？]{0,12}?${NUM}周年|${STATE}[^。；！？]{0,6}?今年[^。；！？]{0,16}?${NUM}周年`,
);

/** A death told to the day in the period's numerals (于一九七六年五月十二日因病逝世): a 悼词 or 讣告, written in its days
 * (not 1976's last months, read as the year's first day would be the Cultural Revolution's). */
const DIED_ON = new RegExp(
  `于(?!一九七六年十)([${CN}]{4})年[${CN}十]{1,2}月[${CN}十]{1,3}日[^，。；]{0,6}?(?:逝世|病逝|去世|牺牲)`,
);

/** A death told by its month alone (一九七五年九月在工地上不幸殉职), in a text that mourns (悼词, 悼念, 追悼) a 同志 who died
 * with his life before it (生前): a 悼词 too, written in the days after (again not in 1976's last months). */
const DIED_IN_MONTH = new RegExp(
  `(?<![${CN}])(?!一九七六年十)([${CN}]{4})年[${CN}十]{1,2}月[^，。；\\d]{0,14}?(?:逝世|病逝|去世|牺牲|殉职)`,
);
const MOURNS = /悼词|悼念|追悼/;

/** The year `unquoted` (the text's own voice, folded: half-width digits, 〇 for ○) names as its present, or null. */
export function presentYear(unquoted: string): number | null {
  const span = SPAN_TO_NOW.exec(unquoted);
  if (span) return readHanYear(span[1]!) + count(span[2]!);
  const died =
    DIED_ON.exec(unquoted) ??
    (MOURNS.test(unquoted) && /生前/.test(unquoted) && /同志/.test(unquoted) ? DIED_IN_MONTH.exec(unquoted) : null);
  if (died) return readHanYear(died[1]!);
  const a = ANNIVERSARY_NOW.exec(unquoted);
  return a ? 1949 + count((a[1] ?? a[2])!) : null;
}

/** The present year of an undated text of 1949–1978, when it names no later year. */
export function ownPresentBefore(unquoted: string, folded: string, end: number): number | null {
  const y = presentYear(unquoted);
  return y !== null && y >= 1949 && y <= end && namedYears(folded).every((n) => n <= y) ? y : null;
}
