// The labels of a 讲稿's or record's fields under a title (`主讲人：`, `时间：`, `地点：`). Forms space a
// short label out to the width of a long one (`主　讲：`, `主 持 人：`, `时　　间`), so each label is
// matched with any spaces between its characters.

/** A label's pattern with optional spaces (ASCII or ideographic) between its characters. */
const spacedOut = (words: string[]) =>
  words
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].join('[\\s\\u3000]*'))
    .join('|');

/** The label of a 党课 or report's speaker line, or of a 讲话稿 form's cell (`讲话人\t县委书记　周明远`,
 * `主讲领导\t…`, `讲话领导：…`); a bare `领导` only as a form's cell (a tab after it), where it names the speaker. */
// (`主讲人 市委党校…副教授 韦晓兰`: a 微党课's presenter label set apart by a space alone, written whole.)
export const SPEAKER_LABEL = new RegExp(
  `^(?:(?:${spacedOut(['主讲领导', '讲话领导', '主讲人', '主讲', '讲课人', '讲授人', '授课人', '讲话人', '报告人', '宣讲人', '发言人'])})(?:[:：][\\s\\u3000]*|\\t)|${spacedOut(['领导'])}\\t|(?:主讲人|讲课人|授课人|宣讲人|讲话人)[ \\u3000]+(?=[\\u4e00-\\u9fff]))`,
);

/** A field of a 讲稿 form (`讲话人：张卫东（区委书记）`, `时间：2023年2月16日`, `地点：…`). */
export const FIELD_LINE = new RegExp(
  `^(?:${spacedOut(['主讲领导', '讲话领导', '主讲人', '讲课人', '讲授人', '授课人', '讲话人', '报告人', '宣讲人', '发言人', '时间', '日期', '地点', '会议时间', '会议地点', '主持人', '记录人', '参加人员', '出席人员', '列席人员'])})[:：]`,
);
/** Who was at a meeting, a 纪要's or 会议记录's fields under its title (`出席：…`, `列席：…`, `请假：无`,
 * `主持：…`, `记录：…`, `出席领导：…`, `参会单位：…`): the meeting's facts, not its text. The chair is no speaker: 主持 says nothing
 * of a speech. */
export const MEETING_FIELD = new RegExp(
  `^(?:${spacedOut(['主持人', '主持', '出席领导', '出席人员', '出席单位', '出席', '列席人员', '列席单位', '列席', '参加人员', '参会人员', '参会领导', '参会单位', '参加单位', '参加', '缺席人员', '缺席', '请假人员', '请假', '记录人', '记录'])})[:：]`,
);
/** `主持人：市政府新闻办副主任　何丽` over a transcript whose host speaks in turns (`主持人：各位记者…。`): the host's
 * name, which the turns need (knowledge/transcript-turns.ts), not a fact of the meeting to drop. */
export const hostOfTurns = (line: string, lines: readonly string[]) =>
  /^主持人[:：][^。！？]*[\s\u3000][\u4e00-\u9fff]{2,3}$/.test(line.trim()) &&
  lines.some((l) => /^\s*主持人[:：][^\n]*[。！？]/.test(l));
export const PLACE_FIELD = new RegExp(`^(?:${spacedOut(['会议地点', '地点'])})[:：]`);

/** A 会议纪要's or 会议记录's field of the meeting's day (`会议时间`, a 主题党日 record's `活动时间`, a grid row `时　　间`). */
export const MEETING_DAY_LABEL = `(?:${spacedOut(['会议时间', '活动时间', '时间'])})`;

/** Whether the spaces at `at` (`len` long) are inside a label spaced out at a line's start
 * (`日　　期：`, `主　持　人：`, `参　会　人　员：`): a label of two to five characters, spaces between them. */
export function inSpacedLabel(text: string, at: number, len: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const after = /^[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){0,3}[:：]/.exec(text.slice(at + len, at + len + 24));
  if (!after || !/^[ \t\u3000]*[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){0,3}$/.test(before)) return false;
  return (before + after[0]).replace(/[^\u4e00-\u9fff]/g, '').length <= 5;
}

/** Whether the spaces at `at` are inside a short heading spaced out alone on its line (`目　　录`,
 * `前　　言`): two to four characters, spaces between them, nothing else on the line. */
export function inSpacedWord(text: string, at: number, len: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at + len);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  return /^[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,3}$/.test(line);
}

/** Spaces inside a spaced label or a spaced heading: no paragraph break. */
export const keepsSpaces = (text: string, at: number, len: number) =>
  inSpacedLabel(text, at, len) || inSpacedWord(text, at, len);

/** A line whose leading label is spaced out (`日　　期：2024年3月6日`, `姓　　名：孙丽`) with the label's
 * spaces taken out, so that the patterns of unspaced labels read it. */
export const unspacedLabel = (line: string) =>
  line.replace(/^[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,4}(?=[:：])/, (label) =>
    label.replace(/[\s\u3000]+/g, ''),
  );
