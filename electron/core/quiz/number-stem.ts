// Which figures of a document are fit to ask, and which changed values are fair in a 判断.
// A user's own documents (a notice, a county speech, a town's summary) hold figures nobody
// should study — a meeting's head count, how many a unit may send — and clauses that lean on
// the text around them (该项目…, 上述三个园区…, 今年… in an undated speech).
import { hanCount } from '../text/char-counts.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** A clause that points back to something the stem does not show: 该项目, 上述园区, 这一年…, 此次.
 * 这 only as the subject (教育这个…大事 points nowhere). */
const POINTS_BACK =
  /^(该|此|其|本|这|那)|上述|前述|此次|(?<!应)该(项目|工程|园区|企业|公司|单位|部门|地区|县|镇|村|市|区)/;

/** A unit a speaker calls his own (我们公司每年拿出销售收入的8%用于研发, 我村…): a company or a village the
 * stem cannot name — one speaker's in a transcript of many — whose figure says nothing alone. */
const OWN_UNIT = /我们(?:公司|企业|厂|单位|学校|村|社区)|我(?:公司|司|厂|村|校)/;

/** Relative years (今年, 去年, 明年…): a stem says which year only when the document's year is known. */
const RELATIVE_YEAR = /今年|去年|明年|前年|本年|上年度|本年度|当年/;

/** The arrangements of a notice or a meeting (who attends, how many may come, whom to call,
 * which room): no figure of them is knowledge. */
const LOGISTICS =
  /参会|与会|参加会议|出席会议|列席|会议地点|会议时间|会期[半一二两三四五六七八九十\d]|会议室|报名|报送|限报|名额|联系人|联系电话|入场|请假|考勤|签到|食宿|住宿|乘车|发言时间|交流材料/;

/** A speaker's greeting to the hall (向受表彰的12个先进基层党组织表示热烈的祝贺, 向全镇1426名党员致以
 * 节日的问候, 向…表示衷心的感谢): the occasion's own count, no figure to learn. */
const GREETING =
  /致以[^，。；！]{0,10}(?:问候|敬意|慰问|谢意|祝贺)|表示(?:热烈|衷心|诚挚|崇高|亲切|真诚)?的?(?:祝贺|感谢|欢迎|敬意|慰问)/;

/** A person named by a masked name (李某某, 张某因…): a case told as a warning, whose sums and years
 * are one person's story, not a figure to learn. */
const MASKED_NAME = /某某|\p{Script=Han}某(?=[，。、；：）)]|一案|等人|因|利用|收受|挪用|违规|担任|系|在)/u;

/** A record's fields (应到党员：28人　实到党员：25人): a form filled in, no figure to learn. */
const RECORD_FIELDS = /^\p{Script=Han}{2,8}[：:]\s*[^\s，。；]{1,12}[\s\u3000]+\p{Script=Han}{2,8}[：:]/u;

/** Whether a sentence's figures may be asked at all: not a greeting to the hall, not a case, not a form. */
export const sentenceAskable = (text: string) =>
  !GREETING.test(text) && !MASKED_NAME.test(text) && !RECORD_FIELDS.test(text);

/** Part of a year said alone before a figure's clause (今年1至8月，…增长9.4%; 上半年，…; 截至6月底，…):
 * the figure is that period's, and read without it passes for the whole year's. */
export const PART_OF_YEAR =
  /^(?:(?:19|20)\d\d年|今年|去年|上年)?(?:\d{1,2}(?:月份?)?(?:至|到|—|－|-|–|～|~)\d{1,2}月份?|\d{1,2}月份?|[上下]半年|前[两三]季度|(?:第)?[一二三四]季度)(?:以来)?$|^截至(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末)?$/;

/** A heading of a document's section: a short numbered line (三、参会人员, （二）会议地点). */
const HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[条章部分])[^。；]{0,16}$/;

/** The heading of the section paragraph `at` stands in ('' when none). */
export function sectionOf(paragraphs: readonly { text: string }[], at: number): string {
  for (let i = at - 1; i >= 0; i--) if (HEADING.test(paragraphs[i]!.text.trim())) return paragraphs[i]!.text;
  return '';
}

/** Whether a figure's clause can stand as a question's stem about the document: it says what the
 * figure is about, in a section that is not the arrangements (三、参会人员 …共计约120人). */
export function clauseAskable(clause: string, docYear: number | null, section = ''): boolean {
  if (POINTS_BACK.test(clause) || OWN_UNIT.test(clause) || LOGISTICS.test(clause) || LOGISTICS.test(section))
    return false;
  return docYear !== null || !RELATIVE_YEAR.test(clause);
}

const MAG = /万亿|亿|万/;
const scale = (m: string | undefined) => (m === '万亿' ? 1e12 : m === '亿' ? 1e8 : m === '万' ? 1e4 : 1);
/** A figure as written (2.15万亿) as a number. */
export const valueOf = (text: string) => Number(text.replace(MAG, '')) * scale(MAG.exec(text)?.[0]);
const decimals = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

/** Whether `wrong` is the key rounded (7 for 7.4, 2万亿 for 2.15万亿): a 判断 stating it would be
 * near enough true for anyone who remembers the figure roughly. */
export function roundedKey(key: string, wrong: string): boolean {
  if (MAG.exec(key)?.[0] !== MAG.exec(wrong)?.[0]) return false;
  const k = Number(key.replace(MAG, ''));
  const w = Number(wrong.replace(MAG, ''));
  return decimals(wrong) < decimals(key) && Math.abs(k - w) < 10 ** -decimals(wrong);
}

/** Whether putting `value` in place of the key keeps its order against every other figure of the
 * same unit in the clause: 现行10%的税率降至9% with 8.4 for 10 says 降 to a higher rate, and 由
 * 2476元增加到4140元 with 4500 for 2476 is no increase — the statement refutes itself. */
export function keepsOrder(
  clause: string,
  blank: { start: number; end: number },
  unit: string,
  key: number,
  value: number,
): boolean {
  const esc = escapeRegExp(unit);
  const figure = new RegExp(`(?<![\\d.．])(\\d+(?:\\.\\d+)?)(万亿|亿|万)?${esc}`, 'g');
  for (const m of clause.matchAll(figure)) {
    if (m.index === blank.start) continue;
    const other = valueOf(m[1]! + (m[2] ?? ''));
    if (Math.sign(key - other) !== Math.sign(value - other)) return false;
  }
  return true;
}

/** Han characters and figures: the same clause however it is punctuated or spaced. */
const FIGURES = /\d+(?:\.\d+)?/g;
const figureKey = (s: string) => s.replace(/[^\p{Script=Han}\d.]/gu, '');

/** For a user's import (ids `u:`), whether a clause is the library's own: a county speech
 * repeating the national report's 赤字规模5.66万亿元 is no source of that figure, and its 今年
 * would date it to the speech's year. The library asks it of the report itself. */
export function libraryClauses(docs: readonly { id: string; paragraphs: readonly { text: string }[] }[]) {
  // The library's paragraphs by each figure they hold: a clause is looked for only where its
  // longest figure stands (a million characters are not scanned per clause).
  let byFigure: Map<string, string[]> | null = null;
  const index = () => {
    const map = new Map<string, string[]>();
    for (const d of docs) {
      if (d.id.startsWith('u:')) continue;
      for (const p of d.paragraphs) {
        const key = figureKey(p.text);
        for (const fig of new Set(key.match(FIGURES) ?? [])) {
          const list = map.get(fig);
          if (list) list.push(key);
          else map.set(fig, [key]);
        }
      }
    }
    return map;
  };
  return (clause: string): boolean => {
    const key = figureKey(clause);
    const figs = key.match(FIGURES);
    if (key.length < 8 || !figs) return false;
    byFigure ??= index();
    const longest = figs.reduce((a, b) => (b.length > a.length ? b : a));
    return (byFigure.get(longest) ?? []).some((p) => p.includes(key));
  };
}

/** A clause that says one of its figures became another (由54.9%提高到58.8%, 现行10%的税率降至9%):
 * any option on the wrong side of the other figure is refuted by the stem itself. */
export const CHANGE_OF_FIGURE =
  /(由|从|现行)[^，。；]*\d[^，。；]*(提高|增加|上升|下降|降低|减少|扩大|缩小|压减|增长|升|降|增)(到|至)/;

/** Whether the document says the clause again, word for word, with another figure in the blank's place (2021:
 * 大型商业银行普惠小微企业贷款增长50%以上 for the past year, …30%以上 as this year's target): asked with its figure
 * blanked, the clause has both for an answer. The clause's other words (城镇新增就业859万人，…) tell a review from a
 * plan; a clause opening on its figure has no words before it to compare. */
export function saidWithAnotherFigure(
  paragraphs: readonly { text: string }[],
  clause: string,
  blank: { start: number; end: number; text: string },
): boolean {
  const before = clause.slice(0, blank.start);
  const after = clause.slice(blank.end).replace(/[，。；！？、,.;!?]+$/, '');
  if (!/\p{Script=Han}{2}/u.test(before)) return false;
  const figure = '(\\d+(?:\\.\\d+)?(?:万亿|亿|万)?)';
  const again = new RegExp(`${escapeRegExp(before)}${figure}${escapeRegExp(after)}`, 'g');
  if (paragraphs.some((p) => [...p.text.matchAll(again)].some((m) => m[1] !== blank.text))) return true;
  // Its words up to the next mark, when a bound follows the unit (2018: 城镇新增就业6600万人以上 over five years beside
  // this year's target 城镇新增就业1100万人以上): a learner fills the blank with the target and the text bears him out.
  // A bare unit (城镇新增就业980万人，超过预期目标 beside the target 900万人) leaves the other figure a plain fact.
  const bound = after.split(/[，。；！？、,.;!?：:]/)[0]!;
  if (hanCount(bound) < 2) return false;
  const sameWords = new RegExp(`${escapeRegExp(before)}${figure}${escapeRegExp(bound)}(?![\\d\\u3400-\\u9fff])`, 'g');
  return paragraphs.some((p) => [...p.text.matchAll(sameWords)].some((m) => m[1] !== blank.text));
}

/** Whether the figure at `at` stands in a run of three or more 、-joined items each with a figure of `unit`. */
export function listedFigure(clause: string, at: number, unit: string): boolean {
  const like = new RegExp(`\\d(?:万亿|亿|万)?${unit.replace('%', '[%％]')}`);
  let from = 0;
  for (const item of clause.split(/[，,；;。]/)) {
    const to = from + item.length;
    const parts = item.split('、');
    if (at >= from && at < to) return parts.length >= 3 && parts.filter((x) => like.test(x)).length >= 3;
    from = to + 1;
  }
  return false;
}
