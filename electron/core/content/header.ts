// The header of a speech or document, between its title and its first paragraph: the byline
// (`县委书记　王建国`, `国务院总理　李　强`, `胡锦涛`), the date line (`（2000年12月31日）`,
// `二〇二三年十二月二十八日`, `——2024年1月10日在……上`, `发布日期：…`), the occasion, and the
// salutation (`同志们：`) that opens the body. Also the 落款 date at the end of a document.
import { isProse } from '../text/line-repair.js';
import { foldForSearch } from '../text/normalize.js';
import { dateOnlyLine, findDate, findLabelledDate } from './dates.js';
import { isBylineName } from '../knowledge/byline-name.js';
import {
  bracketedUnit,
  creditDay,
  isCreditLine,
  isUnitLine,
  MONTH_ONLY,
  unitAloneLine,
  unitDateLine,
  unitNameLine,
  writerFields,
} from './header-credits.js';
import { closingDateField, closingLecturer, innerSignature } from './header-closing.js';
import { FIELD_LINE, hostOfTurns, MEETING_FIELD, PLACE_FIELD, unspacedLabel } from './header-labels.js';
import { adoptedDate, datedLine, formDay, minutesDay, SIGNED_LINE, TRAILING_DATE } from './header-dates.js';
import { outletLine, outletWriter } from './header-outlet.js';
import { isDocNumber } from './official-frame.js';
import { namedOccasion, occasionLine } from './header-occasion.js';

import { bareByline, bylineOf, isByline, NAME_ONLY, NAMES_LINE, presenter, squeeze } from './header-byline.js';

export { bylineOf, isByline, occasionLine, squeeze };

export interface HeaderFacts {
  date: string | null;
  /** A paper or site named with the day on an unlabelled line under the title (`新华网　2024年3月5日`). */
  source: string | null;
  /** Date of the 落款 (signature) at the end, used when the header has none. */
  signatureDate: string | null;
  speaker: { name: string; role: string | null } | null;
  occasion: string | null;
  /** The title, a `——在……上` line or a 主讲人 label says the text was delivered (a speech, report, 党课). */
  delivered: boolean;
  /** A presenter's label names the speaker (`主讲人：`, `讲课人：`, `授课人：`): the text is the talk given. */
  lectured: boolean;
  /** Line indexes that are header furniture (byline, date line) and leave the body. */
  drop: Set<number>;
}

/** `同志们：`, `各位代表：`, `同志们，朋友们：`, `尊敬的……：`, `各乡镇人民政府，县直各有关单位：`. */
export const SALUTATION =
  /^(?:同志们|同志們|各位代表|各位委员|各位来宾|女士们|先生们|朋友们|尊敬的|亲爱的)[^。！？]{0,40}[:：!！]$|^[^。！？]{2,60}[:：]$/;

const SIGNED_MINUTES = /纪要(?:[（(][^）)]{1,10}[)）])?$/;
export const ATTACHMENT_HEAD = /^附件[\s\u3000]*[\d一二三四五六七八九十]{0,3}[:：]?$/;
const EDITOR_NOTE =
  /^[（(][^（）()]{0,20}(?:录音整理|根据录音|有删节|有删减|摘要|节选|发表时有删节)[^（）()]{0,20}[)）]$/;

/** `慰问信全文如下：`: a story introducing the text it quotes. */
const QUOTE_INTRO = /(?:全文|原文)如下[:：]$/;
const SPEECH_WORD = /讲话|报告|致辞|发言|讲稿|党课|讲演/;

/** A 讲稿 form sets its fields above the title: the title goes first, so that the fields are read
 * as its header (speaker, date) and leave the body. A field is never the title, nor a cover's day or
 * month under the fields (`主讲人：……` over `2025年3月`). */
export function fieldsFirst(lines: string[]): string[] {
  let k = 0;
  while (k < 4 && FIELD_LINE.test(lines[k]?.trim() ?? '')) k++;
  const t = lines[k]?.trim() ?? '';
  const notTitle =
    isProse(t) || SALUTATION.test(t) || FIELD_LINE.test(t) || !!dateOnlyLine(t) || MONTH_ONLY.test(squeeze(t));
  if (k === 0 || !t || t.length > 80 || notTitle) return lines;
  return [lines[k]!, ...lines.slice(0, k), ...lines.slice(k + 1)];
}

export function readHeader(lines: string[], title: string): HeaderFacts {
  let meetingDay = false;
  let attendance = false;
  const facts: HeaderFacts = {
    date: null,
    source: null,
    signatureDate: null,
    speaker: null,
    occasion: null,
    delivered: false,
    lectured: false,
    drop: new Set(),
  };
  const speechy =
    SPEECH_WORD.test(foldForSearch(title)) ||
    lines.slice(0, 4).some((l) => (/^——/.test(l) || occasionLine(l)) && SPEECH_WORD.test(l));
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    let line = unspacedLabel(lines[i]!.trim());
    // A cover page's title printed again over the text.
    if (i > 0 && squeeze(line) === squeeze(title)) {
      facts.drop.add(i);
      continue;
    }
    const unitDate = outletLine(line) ? null : unitDateLine(lines, i);
    // A month alone stays: a 1962 speech's `1962年3月` still tells its period (knowledge/superseded).
    if (unitDate?.unit) {
      facts.date ??= unitDate.date;
      facts.drop.add(i);
      if (unitDate.unit && i > 0 && isUnitLine(lines[i - 1]!)) facts.drop.add(i - 1);
      continue;
    }
    const only = dateOnlyLine(line) ?? datedLine(line) ?? adoptedDate(line) ?? minutesDay(line, title) ?? formDay(line);
    if (only) {
      meetingDay ||= !facts.date && only === minutesDay(line, title);
      facts.date ??= only;
      facts.drop.add(i);
      continue;
    }
    // `（根据录音整理，有删节）` under a title is an editor's note: the header goes on below it.
    if (EDITOR_NOTE.test(line)) {
      facts.drop.add(i);
      continue;
    }
    if (isProse(line) || SALUTATION.test(line)) break;
    const outlet = outletLine(line);
    if (outlet) {
      facts.source ??= outlet.source;
      facts.date ??= outlet.date;
      facts.drop.add(i);
      continue;
    }
    const writerOutlet = outletWriter(line, lines[i + 1] ?? '');
    if (writerOutlet) {
      facts.source ??= writerOutlet;
      facts.drop.add(i);
      continue;
    }
    // `县委书记　王建国　2024年3月5日`, `王建国（2024年3月5日）`: a byline with its date.
    const tail = TRAILING_DATE.exec(line);
    const tailDate = tail && !/^——/.test(line) ? dateOnlyLine(tail[2]!) : null;
    if (tailDate && (isByline(tail![1]!) || NAME_ONLY.test(tail![1]!))) {
      facts.date ??= tailDate;
      line = tail![1]!;
    }
    const named = namedOccasion(line);
    if (named) {
      facts.occasion ??= named.occasion;
      facts.delivered = true;
      facts.speaker ??= named.speaker;
      if (named.day) facts.date ??= findDate(named.day);
      continue;
    }
    const occ = occasionLine(line);
    if (occ) {
      facts.occasion ??= occ[2]!;
      facts.delivered = true;
      if (occ[1]) facts.date ??= findDate(occ[1]);
      continue;
    }
    if (PLACE_FIELD.test(line) || (MEETING_FIELD.test(line) && !hostOfTurns(line, lines))) {
      facts.drop.add(i);
      attendance = MEETING_FIELD.test(line);
      continue;
    }
    // `出席：……` too long for its line, typed on with names only (`刘芳　张宏伟`): the field's, not the text's.
    if (attendance && NAMES_LINE.test(line)) {
      facts.drop.add(i);
      continue;
    }
    attendance = false;
    const labelled = line.length <= 60 ? (findLabelledDate(line) ?? creditDay(line)) : null;
    if (labelled) {
      facts.date ??= labelled;
      facts.drop.add(i);
      continue;
    }
    // The 发文字号 set under the title rather than above it.
    if (isDocNumber(line)) {
      facts.drop.add(i);
      continue;
    }
    // `作者：王军`, `本报记者　王军　通讯员　李明`: who wrote it down, header furniture and no speaker.
    if (isCreditLine(line) || writerFields(line) || (i === 0 && bracketedUnit(line))) {
      facts.drop.add(i);
      continue;
    }
    // `市委常委、组织部部长` over `李　强`: the post and the name set on two lines are one byline.
    const next = lines[i + 1]?.trim() ?? '';
    const split =
      !facts.speaker && NAME_ONLY.test(next) && !NAME_ONLY.test(line) && !isByline(line)
        ? bylineOf(`${line}　${next}`)
        : null;
    if (split) {
      facts.speaker = split;
      facts.drop.add(i).add(i + 1);
      i++;
      continue;
    }
    // `主讲人：王建国`, `（县委书记　王建国）`, `王建国同志`: the byline with its label, brackets or 同志.
    const { label, bare } = bareByline(line);
    const by = bylineOf(line);
    if (by && !facts.speaker) {
      facts.speaker = by;
      if (label) {
        facts.delivered = true;
        facts.lectured = presenter(label[0]);
      }
      facts.drop.add(i);
      continue;
    }
    // `第二党支部　李明`: the writer's unit and name (a 对照检查 or 心得), or the unit alone right under the
    // title: furniture, no speaker; as an author the unit names no publisher.
    if (!by && (unitNameLine(line) || (i === 0 && unitAloneLine(line, next)))) {
      facts.drop.add(i);
      continue;
    }
    const alone = NAME_ONLY.exec(bare);
    if (alone && (speechy || label) && !facts.speaker && squeeze(bare).length <= 4 && isBylineName(alone[1]!)) {
      facts.speaker = { name: squeeze(alone[1]!), role: null };
      facts.drop.add(i);
      if (label) {
        facts.delivered = true;
        facts.lectured = presenter(label[0]);
      }
    }
  }
  if (speechy) facts.delivered = true;
  // 落款: the last lines of a notice, `中共某某县委办公室` / `2024年3月1日` — or, when attachments
  // follow it (`附件` / `附件2` alone on a line opens one), the last lines before the first of them.
  let end = lines.length;
  for (let i = Math.max(1, lines.length - 200); i < lines.length; i++)
    if (ATTACHMENT_HEAD.test(lines[i]!.trim()) && lines.slice(Math.max(0, i - 3), i).some((l) => dateOnlyLine(l))) {
      end = i;
      break;
    }
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const signed = SIGNED_LINE.exec(lines[i]!.trim());
    // (A 决议 printed with its `（……会议通过）` note after the text is dated by it, as by a 落款.)
    const d =
      dateOnlyLine(lines[i]!) ??
      (signed ? dateOnlyLine(signed[1]!) : null) ??
      closingDateField(lines[i]!) ??
      adoptedDate(lines[i]!);
    if (d) {
      facts.signatureDate = d;
      break;
    }
  }
  // A 转发 通知 is signed above the document it forwards, whose own 落款 closes the file.
  facts.signatureDate =
    (/转发/.test(title) ? innerSignature(lines) : null) ?? facts.signatureDate ?? innerSignature(lines);
  // A 纪要 its office signs and dates (`中共某某局党组` / `2025年6月4日`) is dated by that 落款, not by the
  // meeting's day in its 时间 field (a 会议记录 keeps the meeting's day).
  if (meetingDay && SIGNED_MINUTES.test(title) && facts.signatureDate) facts.date = facts.signatureDate;
  const closing = facts.speaker ? null : closingLecturer(lines, end);
  if (closing) {
    facts.speaker = closing.speaker;
    facts.delivered = true;
    facts.drop.add(closing.index);
  }
  // A story that prints a letter or 倡议书 `全文如下：` closes on that text's 落款, not its own.
  if (lines.some((l) => QUOTE_INTRO.test(l.trim()))) facts.signatureDate = null;
  return facts;
}
