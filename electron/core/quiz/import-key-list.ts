// The key list at the end of a numbered text bank (参考答案：1.A 2.C 3.BD / 1-5 ABCDA / 判断 1.√),
// with or without its own section headings. Entries are matched to items by section and number;
// when numbers repeat across sections and the key names no sections, no entry is used (a wrong
// match would be a wrong key).
import type { TextItem } from './import-text.js';
import { entriesOf, half, KEY, writtenRun } from './key-list-entries.js';
import { keyHeadingRest, TABLE_HEADER, TABLE_NUMBERS } from './key-list-heading.js';
import { CANDIDATE_NAME } from './import-text-lines.js';

export { isKeyEntries } from './key-list-entries.js';
export { isKeyHeading } from './key-list-heading.js';

/** A key list exists, but an auto-numbered item cannot be matched to it. */
export const AUTO_UNMATCHED =
  '?这道题的题号是 Word 自动编号，无法与卷末答案按题号对应：请把答案写在题目下（如“答案：A”），或把自动编号转为文本';
const NOT_MATCHED =
  '?卷末答案中找不到与这道题确定对应的答案（题号重复、没有这个题号，或答案没有注明题型）：请在题目下写明“答案：”，或在卷末答案中注明题型';

export type KeyList = {
  /** `repeated`: a number came twice (the list restarts its numbers without naming a 题型);
   * `after`: the item section the list follows; `part`: the part of the paper it answers. */
  sections: {
    type: string;
    entries: Map<number, string>;
    repeated?: number;
    after?: number;
    part?: number;
    /** The contest group (第一组) the entries answer. */
    group?: string;
    /** Keys written with no numbers (CBCAB　BA, √×√): one per item of the section, in order. */
    sequence?: string;
    /** Under a 题号 | 答案 header: entries one to a row, each with its number (never a sequence). */
    byRow?: boolean;
    /** The number of the entry just read if it was a written answer (a line may wrap it on). */
    prose?: number;
  }[];
  /** The number cells of a key table's 题号 row (3, or a range 1-5), waiting for its 答案 row. */
  numbers?: string[];
};

// 答案：B　A as well as 答案 | B | A: the colon may end the row's label with no gap after it.
const TABLE_KEYS = /^(?:参考|标准|正确)?答\s*案\s*(?:[:：]|(?=[\s　|｜]))((?:[\s　|｜]*\S+)+)[\s　|｜]*$/;
/** 题号 | 11 alone: a key table's last row of numbers, read only inside the key list (never its start). */
const TABLE_LAST_NUMBER = /^题\s*号\s*[:：]?[\s　|｜]+(\d{1,4})[\s　|｜]*$/;

/** 考生答案 | B | C, 得分 | 2 | 0: an answer card's rows that are no key. */
const RECORD_ROW = new RegExp(`^(?:${CANDIDATE_NAME}|作答(?:情况)?|得分|本题得分)[\\s　|｜:：]`);
/** A cell of a key table's 答案 row that is one key. */
const KEY_CELL = new RegExp(`^(?:${KEY})$`);

/** A key table's entries: one key per number, or each range cell keyed one per number it spans (the keys
 * read as a range entry, 1-5 ABCDA); none where any cell does not count out so. */
function tableEntries(numbers: string[], cells: string[]): [number, string][] {
  if (numbers.every((n) => /^\d+$/.test(n)))
    return cells.every((c) => KEY_CELL.test(c)) ? numbers.map((n, i) => [Number(n), cells[i]!]) : [];
  const spans = numbers.map((n) => n.split(/[-－~～—–]/).map(Number));
  const read = numbers.map((n, i) => entriesOf(`${n} ${cells[i]}`));
  const whole = read.every((e, i) => e.length === (spans[i]![1] ?? spans[i]![0]!) - spans[i]![0]! + 1);
  return whole ? read.flat() : [];
}

/** Reads what a key heading's line holds: a 题号 row, the entries after the heading (a written run's one at a
 * time), or nothing where the heading has no mark to end it. */
export function readKeyRest(line: string, keys: KeyList): void {
  const rest = keyHeadingRest(line);
  if (/^题\s*号/.test(line)) readKeyLine(line, keys);
  else if (rest !== line)
    for (const [n, k] of writtenRun(line, rest) ?? [[0, rest] as const]) readKeyLine(n ? `${n}．${k}` : k, keys);
}

export function readKeyLine(line: string, keys: KeyList): void {
  if (!keys.sections.length) keys.sections.push({ type: '', entries: new Map() });
  const section = keys.sections[keys.sections.length - 1]!;
  if (TABLE_HEADER.test(line)) {
    section.byRow = true;
    return;
  }
  const numbers = TABLE_NUMBERS.exec(line) ?? TABLE_LAST_NUMBER.exec(line);
  if (numbers) {
    keys.numbers = numbers[1]!.split(/[\s　|｜]+/).filter(Boolean);
    return;
  }
  // An answer card's rows of the candidate's answers and scores under the 题号 row: never keys, and
  // the 正确答案 row may still follow.
  if (keys.numbers && RECORD_ROW.test(line)) return;
  // The 答案 row under a 题号 row: one key per number, or none is used.
  const row = keys.numbers ? TABLE_KEYS.exec(line) : null;
  if (row) {
    const cells = row[1]!
      .split(/[\s　|｜]+/)
      .filter(Boolean)
      .map(half);
    if (cells.length === keys.numbers!.length)
      for (const [n, k] of tableEntries(keys.numbers!, cells)) setEntry(section, n, k);
    delete keys.numbers;
    return;
  }
  delete keys.numbers;
  // 正确的是：1、2、4 / 错误的是：3、5: a 判断 key list by truth, the numbers of each kind.
  const truth = TRUTH_GROUP.exec(line);
  if (truth) {
    for (const n of truth[2]!.split(/[\s、,，]+/))
      setEntry(section, Number(n), /^(?:正确|对)/.test(truth[1]!) ? '√' : '×');
    return;
  }
  const entries = entriesOf(line);
  const wrapped = section.prose !== undefined && !entries.length ? section.entries.get(section.prose) : undefined;
  if (wrapped !== undefined && wrapsOn(wrapped, line)) {
    section.entries.set(section.prose!, `${wrapped}\n${line.trim()}`);
    return;
  }
  for (const [n, k] of entries) setEntry(section, n, k);
  section.prose = entries.length === 1 && isWritten(entries[0]![1]) ? entries[0]![0] : undefined;
  if (!entries.length && !section.byRow && UNNUMBERED.test(line))
    section.sequence = `${section.sequence ?? ''} ${line}`;
}

/** A written answer (简答, a 填空's words): Chinese, not a 判断 word. */
const isWritten = (key: string) => /[\u4e00-\u9fff]/.test(key) && !/^(?:对|错|正确|错误)$/.test(key);

/** A line with no number under a written answer in a key list goes on with it: the answer stops
 * mid-sentence (…地位，), or it ends a sentence and the line is a sentence or a point （2）… of its own. A
 * 填空's word (no end mark) takes no line, nor does a finished answer a line with no end mark (a footer). */
function wrapsOn(answer: string, line: string): boolean {
  const text = line.trim();
  if (!/[\u4e00-\u9fff]/.test(text)) return false;
  if (/[，、；;：:—]$/.test(answer)) return true;
  return /[。！？!?]$/.test(answer) && (/[。；;！？]$/.test(text) || /^[（(]?\d{1,2}[)）]/.test(text));
}

const TRUTH_GROUP =
  /^((?:正确|对|错误|错)的?(?:(?:题|是|有|为)[有是为]?)?(?:[\s　]*[:：])?)[\s　]*(\d{1,3}(?:[\s　]*[、,，][\s　]*\d{1,3})*)[\s　]*[。；;]?$/;

/** Keys with no numbers: letters, √ and × in groups (CBCAB　BA); ABD ABCD for a 多选 section. */
const UNNUMBERED = /^[\s　]*(?:[A-HＡ-Ｈ√×]+[\s　]*)+$/;

/** A section's unnumbered keys as entries: one per item, in the items' order, only where the items
 * are numbered 1, 2, 3 … and there are as many keys as items (a key one place off is wrong for
 * every item after it). A 多选's keys are words parted by spaces; the others one sign each. */
function sequenceEntries(items: TextItem[], sequence: string, typed = false): Map<number, string> | string {
  const words = sequence
    .trim()
    .split(/[\s　]+/)
    .map(half);
  const keys = items.some((i) => kindOf(i.section.type) === '多选') ? words : [...words.join('')];
  if (keys.length !== items.length)
    return `?卷末答案没有写题号，答案有 ${keys.length} 个，这部分却有 ${items.length} 道题：无法确定哪个答案对应哪道题，请在卷末答案中写明题号`;
  // Under a key section named by its 题型, the section's items may number on through the paper (4, 5, 6).
  if (items.some((item, i) => item.number !== (typed ? items[0]!.number : 1) + i))
    return '?卷末答案没有写题号，这部分的题号又不是从 1 起依次编排：无法确定哪个答案对应哪道题，请在卷末答案中写明题号';
  return new Map(items.map((item, i) => [item.number, keys[i]!]));
}

function setEntry(section: KeyList['sections'][number], n: number, key: string): void {
  if (section.entries.has(n)) section.repeated ??= n;
  section.entries.set(n, key);
}

const REPEATED = (n: number) =>
  `?卷末答案中找不到与这道题确定对应的答案：卷末答案中第 ${n} 题出现了不止一次（可能各部分重新编号却没有注明题型），无法确定哪个答案对应哪道题：请在卷末答案中注明题型`;

/** A 题型 as one of 单选 / 多选 / 判断 (单项选择题, 是非题 …), a contest's round without its
 * team (个人必答 → 必答), or as written. */
export const kindOf = (type: string) =>
  /单选|单项/.test(type)
    ? '单选'
    : /多选|多项|不定项/.test(type)
      ? '多选'
      : /判断|是非/.test(type)
        ? '判断'
        : (/必答|抢答|风险|选答|共答|附加|加赛/.exec(type)?.[0] ?? type);

/** Per item: its key from the list, or `?reason` when a list exists but cannot answer the item
 * with certainty (used only when the item has no key of its own), or undefined (no list). */
export function applyKeyList(items: TextItem[], keys: KeyList): (string | undefined)[] {
  const filled = keys.sections.filter((s) => s.entries.size || s.sequence);
  if (!filled.length) return items.map(() => undefined);
  // Where items go on after a key list, each list answers the part of the paper above it.
  const matched = new Map<TextItem, string | undefined>();
  for (const part of new Set(items.map((i) => i.section.part))) {
    const its = items.filter((i) => i.section.part === part);
    const got = keyed(
      its,
      filled.filter((k) => (k.part ?? 0) === part),
    );
    its.forEach((item, i) => matched.set(item, got[i]));
  }
  return items.map((item) => (item.auto ? AUTO_UNMATCHED : (matched.get(item) ?? NOT_MATCHED)));
}

const unique = (items: TextItem[]) => new Set(items.map((i) => i.number)).size === items.length;

/** The key list answers numbers these items do not have (a question deleted and the rest
 * renumbered, the list left as it was): which key goes with which item is not certain. */
function extra(items: TextItem[], entries: Map<number, string>): string | null {
  const have = new Set(items.map((i) => i.number));
  const missing = [...entries.keys()].filter((n) => !have.has(n));
  if (!missing.length) return null;
  const type = items[0]?.section.type ? `${items[0].section.type}题` : '';
  return `?卷末答案中找不到与这道题确定对应的答案：卷末答案有${type}第 ${missing.slice(0, 3).join('、')} 题的答案，题目中却没有这道题（题目可能删改过），请核对卷末答案与题号`;
}

/** A key section named by its 题型 whose numbers differ from its items' as a whole: the list restarts at 1
 * in each 题型 while the paper numbers on (单项选择题：1．B over items 4–6), or the other way round. Both
 * run without a gap and count the same, so the k-th key answers the k-th item; anything else keys none. */
function shifted(items: TextItem[], entries: Map<number, string>): Map<number, string> | null {
  const numbers = [...entries.keys()].sort((a, b) => a - b);
  const run = (ns: number[]) => ns.every((n, i) => n === ns[0]! + i);
  const own = items.map((i) => i.number);
  if (numbers.length !== own.length || !run(numbers) || !run(own)) return null;
  return new Map(own.map((n, i) => [n, entries.get(numbers[i]!)!]));
}

/** A list with no 题型 right under a section (【参考答案】1-2：√× after 三、判断题) whose numbers the
 * sections above also have: it answers the section it follows, but only where every other item of
 * the part has a key line of its own (so the list cannot be theirs). */
function followed(items: TextItem[], list: KeyList['sections'][number]): (string | undefined)[] {
  const own = items.filter((i) => i.section.index === list.after);
  if (!own.length || !unique(own) || !items.every((i) => own.includes(i) || i.answer.length)) return [];
  const off = list.repeated ? REPEATED(list.repeated) : extra(own, list.entries);
  return items.map((i) => (own.includes(i) ? (off ?? list.entries.get(i.number)) : undefined));
}

function keyed(items: TextItem[], filled: KeyList['sections']): (string | undefined)[] {
  if (filled.some((k) => k.group)) return byGroup(items, filled);
  if (filled.length === 1 && !filled[0]!.type) {
    if (!unique(items)) return followed(items, filled[0]!);
    const seq = filled[0]!.entries.size ? null : sequenceEntries(items, filled[0]!.sequence!);
    if (seq) return items.map((i) => (typeof seq === 'string' ? seq : seq.get(i.number)));
    const off = filled[0]!.repeated ? REPEATED(filled[0]!.repeated) : extra(items, filled[0]!.entries);
    return items.map((i) => off ?? filled[0]!.entries.get(i.number));
  }
  // The k-th key section of a 题型 answers the k-th item section of that 题型, if its numbers are
  // unique; key sections without a 题型 answer nothing here.
  const bySection = new Map<number, TextItem[]>();
  for (const i of items) {
    const list = bySection.get(i.section.index);
    if (list) list.push(i);
    else bySection.set(i.section.index, [i]);
  }
  const match = new Map<number, Map<number, string>>();
  const refused = new Map<number, string>();
  for (const ks of filled.filter((k) => k.type)) {
    const at = [...bySection].find(
      ([index, its]) => !match.has(index) && its.every((i) => kindOf(i.section.type) === kindOf(ks.type)),
    );
    const seq = at && !ks.entries.size && ks.sequence ? sequenceEntries(at[1], ks.sequence, true) : null;
    if (at && typeof seq === 'string') refused.set(at[0], seq);
    else if (at && unique(at[1])) match.set(at[0], typeof seq === 'string' ? new Map() : (seq ?? ks.entries));
    else if (at) match.set(at[0], new Map());
    const off = at && !seq && (ks.repeated ? REPEATED(ks.repeated) : extra(at[1], ks.entries));
    const moved = at && off && !ks.repeated ? shifted(at[1], ks.entries) : null;
    if (at && moved) match.set(at[0], moved);
    else if (at && off) refused.set(at[0], off);
  }
  return items.map((i) => refused.get(i.section.index) ?? match.get(i.section.index)?.get(i.number));
}

/** A key list by contest group (第一组：①A ②C): each group's entries answer the items of the one
 * group of that name (in the round the list names, if it names one); a name two rounds share,
 * without its round, answers neither. */
function byGroup(items: TextItem[], filled: KeyList['sections']): (string | undefined)[] {
  return items.map((item) => {
    if (!item.group) return undefined;
    const lists = filled.filter(
      (k) => k.group === item.group && (!k.type || kindOf(k.type) === kindOf(item.section.type)),
    );
    const its = items.filter((i) => i.group === item.group && i.section.index === item.section.index);
    const rounds = new Set(items.filter((i) => i.group === item.group).map((i) => i.section.index));
    if (lists.length !== 1 || lists[0]!.repeated || !unique(its)) return undefined;
    if (!lists[0]!.type && rounds.size > 1) return undefined;
    if (extra(its, lists[0]!.entries)) return undefined;
    return lists[0]!.entries.get(item.number);
  });
}
