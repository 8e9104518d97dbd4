// One line of a key list read into numbered entries (1.A 2.C 3.BD, 1-5 ABCDA, 1．A、B、C, 4．人民):
// which number each key answers, or nothing where the line's entries are not certain.
// T and F too (F is also a letter; T keys only a 判断); X is how a typed key list writes ×.
export const KEY = '[A-HＡ-Ｈ]+|[TＴ]|[XＸ]|√|×|✓|✗|对|错|正确|错误';
// 1-5, 1—5, 1–5, 1~5 and (1-5)
const RANGE = new RegExp(
  `[（(]?(\\d{1,4})\\s*[-－~～—–―]+\\s*(\\d{1,4})\\s*[)）]?\\s*[.．、:：]?\\s*((?:(?:${KEY})[、,，]?\\s*)+)`,
  'g',
);
// 1.A, 1、A, 1)A and （1）A; a 多选's letters parted by 、 ， or a dot (2．A、B、C, 3．A.B.C) are one
// key, never A alone.
const PARTED = '[A-HＡ-Ｈ]+(?:\\s*[、,，.．]\\s*[A-HＡ-Ｈ]+)+';
// 1．A B C　2．A B D: a 多选's letters parted by single spaces, up to the next number or the line's end.
const SPACED = '[A-HＡ-Ｈ](?: [A-HＡ-Ｈ])+(?=[\\s　]+[（(]?\\d|[\\s　]*$)';
// 2．全选: a 多选 keyed every option (never in a range, where its two characters could count as two keys).
const SINGLE = new RegExp(
  `[（(]?(\\d{1,4})\\s*[)）]?\\s*[.．、:：]?\\s*(${PARTED}|${SPACED}|${KEY}|全选)(?![\\u4e00-\\u9fff])`,
  'g',
);
/** A key letter standing alone where the entries were read: part of an entry no rule joined (1．A B
 * beside Chinese), so the line's entries are not certain. */
const STRAY_LETTER = /(?:^|[\s　])[A-HＡ-Ｈ](?=[\s　]|$)/;
const TEXT_ENTRY = /^(\d{1,4})\s*[.．、:：]\s*(.+)$/;

export const half = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** A key in brackets of its own (1．（ABC）, 1-4：(ABC)(B)(AD)(C)): the brackets only mark it off. */
const BRACKETED_KEY = /[（(]\s*([A-HＡ-Ｈ](?:[\s、,，]*[A-HＡ-Ｈ])*|√|×|✓|✗|对|错|正确|错误)\s*[)）]/g;

export function entriesOf(written: string): [number, string][] {
  const out: [number, string][] = [];
  const line = written.replace(BRACKETED_KEY, ' $1 ');
  // Ranges first (1-5 ABCDA, 1-3 AB ACD BCD), then what is left (1.A 2.C 3.BD).
  const rest = line.replace(RANGE, (whole, a: string, b: string, keys: string) => {
    const from = Number(a);
    const n = Number(b) - from + 1;
    const run = keys.trim().replace(/[、,，]$/, '');
    // 1-3 A、B、C: one key after each mark; 1-3 AB ACD BCD: one a word; 1-5 ABCDA: one a letter.
    const parted = run.split(/\s*[、,，]\s*/);
    const words = run.split(/\s+/);
    const each =
      parted.length > 1
        ? parted.length === n
          ? parted
          : null
        : words.length === n
          ? words
          : half(run).length === n
            ? [...half(run)]
            : null;
    if (n < 1 || n > 50) return whole;
    // A range whose keys do not count out one per number keys none of them (its last number must
    // not take the whole run as its own key).
    if (!each) return ' ';
    each.forEach((k, i) => out.push([from + i, half(k)]));
    return ' ';
  });
  const singles = [...rest.matchAll(SINGLE)];
  const mixed = singles.length ? wordEntries(rest) : null;
  if (mixed && mixed.length > singles.length) out.push(...mixed);
  else if (singles.length) {
    if (STRAY_LETTER.test(rest.replace(SINGLE, ' '))) return out;
    for (const m of singles) out.push([Number(m[1]), half(m[2]!).replace(/[、,，.．]/g, '')]);
  } else {
    // 1．Y　2．N　3．Y: entries numbered on one by one whose keys are no letter or mark read above, and no
    // Chinese (1.镰刀 2.锤头 is one 填空's answers): never the first entry running on to the line's end.
    const words = wordEntries(rest);
    if (words && words.length > 1 && words.every(([, k]) => !/[\u4e00-\u9fff]/.test(k))) return [...out, ...words];
    // One text answer per line (填空 and 简答 keys): 1. 全心全意为人民服务; 1．答：… as a 简答's answer is typed.
    const text = TEXT_ENTRY.exec(rest.trim());
    if (text) out.push([Number(text[1]), text[2]!.replace(/^答\s*[:：]\s*/, '').trim()]);
  }
  return out;
}

/** 1．A　2．ABCD　3．√　4．人民: entries parted by spaces, some of them words (a 填空's answer).
 * Read only where every part is one entry and their numbers run on one by one, so that a word
 * cannot be a piece of the entry before it. */
export function wordEntries(line: string): [number, string][] | null {
  const parts = line.trim().split(/[\s　]+/);
  const entries = parts.map((p) => /^[（(]?(\d{1,4})[)）]?\s*[.．、:：]\s*(\S+)$/.exec(p));
  if (entries.some((e) => !e)) return null;
  const out = entries.map((e) => [Number(e![1]), e![2]!] as [number, string]);
  if (out.some(([n], i) => i > 0 && n !== out[i - 1]![0] + 1)) return null;
  return out.map(([n, k]) => [
    n,
    new RegExp(`^(?:${PARTED}|${KEY})$`).test(k) ? half(k).replace(/[、,，.．]/g, '') : k,
  ]);
}

const KEYS_ONLY = new RegExp(`^(?:\\s*(?:\\d{1,4}\\s*[.．、:：]?\\s*)?(?:${KEY})\\s*)+$`);
/** Text read as one or more key entries (√, 1.A 2.C), not a question's words. */
export function isKeyEntries(text: string): boolean {
  return KEYS_ONLY.test(text) || entriesOf(text).length > 1;
}

/** 一、单选题答案：1-5 ABDCA 6-7 BC after each section: such a heading with its entries on the line (inside a
 * key list it is one of the list's typed sections, read as an entry line). */
export const TYPED_INLINE =
  /^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:单项选择|单选|多项选择|多选|不定项(?:选择)?|判断|填空|简答|问答|论述)题?的?(?:参考|标准)?答案\s*[:：]\s*(?=\d)/;
/** 一、填空题答案：1．人民　2．共产主义: a written answers' run, each entry words (a 填空's blanks parted by ；). */
const WRITTEN_INLINE = /^(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:填空|简答|问答|论述)题/;

/** A written run's entries after its heading (一、填空题答案：1．人民　2．共产主义), words numbered on one by one;
 * null for any other line (entriesOf reads 1．人民 2．共产主义 as one 填空's answers, as an item's answer line is typed). */
export function writtenRun(line: string, rest: string): [number, string][] | null {
  const words = TYPED_INLINE.test(line) && WRITTEN_INLINE.test(line) ? wordEntries(rest) : null;
  return words && words.length >= 2 ? words : null;
}
