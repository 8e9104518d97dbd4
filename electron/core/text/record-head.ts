// A 会议记录's or 活动方案's head line (`参加人员：支部党员11人，机关党委派员列席指导`, `应到:23人，实到:21人`): a field
// of its own. It often holds commas and ends on a Han character, as a sentence cut at a line's end does, so line repair
// must know it: the sentence after it is no continuation of it.

const LABELS = [
  '时间',
  '地点',
  '主持人',
  '记录人',
  '参加人员',
  '参会人员',
  '出席人员',
  '列席人员',
  '缺席人员',
  '请假人员',
  '参加对象',
  '应到人数',
  '实到人数',
  '应到',
  '实到',
  '会议议题',
  '议题',
  '会议主题',
  '主题',
  '会议时间',
  '会议地点',
  '活动时间',
  '活动地点',
  '活动主题',
];
// (Labels are spaced to one width in many records: `参 加 人 员：`, `时　　间：`, `应    到:`.)
const spaced = (label: string) => [...label].join('[ \\t\\u3000]*');
const LABELLED = new RegExp(`^(?:${LABELS.map(spaced).join('|')})[ \\t\\u3000]*[:：]`);
/** `应到党员12人，实到11人`: the attendance count, its label without a colon. */
const ATTENDANCE =
  /^应[ \t\u3000]*到(?:会)?(?:党员|人数|人员)?[ \t\u3000]*\d+[ \t\u3000]*(?:人|名)[，,、；;\s\u3000]*实到/;

/** Whether the line is a record's head field. */
export const isRecordHead = (line: string) => LABELLED.test(line) || ATTENDANCE.test(line);
