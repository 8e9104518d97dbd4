// Years written digit by digit in Han numerals (一九五九, 二〇二四): one reader and one writer for the import's cleaning,
// the history checks and the status dates, so no caller keeps its own table. Zero comes as 〇, ○, 零 or an OCR'd O.
/** The ten Han digits, each at its own value's place. */
export const HAN_DIGITS = '〇一二三四五六七八九';
const ZERO = /[○零O]/g;

/** 一九五九 → 1959, 二○二四 → 2024; ASCII digits pass as they are (1959 → 1959, 二0二四 → 2024). */
export function readHanYear(year: string): number {
  const digits = [...year.replace(ZERO, '〇')].map((c) =>
    /\d/.test(c) ? c : String(Math.max(0, HAN_DIGITS.indexOf(c))),
  );
  return Number(digits.join(''));
}

/** 2016 (or '2016') → 二〇一六. */
export function writeHanYear(year: number | string): string {
  return [...String(year)].map((d) => HAN_DIGITS[Number(d)]).join('');
}
