// A 提法 blanked where it is only part of a longer word or name of the line: 打赢【脱贫攻坚】战 (the campaign is
// 脱贫攻坚战; the blank leaves its 战 behind) and 村“【两委】”会议 (村“两委” is the body's name). Found by judging
// questions-imported18.json: the learner is asked half a word.

/** One Han character left between the blank and a mark that no suffix of place, time or kind explains. */
const STUB_AFTER = /^([^\P{Script=Han}的地得之了着过等中上下里内外时后前间初末来起者们])[，,。；;！!？?、]/u;
/** A level of administration set right before the quotation marks of the blank (村“两委”, 社区“两委”, 提交村“两委”). */
const LEVEL_BEFORE = /(?:^|[^\p{Script=Han}]|[交报由经向各全本])(?:村|镇|乡|社区|街道)[“"]$/u;

/** Whether the blank at [start, end) of `text` cuts a longer word: its stub after it is said joined to the key in a
 * shipped text (`inLibrary`: whether a run of Han characters occurs there), or a level of administration names the
 * quoted key's body. */
export function cutFromWord(
  text: string,
  blank: { start: number; end: number; text: string },
  inLibrary: (han: string) => boolean,
): boolean {
  if (LEVEL_BEFORE.test(text.slice(0, blank.start))) return true;
  const stub = STUB_AFTER.exec(text.slice(blank.end))?.[1];
  return stub !== undefined && inLibrary(blank.text + stub);
}

/** A period's name: what it sets before a noun only dates the noun. */
const ERA = /^新(?:时代|征程|阶段|发展阶段|时期)$/u;
/** What may follow a period's name that is itself what the clause says (新时代是奋斗者的时代, 新时代以来, 新征程上). */
const ERA_SAID = /^(?:是|就是|以来|中|里|上|下|要|必须)/u;

/** Whether the blank is a period's name set before what it dates (落实【新时代】党的建设总要求, 奋进【新征程】的号角),
 * a quoted name too (坚持和发展【新时代】“枫桥经验”, questions-imported66.json): the blank asks which era, a word the
 * learner guesses from the noun after it, not what the sentence teaches (questions-imported19.json). Where the period
 * is what the clause says (进入了【新时代】。) it stays. */
export function eraBeforeNoun(text: string, blank: { start: number; end: number; text: string }): boolean {
  const after = text.slice(blank.end).replace(/^[”"’]/, '');
  return ERA.test(blank.text) && /^的?[“"‘]?\p{Script=Han}/u.test(after) && !ERA_SAID.test(after);
}

/** The word a thought or a theory is named by, after its qualifier (新时代中国特色社会主义|思想, 邓小平|理论). */
const NAME_HEAD = /^(?:思想|理论)/u;

/** Whether the blank is the front of a name the line writes whole (是【新时代中国特色社会主义】思想的世界观和方法论:
 * the thought's name is asked without its head, questions-imported58.json): the key runs straight into 思想/理论, and the
 * lexicon names the whole, alone or after its author (习近平新时代中国特色社会主义思想). */
export function cutFromName(
  text: string,
  blank: { end: number; text: string },
  named: (term: string) => boolean,
): boolean {
  const head = NAME_HEAD.exec(text.slice(blank.end))?.[0];
  if (!head) return false;
  const whole = blank.text + head;
  return named(whole) || named(`习近平${whole}`);
}

/** Verbs of building a system, whose object is the head after 的 (健全…的长效管理机制). */
const BUILD_VERB = /(?:健全|完善|建立|建强|构建)$/u;

/** Whether the blank only qualifies a noun that qualifies the verb's object (健全【脱贫攻坚】国家投入形成资产的长效管理
 * 机制, questions-imported58.json: 扶贫 fits as well): a verb of building, the key, four or more Han characters with no
 * 的, then 的. A 提法 qualifying the object itself (健全【共建共治共享】的社会治理制度) stays. */
export function nestedModifier(text: string, blank: { start: number; end: number }): boolean {
  return BUILD_VERB.test(text.slice(0, blank.start)) && /^[^\P{Script=Han}的]{4,}的/u.test(text.slice(blank.end));
}

type Occurrence = { term: string; docId: string; paragraph: number; start: number; length: number | null };

const endOf = (o: Occurrence) => o.start + (o.length ?? o.term.length);

/** Whether a 提法's occurrence runs into another that starts inside it and ends after it, with no 提法 of the line
 * holding both (全面深化【改革】开放: 全面深化改革 crossed by 改革开放, 2013's report): the words say 深化改革开放, not the
 * 提法 of the end of that year, so a 多选 keyed on it, or a blank leaving 开放 behind, misleads
 * (questions-outside13.json). `rows` ordered by document, paragraph and start, as the bundle reads them. */
export function crossedOccurrences<T extends Occurrence>(rows: readonly T[]): Set<T> {
  const out = new Set<T>();
  let first = 0; // the first row of the current paragraph
  for (let i = 0; i < rows.length; i++) {
    const t = rows[i]!;
    const line = (o: Occurrence | undefined) => !!o && o.docId === t.docId && o.paragraph === t.paragraph;
    if (!line(rows[first])) first = i;
    for (let j = i + 1; line(rows[j]) && rows[j]!.start < endOf(t); j++) {
      const u = rows[j]!;
      if (u.start === t.start || endOf(u) <= endOf(t)) continue;
      const held = rows.slice(first, j).some((w) => w.start <= t.start && endOf(w) >= endOf(u));
      if (!held) out.add(t);
    }
  }
  return out;
}

/** Whether all of a 提法 of seven or more but its first two characters stands elsewhere in the sentence `rest`:
 * 弘扬【中华优秀传统文化】 after 建设优秀传统文化传承体系 gives the blank away (questions-outside14.json), as all of it
 * but its last character does (generate-terms.ts). */
export const shownInPart = (term: string, rest: string): boolean => term.length >= 7 && rest.includes(term.slice(2));
