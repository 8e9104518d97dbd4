// Lines under a title that say who wrote a text or which unit it comes from, not what it says: a
// writer's or reporter's credit, the writer's name and unit as labelled fields, the unit in brackets,
// a cover's unit and month or day. Header furniture: they leave the body and name no speaker; a unit
// (an author, as a 落款 is) names no publisher either.
import { isBylineName } from '../knowledge/byline-name.js';
import { dateOnlyLine } from './dates.js';
import { squeeze } from './header.js';
import { SPEAKER_LABEL } from './header-labels.js';
import { isOrganLine } from './official-frame.js';

/** A writer's or reporter's credit under the title (`本报记者　王军`, `澎湃新闻记者 周某`, `文/县委党校　李红`,
 * `文／王晓燕（南岭县第一中学）`): labelled names, maybe with the unit in brackets, nothing else. */
const CREDIT_LINE =
  /^[（(]?(?:(?:作者|记者|通讯员|[\u4e00-\u9fff]{1,12}?(?:记者|通讯员)(?=[:：\s\u3000])|责任编辑|责编|编辑|撰稿|执笔|文|图|文[／/]图)(?:[:：／/]|[\s\u3000]+|$)[\s\u3000]*[\u4e00-\u9fff·\s\u3000、，,]{0,30}?(?:[（(][\u4e00-\u9fff·]{2,24}[)）])?[\s\u3000]*)+[)）]?$/;
export const isCreditLine = (line: string) => line.length <= 60 && CREDIT_LINE.test(line);

/** `作者：某某课题组　2012年11月20日`, `文／王军　2024-03-06`: a credit closed by the day it was written or
 * published. The day is the text's; the line is header furniture like the credit alone. */
export function creditDay(line: string): string | null {
  // (A PDF's text layer may lose the space between them: `作者：某某课题组2012年11月20日`.)
  const m =
    /^(.+?)[\s\u3000]*((?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/.exec(
      line.trim(),
    );
  return m && isCreditLine(m[1]!) ? dateOnlyLine(m[2]!) : null;
}

/** `姓名：李明　　单位：南岭县财政局`: a 心得's or form's writer fields, names and units only. */
const FIELD_LABEL = '(?:(?:作者|党员)?姓名|(?:工作|所在)?(?:单位|党支部|支部|党组织|部门)|职务|岗位)';
const WRITER_FIELDS = new RegExp(`^(?:${FIELD_LABEL}[:：][\\s\\u3000]*[\\u4e00-\\u9fff（）()·]{1,30}[\\s\\u3000]*)+$`);
/** The same fields as a form's grid row, label and value in cells of their own (`姓　名|李明|所在支部|…`). */
function fieldRow(line: string): boolean {
  const cells = line.split('\t').map(squeeze);
  return (
    cells.length >= 2 &&
    cells.length % 2 === 0 &&
    cells.every((c, i) => new RegExp(i % 2 ? '^[\\u4e00-\\u9fff（）()·]{1,30}$' : `^${FIELD_LABEL}$`).test(c))
  );
}
export const writerFields = (line: string) => line.length <= 60 && (WRITER_FIELDS.test(line) || fieldRow(line));

/** `（南岭镇党委）` right under the title: the unit an exchange paper or 心得 comes from; also after the
 * writer's name (`李明（南岭县财政局）`). */
export function bracketedUnit(line: string): boolean {
  const m = /^([\u4e00-\u9fff]{2,4})?[（(]([^（）()]{2,30})[)）]$/.exec(squeeze(line));
  return !!m && (!m[1] || isBylineName(m[1])) && isOrganLine(m[2]!);
}

/** `二〇二四年一月`, `2024年1月`: a month with no day, as a cover page or a heading dates a 总结 or 方案. */
export const MONTH_ONLY =
  /^(?:(?:19|20)\d\d|[〇○零OΟ一二三四五六七八九]{4})年(?:[01]?\d|十[一二]?|[一二三四五六七八九])月$/;
/** A cover's or heading's unit and month or day under the title (`南岭县发展和改革局` / `二〇二四年一月`, or
 * run into one line as a PDF reads a cover): furniture, and a month is no date. The unit (an author, as
 * a 落款 is) names no publisher. An outlet's line (`南岭县融媒体中心　2024年3月12日`) is read before this. */
export function unitDateLine(lines: string[], i: number): { unit: boolean; date: string | null } | null {
  const line = squeeze(lines[i]!);
  const m = /^(.*?)((?:(?:19|20)\d\d|[〇○零OΟ一二三四五六七八九]{4})年.{1,3}月(?:.{1,3}[日号])?)$/.exec(line);
  if (!m || (m[1] && !isOrganLine(m[1]))) return null;
  const date = dateOnlyLine(m[2]!);
  if (!date && !MONTH_ONLY.test(m[2]!)) return null;
  // A month beside the 主讲人 line is a 党课 cover's, as a unit's is: furniture, not a period to keep.
  const beside = [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && SPEAKER_LABEL.test(l.trim()));
  return { unit: !!m[1] || (i > 0 && isUnitLine(lines[i - 1]!)) || (!date && beside), date };
}

/** A unit that is no organ of state but writes papers: a 支部, 党委, school, company, section. */
const WRITING_UNIT = /(?:党支部|支部|党总支|党委|党组|党工委|党校|学校|学院|大学|中学|小学|医院|公司|科|股|所|站)$/;

/** An organ's or a writing unit's name alone on its line (`南岭县财政局`, `中共南岭县委党校`). */
export function isUnitLine(line: string): boolean {
  const unit = squeeze(line);
  return (
    isOrganLine(unit) ||
    (/^[\u4e00-\u9fff（）()]{4,30}$/.test(unit) && !/关于|的/.test(unit) && WRITING_UNIT.test(unit))
  );
}

/** `第二党支部　李明`, `南岭县财政局　李明`: the writer's unit and name on one line under a title. */
export function unitNameLine(line: string): boolean {
  const m = /^([\u4e00-\u9fff（）()]{2,30})[\s\u3000]+([\u4e00-\u9fff]{2,4})$/.exec(line.trim());
  return !!m && (isOrganLine(m[1]!) || WRITING_UNIT.test(m[1]!)) && isBylineName(m[2]!);
}

/** `南岭县石桥镇人民政府`, `机关第二党支部`: a unit alone on the line right under the title, over the text:
 * the unit a 总结 or 汇报 is written by (an OCR'd or typed copy keeps it as a line of its own). */
export function unitAloneLine(line: string, next: string): boolean {
  const unit = line.trim();
  // One name, of a place's organ or a Party unit: a headline's phrase may end as one (`……新发展格局`).
  if (!/^[\u4e00-\u9fff（）()]{4,30}$/.test(unit) || /关于|的/.test(unit)) return false;
  if (!/[省市县区州旗镇乡村]|街道|社区|中共|党/.test(unit)) return false;
  // A unit over a name alone is a byline set on two lines (read with the name).
  return (
    (isOrganLine(unit) || WRITING_UNIT.test(unit)) &&
    !/^[\u4e00-\u9fff][\s\u3000]?[\u4e00-\u9fff]{1,3}$/.test(next.trim())
  );
}
