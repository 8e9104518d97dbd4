// The frame of a Party or government document laid out to GB/T 9704-2012 (公文格式), as users
// receive them in Word: the 版头 above the title (份号, 密级, 紧急程度, the issuer's mark
// `中共某某县委员会文件`, a joint mark's organs stacked beside one `文件`, a 函's organ name alone,
// the number `县发〔2024〕12号`, 签发人) and the 版记 under the 落款 (`（此件公开发布）`, `抄送：…`,
// `某某办公室　2024年4月10日印发`, a 简报's `报：`/`送：`/`发：`). Neither is text of the document: left
// in, the issuer's mark became the title and the 版记 hid the 落款 date. A 纪要's or 简报's issue
// header (issue-header.ts) goes the same way.
import type { CleanReport } from './types.js';
import { squeeze } from './header.js';
import { isDraftFormName } from './draft-form.js';
import { dateOnlyLine } from './dates.js';
import { issueHeader } from './issue-header.js';
import { jointOrgans } from './joint-organs.js';
import { DOC_TITLE_END, SPEECH_TITLE } from './title-patterns.js';

/** A mark's organs that could not be told apart: the issuer is left empty rather than guessed. */
const UNSURE = '';

const SECRECY = /^(?:绝密|机密|秘密|内部|内部资料)(?:[★*]\s*.{0,10})?$/;
const URGENCY = /^(?:特急|加急|特提|平急)$/;
/** 份号, 密级 and 紧急程度 lines, also run into one (a PDF joins `000126` + `秘密★1年` + `特急`). */
const isTopMark = (line: string) => {
  const rest = line.replace(/^\d{6}/, '').replace(/(?:特急|加急|特提|平急)$/, '');
  return line !== '' && (rest === '' || SECRECY.test(rest));
};
const HANDOUT_MARK =
  /^(?:(?:会议|交流|交流发言|典型发言|大会发言|经验交流)?(?:材料|文件|资料)之?[一二三四五六七八九十\d]{1,3}|(?:交流|典型|大会)发言之?[一二三四五六七八九十\d]{1,3}|内部资料(?:注意保存|请勿外传|注意保密)?|(?:会议|交流|交流发言|典型发言)材料)$/;
/** A page header's `某某市人民政府办公室　　内部资料　注意保存`: the office's name beside the handout mark,
 * set apart by a wide gap (a PDF gives it one line over the title). */
const isOrganHandout = (line: string) => {
  const m = /^(\S{4,30}?)(?:\t|[ \u3000]{2,}|[ \u3000]*\t)[\s\u3000]*(.+)$/.exec(line.trim());
  return !!m && isOrgan(m[1]!) && HANDOUT_MARK.test(squeeze(m[2]!));
};
/** A 讲话 series' name and number as an office's 公文 system prints them (`领导讲话材料`, `第3期`,
 * `领导同志讲话（2018年第2期）`), and the 密级 `内部　注意保存`. */
const SPEECH_SERIES =
  /^(?:(?:领导(?:同志)?)?讲话(?:材料)?)?(?:[（(]?(?:(?:19|20)\d\d年)?第[\d一二三四五六七八九十]{1,3}期[)）]?)?$|^内部(?:资料)?注意保[存密]$/;
/** How many lines from `i` are a 讲话's banner from a 公文 system (密级, the office's name, the series) over
 * the speech's title: no document number marks it, the title under it does. Left in, the 密级 or the
 * office became the title. */
function speechBanner(lines: readonly string[], i: number): number {
  let organ = false;
  for (let k = i; k < Math.min(lines.length - 1, i + 6); k++) {
    const l = squeeze(lines[k]!);
    if (SPEECH_TITLE.test(l)) return organ ? k - i : 0;
    if (isTopMark(l) || isOrgan(l)) organ = true;
    else if (!l || !SPEECH_SERIES.test(l)) return 0;
  }
  return 0;
}
/** A cover's word for what the paper is, alone over its title (`党 课 讲 稿`, `讲话稿`): a text to be spoken. */
const SPEECH_KIND = /^(?:(?:专题)?党课讲|讲话|发言|宣讲|辅导讲|讲)稿$/;
/** `党 课 讲 稿` over a line that is no salutation or sentence (the title). */
const isSpeechKind = (lines: readonly string[], i: number) =>
  SPEECH_KIND.test(squeeze(lines[i]!)) && !!lines[i + 1] && !/[:：。！？]$/.test(lines[i + 1]!.trim());
/** A cover's word for a paper on one's work (`汇报材料`, `述职报告`) over the unit's name alone, then the
 * title on the next page: the cover, neither title nor text, naming no publisher (a unit signs it). */
const COVER_KIND =
  /^(?:汇报材料|工作汇报|汇报提纲|交流材料|经验材料|典型材料|述职报告|述职述廉报告|调研报告|工作报告|工作总结)$/;
/** `二〇二五年一月`, `2025年1月`: a cover's month under the unit. */
const COVER_MONTH = /^(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月$/;
/** How many lines at `i` are such a cover (kind, unit, maybe its month), or 0. */
const coverSpan = (lines: readonly string[], i: number) => {
  if (!COVER_KIND.test(squeeze(lines[i] ?? '')) || !isOrgan(squeeze(lines[i + 1] ?? ''))) return 0;
  const n = COVER_MONTH.test(squeeze(lines[i + 2] ?? '')) ? 3 : 2;
  return lines[i + n] && !/[:：。！？]$/.test(lines[i + n]!.trim()) ? n : 0;
};
const isCoverKind = (lines: readonly string[], i: number) => coverSpan(lines, i) > 0;
/** A mark that says the paper is spoken at the meeting (`交流发言材料之三`, `典型发言之二`). */
const SPOKEN_MARK = /发言|讲话/;
/** 发文机关标志: `中共某某县委员会文件`, `某某省人民政府办公厅文件`, `某某县人民政府（函）`. */
const ISSUER_MARK = /^((?:中共|中国共产党)?[\u4e00-\u9fff（）()、\s]{2,40}?)\s*(?:文件|[（(]?函[)）]?)$/;
/** 发文字号, maybe with 签发人 on the same line: `县发〔2024〕12号`, `国办发[2023]5号`. */
const DOC_NUMBER =
  /^[\u4e00-\u9fff]{1,12}\s*[〔［[【(（]\s*(?:19|20)\d\d\s*[〕］\]】)）]\s*\d{1,4}\s*号(?:\s*签发人[:：].{1,30})?$/;
const SIGNER = /^签发人[:：]\s*.{1,30}$/;
/** A 会签's further 签发人, a name alone on the line under the first (`李　明`); no title a word of kind. */
const COSIGNER =
  /^(?![\u4e00-\u9fff]{0,2}(?:通知|通报|决定|意见|请示|报告|批复|纪要|公告|通告|命令|议案)$)[\u4e00-\u9fff]{2,4}$/;
/** The `文件` set beside a joint mark's stacked organs, or a 函's `（函）`. */
const FILE_WORD = /^(?:文件|[（(]?函[)）]?)$/;

/** `县政办发〔2024〕5号`, `（县政办发〔2024〕5号）`: a 发文字号 line, which some files set under the title. */
export function isDocNumber(line: string): boolean {
  return DOC_NUMBER.test(squeeze(line).replace(/^[（(](.+)[)）]$/, '$1'));
}

/** 版记 and 附注 lines at the end, read from the last line upwards. */
const RECORD_LINE = [
  /^(?:抄送|抄报|分送|主送)[:：].{1,200}$/,
  /^.{0,40}?(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日\s*印发$/,
  /^[（(](?:此件|本件|联系人|共印|此页无正文)[^）)]{0,80}[)）]$/,
  /^(?:（?共印\d+份）?)$/,
  // A 简报's distribution: `报：市委办公室。`, `送：县委常委……`, `发：各乡镇党委……`.
  /^(?:报|送|发|报送|分发)[:：].{1,200}$/,
];

/** The 附注 (`（此件公开发布）`) set under the 落款's day. */
const ATTACHED_NOTE = /^[（(](?:此件|本件)[^）)]{0,40}[)）]$/;

/** An 附注 under the 落款's day with more text after it (the 方案 an 印发 notice carries): it leaves
 * the text there too, not only when it is the file's last line. */
function dropMidNotes(lines: string[], report: CleanReport): string[] {
  return lines.filter((line, i) => {
    const note = i > 0 && ATTACHED_NOTE.test(line.trim()) && !!dateOnlyLine(lines[i - 1]!.trim());
    if (note) report.removed.push({ reason: '公文版记', text: line });
    return !note;
  });
}

/** A 抄送 list too long for its line: `抄送：县委办公室，县人大常委会办公室，` + `县政协办公室。`. */
const COPY_START = /^(?:抄送|抄报|分送)[:：].*[，、,]$/;
const COPY_REST = /^[\u4e00-\u9fff（）()，、,\s]{2,120}[。.]?$/;

/** Where a 抄送 list wrapped onto the lines before `end` starts, or -1. */
function wrappedCopyList(lines: string[], start: number, end: number): number {
  for (let k = end - 1; k > start + 1 && k >= end - 3; k--) {
    const t = lines[k]!.trim();
    if (!COPY_REST.test(t)) return -1;
    if (COPY_START.test(lines[k - 1]!.trim())) return k - 1;
  }
  return -1;
}

const PRINTED = /^(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日\s*印发$/;
const ORGAN_LINE = /^[\u4e00-\u9fff（）()]{2,30}(?:办公室|办公厅|委员会|人民政府|政府|部|局|厅|委|院|署|中心|机关)$/;
const isOrgan = (line: string) => ORGAN_LINE.test(line) && !/关于|的/.test(line);
/** An organ's name alone on its line (`某某县人民政府办公室`), as a 落款 sets it. */
export const isOrganLine = (line: string) => isOrgan(squeeze(line));

/** The organ(s) an issuer mark names (`中共某某县委宣传部文件` → `中共某某县委宣传部`), or null when it is
 * no mark or its joint organs cannot be told apart. */
export function markIssuer(line: string): string | null {
  const l = squeeze(line);
  const m = /关于|的/.test(l) ? null : ISSUER_MARK.exec(l);
  const runs = m
    ? m[1]!
        .split(/\s*文件\s*/)
        .filter(Boolean)
        .map(jointOrgans)
    : [];
  return runs.length && !runs.includes(null) ? runs.join('、') : null;
}

/** `中共某某县委员会文件`: the 发文机关标志, which some templates set in the Title style. */
export function isIssuerMark(line: string): boolean {
  const l = squeeze(line);
  return !/关于|的/.test(l) && ISSUER_MARK.test(l);
}

/** `南岭县人民政府国有资产监` over `督管理委员会文件`: a mark too wide for the line, wrapped inside the organ's
 * name (a PDF); the organ's whole name, or null. */
export function wrappedMark(lines: readonly string[], i: number): string | null {
  const [a, b] = [squeeze(lines[i] ?? ''), squeeze(lines[i + 1] ?? '')];
  // (The wrap may fall inside `文件` itself: `…人民政府文` over `件`.)
  if (!a || !/文件$/.test(a + b) || /文件$/.test(a) || b.length > 20 || /关于|的/.test(a + b)) return null;
  if (!/^[\u4e00-\u9fff（）()]+$/.test(a + b)) return null;
  // (The wrap comes where the big type fills the line: a short line over the mark is a 紧急程度 or 密级.)
  if (a.length < 8 || isOrgan(a) || isIssuerMark(a) || URGENCY.test(a) || SECRECY.test(a)) return null;
  return ISSUER_MARK.exec(a + b)?.[1] ?? null;
}

/** Whether `lines[i]` belongs to a 版头's mark: an issuer mark, or an organ's name over (more
 * organs' names and) `文件` or a 发文字号, as a joint mark or a 函 sets it. */
export function isFrameHead(lines: readonly string[], i: number): boolean {
  if (isIssuerMark(lines[i]!) || isSpeechKind(lines, i) || isCoverKind(lines, i) || isDraftFormName(lines[i]!))
    return true;
  // `文件` wrapped onto a line of its own under the organ's name, or the name wrapped (a PDF of a wide mark).
  if (i > 0 && FILE_WORD.test(squeeze(lines[i]!)) && isOrgan(squeeze(lines[i - 1]!))) return true;
  if (wrappedMark(lines, i) || (i > 0 && wrappedMark(lines, i - 1))) return true;
  // The cover's unit and month.
  if ([1, 2].some((k) => i >= k && coverSpan(lines, i - k) > k)) return true;
  for (let k = i; k < Math.min(lines.length, i + 4) && isOrgan(squeeze(lines[k]!)); k++) {
    const next = squeeze(lines[k + 1] ?? '');
    if (FILE_WORD.test(next) || isIssuerMark(next) || isDocNumber(next)) return true;
  }
  return false;
}

export interface OfficialFrame {
  lines: string[];
  /** The issuing organs named by the 版头 mark (`中共某某县委员会`; joint ones set one a line joined by `、`,
   * those a mark sets on one line apart by a space), or the
   * office compiling a 纪要 or 简报; null when none. */
  issuer: string | null;
  /** A 纪要's or 简报's day, from its issue header. */
  date: string | null;
  /** A handout mark said the paper is spoken at the meeting (an exchange speech). */
  spoken: boolean;
}

/** Removes the 版头 (only when it holds a document number), a 纪要's or 简报's issue header and the
 * 版记, reporting each line. `titled`: the title was taken from the file's markup, so a 简报's name
 * over the text is not it. */
export function stripOfficialFrame(lines: string[], report: CleanReport, titled = false): OfficialFrame {
  let start = 0;
  const organs: string[] = [];
  let marked = false;
  let signed = false;
  let fileMark = false;
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    const line = squeeze(lines[i]!); // the mark is often letter-spaced: `中 共 某 某 县 委 文 件`
    const wrapped = wrappedMark(lines, i);
    if (wrapped) {
      organs.push(jointOrgans(wrapped) ?? UNSURE);
      start = ++i + 1;
      continue;
    }
    const mark = /关于|的/.test(line) ? null : ISSUER_MARK.exec(line);
    // A joint mark's organs, one a line, beside one `文件`; a 函's organ name alone (above the number:
    // an organ's name under it opens a title set in two lines).
    const organ = !marked && isOrgan(line);
    const fileWord = !marked && organs.length > 0 && FILE_WORD.test(line);
    // The mark alone proves nothing (`认真学习中央文件` is a headline); a document number does.
    // (A PDF may run a joint mark's stacked lines into one: `某局文件某局文件`.)
    // (A joint mark's organs the text ran together are parted only where each is a known organ.)
    if (mark) {
      fileMark = true;
      const runs = mark[1]!
        .split(/\s*文件\s*/)
        .filter(Boolean)
        .map((run) => jointOrgans(run) ?? UNSURE);
      organs.push(...runs);
    } else if (organ)
      organs.push(jointOrgans(line) ?? UNSURE); // (one line may name two: `中共某县委 某县人民政府`)
    else if (DOC_NUMBER.test(line) || SIGNER.test(line)) marked = true;
    else if (!(fileWord || isTopMark(line))) if (!(signed && COSIGNER.test(line) && !isOrgan(line))) break;
    signed = (signed && !mark && !organ) || /签发人[:：]/.test(line);
    start = i + 1;
  }
  // (A scan's OCR may lose the number under the mark: a known organ's `…文件` over a 公文's own title,
  // `关于……的通知`, is the mark as surely.)
  const titleNext = /^关于.{4,}/.test(squeeze(lines[start] ?? '')) && DOC_TITLE_END.test(squeeze(lines[start] ?? ''));
  if (!marked && !(fileMark && titleNext && !organs.includes(UNSURE))) start = 0;
  for (const line of lines.slice(0, start)) report.removed.push({ reason: '公文版头', text: line });
  const issue = start === 0 ? issueHeader(lines) : null;
  if (issue) {
    const from = issue.keepName && !titled ? 1 : 0;
    for (const line of lines.slice(from, issue.end)) report.removed.push({ reason: '简报报头', text: line });
    lines = [...lines.slice(0, from), ...lines.slice(issue.end)];
  }
  // A meeting's handout mark above the title (`会议材料之三`, `材料2`, `内部资料　注意保存`).
  let spoken = false;
  while (
    start < Math.min(lines.length - 2, 2) &&
    (HANDOUT_MARK.test(squeeze(lines[start]!)) || isSpeechKind(lines, start) || isOrganHandout(lines[start]!))
  ) {
    spoken ||= SPOKEN_MARK.test(lines[start]!) || isSpeechKind(lines, start);
    report.removed.push({ reason: '会议材料标记', text: lines[start]! });
    start++;
  }

  const cover = coverSpan(lines, start);
  for (const text of lines.slice(start, start + cover)) report.removed.push({ reason: '封面', text });
  start += cover;
  const banner = speechBanner(lines, start);
  for (const text of lines.slice(start, start + banner)) report.removed.push({ reason: '公文版头', text });
  start += banner;

  let end = lines.length;
  while (end > start + 1) {
    const line = lines[end - 1]!.trim();
    // A month alone after the 落款's day (a page footer's `2025年5月` printed under it) is no text.
    const footerMonth = COVER_MONTH.test(squeeze(line)) && !!dateOnlyLine(lines[end - 2]?.trim() ?? '');
    if (!footerMonth && !RECORD_LINE.some((re) => re.test(line))) {
      const cc = wrappedCopyList(lines, start, end);
      if (cc < 0) break;
      end = cc;
      continue;
    }
    end--;
    // `某某办公室　2024年4月10日印发` split at its spaces: the organ's line goes with the date.
    if (PRINTED.test(line) && end > start + 1 && ORGAN_LINE.test(lines[end - 1]!.trim())) end--;
  }
  for (const line of lines.slice(end)) report.removed.push({ reason: '公文版记', text: line });
  const body = dropMidNotes(lines.slice(start, end), report);
  const issuer =
    marked && organs.length
      ? organs.includes(UNSURE)
        ? null
        : [...new Set(organs)].join('、')
      : (issue?.office ?? null);
  return { lines: body, issuer, date: issue?.date ?? null, spoken };
}
