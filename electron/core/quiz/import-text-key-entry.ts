// One line inside a numbered text bank's key list (参考答案 …): a key section's heading with or
// without its entries, a contest group's entries, or plain entries (1．A 2．C, 1-5 ABCDA).
import { readKeyLine, type KeyList } from './import-key-list.js';
import { ENTRY_MARK, EXPLAIN } from './import-text-lines.js';
import { GROUP_KEYS, groupName, HEADING, ORDINAL, ordinalName } from './import-text-sections.js';

/** The 题型 of the paper's section a key section's number names. （二） names the paper's 二、 where the paper
 * numbers no section （一）（二）… of its own, so the two ways of writing one number cannot name two sections. */
function paperType(name: string, ordinals: Map<string, string>): string {
  const own = ordinals.get(ordinalName(name));
  if (own !== undefined) return own;
  const plain = /^[（(]([一二三四五六七八九十]+)[)）]$/.exec(name);
  const bracketed = [...ordinals.keys()].some((k) => k.startsWith('（'));
  return (plain && !bracketed && ordinals.get(plain[1]!)) || '';
}

/** `ordinals`: the 题型 of each of the paper's own section numbers (一 → 单选); `part`: the part
 * of the paper the list answers. */
export function readKeyEntry(line: string, keys: KeyList, ordinals: Map<string, string>, part: number): void {
  // 参考答案与解析: each entry's 【解析】 under its 1．【答案】C is no key.
  if (EXPLAIN.test(line)) return;
  // 二、多项选择题　1．ABC: a key section's heading and its entries on one line; or 二、1．ABC,
  // the section named by its number only: the 题型 of the paper's own section 二 (none if
  // the paper has no such section, so its entries answer nothing).
  const sub = HEADING.exec(line) ?? ORDINAL.exec(line);
  if (sub) keys.sections.push({ type: sub[1] || paperType(sub[2]!, ordinals), entries: new Map(), part });
  // 第一组：①A ②C: the entries of one group, under the key section's round if it names one.
  const named = GROUP_KEYS.exec(line);
  if (named) {
    const type = keys.sections[keys.sections.length - 1]?.type ?? '';
    keys.sections.push({ type, group: groupName(named[1]!), entries: new Map(), part });
  }
  const entries = (named ? line.slice(named[0].length) : sub ? line.slice(sub[0].length) : line).replace(
    ENTRY_MARK,
    '$1',
  );
  readKeyLine(
    entries.replace(/[①-⑳]/g, (c) => ` ${c.charCodeAt(0) - 0x245f}.`),
    keys,
  );
}
