// Question banks written as numbered text, the way Party-school banks are typed in Word or saved
// as .txt: section headings (一、单项选择题), numbered items (1. / 1、 / （1） / 第1题), lettered
// options on lines of their own or several to a line, and the key as 答案：A, as the letters in the
// stem's brackets（ B ）, as （√）/（×） after a 判断 statement, as the words in a 填空's brackets, or
// in a key list at the end (参考答案 1.A 2.C / 1-5 ABCDA). A key is never guessed: a key list keys items by
// number only where the numbers name one item each (key-list.ts); two keys for one item that disagree: invalid.
import type { Parsed } from './import-json.js';
import type { Section, TextItem } from './import-text-types.js';
import { optionsOnLine } from './import-text-options.js';
import { toRaw, type MarkKey } from './import-text-row.js';
import { markOptions } from './import-text-marks.js';
import { splitKeyLines } from './import-text-key-line.js';
import { splitCaseSubs } from './import-text-case-subs.js';
import { cleanLines, numberLabelledItems, numberOrdinalItems, numberSpacedItems } from './import-text-clean.js';
import { couldKeySection, isBareAnswer, joinBareAnswers } from './import-text-bare-answer.js';
import { paperLine } from './import-text-papers.js';
import { saysLetters } from './import-text-circled.js';
import { numberItemsOtherwise } from './import-text-renumber.js';
import { bankOrText } from './import-text-unkeyed.js';
import {
  isPassage,
  isPlainPassage,
  keyedWhole,
  asksAbout,
  pastCase,
  PASSAGE_HEADING,
  READ_PASSAGE,
  serves,
} from './import-text-material.js';
import { answerFollows, continueWith, itemStart } from './import-text-start.js';
import { applyKeyList, isKeyHeading, readKeyRest, type KeyList } from './import-key-list.js';
import { refuseConflicts } from './import-conflicts.js';
import { readKeyEntry } from './import-text-key-entry.js';
import { markLineAnswers } from './import-text-mark-line.js';
import { moveKeysAbove } from './import-text-key-above.js';
import { splitSectionKeyLines } from './import-text-section-key-line.js';
import { titleTypeHeading } from './import-text-title-type.js';
import {
  ANSWER,
  BARE_TYPE,
  CANDIDATE,
  EXPLAIN,
  ITEM,
  itemNumber,
  LETTERS_KEY,
  META_GROUP,
  NOTES_HEADING,
  PAGE_MARK,
  PASSAGE_END,
  QUESTION_LIKE,
  SCORE,
  TAIL_TYPE,
  TRUTH_LETTERS,
  TYPE_LINE,
  TYPE_TAG,
} from './import-text-lines.js';
import { GROUP, groupName, sectionOrdinal, OTHER_HEADING, resumesPaper, SECTION } from './import-text-sections.js';

/** Marks a line that Word numbered in a way not drawn into the text (import-word.ts): an item
 * whose number is not certain. */
export const AUTO_ITEM = '\uE000';

export type { Section, TextItem } from './import-text-types.js';

/** Splits the text into sections and numbered items, and reads the key list after them. */
export function splitItems(lines: string[]): { items: TextItem[]; keys: KeyList; papers: Map<string, number> } {
  const items: TextItem[] = [];
  const keys: KeyList = { sections: [] };
  let section: Section = { type: '', index: 0, part: 0 };
  /** The 题型 of each section heading's number (一 → 单选), '' where the number repeats. */
  const ordinals = new Map<string, string>();
  /** The 题型 the paper's own section headings name. */
  const paperTypes = new Set<string>();
  let inKey = false;
  /** The part each paper's heading (第一套, 试卷二) started. */
  const papers = new Map<string, number>();
  let item: TextItem | null = null;
  let group = '';
  const numbered = numberOrdinalItems(numberSpacedItems(numberLabelledItems(numberItemsOtherwise(cleanLines(lines)))));
  const cut = joinBareAnswers(
    splitCaseSubs(splitKeyLines(markLineAnswers(moveKeysAbove(splitSectionKeyLines(titleTypeHeading(numbered)))))),
  );
  const trimmed = markOptions(cut, {
    item: (l) => ITEM.test(l) || l.startsWith(AUTO_ITEM),
    stop: (l) => ANSWER.test(l) || EXPLAIN.test(l) || SECTION.test(l) || isKeyHeading(l),
    asks: (t) => QUESTION_LIKE.test(t) || LETTERS_KEY.test(t),
  });
  const answered = answerFollows(trimmed);
  // A bare 答案： under an open written-answer item, read first as a key list: the item's own
  // answer if the next item of its section follows, or the bank ends (giveBack).
  let bare: { item: TextItem; keyCount: number; lines: string[] } | null = null;
  // Only where the paper keys each item where it stands: every other item of the section has an
  // answer line of its own (otherwise these lines may be the key list of the items above).
  const giveBack = () => {
    const its = items.filter((i) => i !== bare!.item && i.section.index === bare!.item.section.index);
    if (!its.every((i) => i.answer.length) && couldKeySection(bare!.lines, [...its, bare!.item])) return;
    keys.sections.length = bare!.keyCount;
    bare!.item.answer.push('', ...bare!.lines);
    bare!.item.at = 'answer';
    item = bare!.item;
    bare = null;
    inKey = false;
  };
  // 注意事项： over numbered instructions, before the paper's first section.
  let notes = false;
  // A page's number and the running head under it (the paper's title again) are no text; a
  // sentence they break goes on where it stopped.
  let pageBreak = false;
  // The passage over the 材料题 items that follow it; `reading`: the line before was one of it.
  let material: string[] = [];
  let reading = false;
  // Under a heading over passages or a reading instruction: a passage may follow with no 材料 label.
  let passageOpen = false;
  // Whether the passage came under such a heading or instruction, and an item under it has asked about it.
  const passage = { headed: false, asked: false };
  for (const [at, line] of trimmed.entries()) {
    if (line === CANDIDATE || line === PASSAGE_END) {
      if (line === PASSAGE_END) material = [];
      else if (item && !inKey) item.candidate = true;
      continue;
    }
    if (PAGE_MARK.test(line)) {
      pageBreak = true;
      continue;
    }
    if (pageBreak && at > 1 && line === trimmed[0]) continue;
    // A page's number alone (2), the running head under it: a page mark, as `- 2 -` is.
    if (at > 1 && /^\d{1,3}$/.test(line) && trimmed[at + 1] === trimmed[0]) {
      pageBreak = true;
      continue;
    }
    const broken = pageBreak;
    pageBreak = false;
    if (!items.length && NOTES_HEADING.test(line)) notes = true;
    if (notes && !SECTION.test(line) && !OTHER_HEADING.test(line)) continue;
    notes = false;
    const paper = paperLine(line);
    const known = paper && papers.get(paper.name);
    if (paper && ((inKey && known !== undefined) || paper.key !== undefined)) {
      // The keys of a paper it names: under 参考答案 (第一套：1．A) or after it (第一套参考答案：1．B).
      [inKey, item] = [true, null];
      keys.sections.push({ type: '', entries: new Map(), after: section.index, part: known ?? section.part });
      if (paper.key) readKeyEntry(paper.key, keys, ordinals, known ?? section.part);
    } else if (paper) {
      // Another paper's heading: its items, numbered from 1 again, are a part of their own.
      if (items.some((i) => i.section.part === section.part))
        section = { type: '', index: section.index + 1, part: section.part + 1 };
      [ordinals, paperTypes].forEach((m) => m.clear());
      papers.set(paper.name, section.part);
      [inKey, item, group, material] = [false, null, '', []];
    }
    if (paper) continue;
    // 二、判断题 after the key of section 一, its items below: the paper goes on (a key after each
    // section), not a key list's own heading. A question after the list, with no heading: the same.
    const resume = inKey && resumesPaper(line, trimmed, at, { ordinals, types: paperTypes, keys });
    if (resume || (inKey && ITEM.test(line) && QUESTION_LIKE.test(line))) {
      inKey = false;
      section = { ...section, index: section.index + 1, part: section.part + 1 };
      if (resume === 'restart') [ordinals, paperTypes].forEach((m) => m.clear());
    }
    // 第二组: the round's items numbered from 1 again.
    if (!inKey && GROUP.test(line)) {
      [group, item, material] = [groupName(line), null, []];
      continue;
    }
    const head = SECTION.exec(line) ?? (!inKey && OTHER_HEADING.test(line) && !isKeyHeading(line) ? ['', ''] : null);
    if (head) {
      const ordinal = sectionOrdinal(line);
      if (ordinal && !inKey && head[1]) ordinals.set(ordinal, ordinals.has(ordinal) ? '' : head[1]);
      if (!inKey && head[1]) paperTypes.add(head[1]);
      bare = null; // a heading inside it: a key list of sections
      section = { type: head[1]!, index: section.index + (items.length || inKey ? 1 : 0), part: section.part };
      const truth = TRUTH_LETTERS.exec(line);
      if (truth && truth[1] !== truth[2]) section.truth = truth[1]! + truth[2]!;
      if (inKey) keys.sections.push({ type: head[1]!, entries: new Map(), part: section.part });
      [item, group, material] = [null, '', []];
      passageOpen = !inKey && PASSAGE_HEADING.test(line);
      continue;
    }
    // A key table's 题号 row inside the key list belongs to the section above it.
    if (isKeyHeading(line, inKey)) {
      const open = item && !item.answer.length && !item.options.length;
      bare =
        open && isBareAnswer(line) && !/填空|判断|是非|选择|单选|多选/.test(item!.section.type)
          ? { item: item!, keyCount: keys.sections.length, lines: [] }
          : null;
      inKey = true;
      // A second key list never overwrites the first; `after`: the item section it follows.
      keys.sections.push({ type: '', entries: new Map(), after: section.index, part: section.part });
      item = null;
      readKeyRest(line, keys);
      continue;
    }
    // The next item of the same section (a question, or a line with its own answer below it)
    // right after a bare 答案： proves the lines between were that item's answer.
    const num = bare && ITEM.exec(line);
    if (num && itemNumber(num) === bare!.item.number + 1 && (QUESTION_LIKE.test(line) || answered[at])) giveBack();
    bare = inKey ? bare : null;
    if (bare) bare.lines.push(line);
    if (inKey) {
      readKeyEntry(line, keys, ordinals, section.part);
      continue;
    }
    const plain = isPlainPassage(trimmed, at) && (passageOpen || (!!material.length && !!item && keyedWhole(item)));
    if (READ_PASSAGE.test(line) || isPassage(trimmed, at) || plain) {
      if (!reading) Object.assign(passage, { headed: passageOpen || READ_PASSAGE.test(line), asked: false });
      material = READ_PASSAGE.test(line) ? [] : reading ? [...material, line] : [line];
      reading = !READ_PASSAGE.test(line);
      passageOpen = true;
      item = null;
      continue;
    }
    reading = false;
    passageOpen = false;
    const start = itemStart(line, item, section, answered[at]!);
    if (start && material.length && (!serves(material, start.number) || pastCase(material, start.rest, passage)))
      material = [];
    if (start && material.length) passage.asked ||= asksAbout(material, start.rest);
    if (start) {
      const rest = start.rest.replace(SCORE, '').replace(META_GROUP, '');
      const tail = TAIL_TYPE.exec(rest);
      const tag = TYPE_TAG.exec(rest) ?? BARE_TYPE.exec(rest) ?? tail;
      // 应知应会 问答: 1．问：…？ over 答：….
      const stem = (tail ? rest.slice(0, tail.index) : rest.slice(tag?.[0].length ?? 0)).replace(/^问\s*[:：]\s*/, '');
      item = {
        number: start.number,
        section: tag ? { ...section, type: tag[1]! } : section,
        stem: [stem.replace(SCORE, '')],
        options: [],
        answer: [],
        explanation: [],
        at: 'stem',
        auto: start.auto,
        circled: start.circled,
        group: group || undefined,
        material: material.length ? material : undefined,
      };
      items.push(item);
      continue;
    }
    if (!item) {
      // A title line or notes before the first item; a note may say what 判断's letters stand for.
      const truth = TRUTH_LETTERS.exec(line);
      if (truth && truth[1] !== truth[2] && items.every((i) => i.section !== section))
        section = { ...section, truth: truth[1]! + truth[2]! };
      continue;
    }
    if (line.startsWith(AUTO_ITEM)) {
      continueWith(item, line.slice(1)); // a point Word numbered inside a written answer
      continue;
    }
    const typed = TYPE_LINE.exec(line);
    if (typed) {
      item.section = { ...item.section, type: typed[1]! };
      continue;
    }
    const answer = ANSWER.exec(line);
    const explain = EXPLAIN.exec(line);
    // 1. …（ ）答案：A over its options: letters alone as the answer, then the options A. B. …
    const keyFirst = !item.options.length && /^[A-HＡ-Ｈ][\sA-HＡ-Ｈ、,，]*$/.test(item.answer.join(''));
    const optionsHere = !item.answer.length || item.at === 'option' || (item.at === 'answer' && keyFirst);
    const options = optionsHere ? optionsOnLine(line, item.options.length) : null;
    if (answer) {
      item.answer.push(line.slice(answer[0].length));
      item.at = 'answer';
    } else if (explain) {
      item.explanation.push(line.slice(explain[0].length));
      item.at = 'explanation';
    } else if (options) {
      item.options.push(...options);
      item.at = 'option';
    } else if (broken && item.at === 'stem') item.stem[item.stem.length - 1] += line;
    else continueWith(item, line);
  }
  if (bare) giveBack(); // a bare 答案： under the last item
  return { items, keys, papers };
}

/** Items of a numbered text bank, or null when the text is not one (fewer than two numbered items,
 * or no key at all). `marks` reads the keys a Word file shows by formatting. */
export function parseTextBank(text: string, marks?: (items: TextItem[]) => (MarkKey | undefined)[]): Parsed | null {
  const { items, keys, papers } = splitItems(text.replace(/\r\n?/g, '\n').split('\n'));
  if (items.length < 2) return null;
  const keyed = applyKeyList(items, keys);
  const marked = marks?.(items) ?? [];
  const letters = saysLetters(text); // 选项甲、乙、丙、丁依次对应A、B、C、D
  const rows = items.map((item, i) => {
    // Invalid rows are reported by row; the item's own 题型 and number say which one it is.
    // In a file of two papers, the paper too: 第 3 题 alone could be either's.
    const paper = [...papers].filter(([, part]) => part <= item.section.part).pop()?.[0] ?? '';
    const label = `${paper}${item.section.type ? `${item.section.type}题` : ''}第 ${item.number} 题`;
    const row = toRaw(item, keyed[i], marked[i], letters);
    return typeof row === 'string' ? `（${label}）${row}` : { ...row, label };
  });
  return refuseConflicts(bankOrText(rows, items, keys));
}
