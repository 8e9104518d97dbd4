// A number as Word draws it in a list label, per numbering format (w:numFmt). Formats not listed
// here give null: the paragraph is then left to mammoth as a list item, never given a guessed label.
const CN_DIGITS = '〇一二三四五六七八九';
const CN_UNITS = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 9999). */
export function chineseNumeral(n: number): string {
  if (n <= 0 || n > 9999) return String(n);
  const digits = [...String(n)].map(Number).reverse();
  let out = '';
  let zero = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digits[i]!;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 十一, not 一十一, when ten leads.
    out += (d === 1 && i === 1 && out === '' ? '' : CN_DIGITS[d]!) + CN_UNITS[i]!;
  }
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

/** Word's letters: A … Z, then AA … ZZ, AAA … (the letter repeated, not a base-26 number). */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const TEN_STEMS = '甲乙丙丁戊己庚辛壬癸';

export function formatNumber(n: number, fmt: string): string | null {
  switch (fmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'none':
      return ''; // the level counts but shows no number
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
      return chineseNumeral(n);
    case 'ideographTraditional':
      return n >= 1 ? TEN_STEMS[(n - 1) % 10]! : null;
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      // ① … ⑳; Word writes larger numbers plainly.
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    default:
      return null;
  }
}
