// A 党校 教案 or 讲稿 form: a table of label and value cells over the text (`课程名称 | 持之以恒……`,
// `主讲人 | 市委党校教授　赵海涛`, `授课时间 | 2025年6月3日`, or two pairs a row: `课题 | … | 主讲 | …`),
// which arrives as tab-separated lines. Its title cell is the title (the form's own name above it,
// `中共某市委党校教案`, is none); its presenter and time cells are read as the labelled fields they are
// (`主讲人：…`, `时间：…`); its other cells (授课对象, 班次, 学时) are the form's, not the text's.

const TITLE = /^(?:课程名称|课程题目|课程|课题|讲题|专题名称|专题题目|专题|题目|党课题目|授课题目|授课专题)$/;
const PRESENTER = /^(?:主讲人|主讲|主讲教师|授课人|授课教师|讲课人|讲授人)$/;
const TIME = /^(?:授课时间|讲课时间|上课时间|时间|日期|授课日期)$/;
const OTHER =
  /^(?:授课对象|教学对象|对象|授课地点|地点|班次|班级|学时|课时|课型|教学方式|授课方式|所属单位|单位|职务|职称)$/;
/** A piece's kind set in a cell of its own beside the title. */
const PIECE_CELL = /^(?:讲话稿|讲稿|发言稿|讲话材料|发言材料)$/;
/** The form's own name: `中共某市委党校教案`, `专题讲座讲稿`. */
const FORM_NAME = /(?:教案|讲稿|授课提纲|备课稿)$/;

const spaceless = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The form's title and the text's lines with its fields set as labelled lines, or null when the first
 * lines hold no such form (a row of label and value cells, one of them the title's). */
export function lessonForm(lines: readonly string[]): { title: string; lines: string[] } | null {
  // A 讲话稿 titled in a one-row table beside its kind (`讲话稿 | 在……上的讲话`): the other cell is the title.
  const [kind, named, ...more] = (lines[0] ?? '').split('\t').map((c) => c.trim());
  if (kind && named && !more.length && PIECE_CELL.test(spaceless(kind)) && !/[。！？]/.test(named))
    return { title: named, lines: lines.slice(1) };
  let title: string | null = null;
  const fields: string[] = [];
  const rows = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, 10); i++) {
    const cells = lines[i]!.split('\t').map((c) => c.trim());
    if (cells.length < 2 || cells.length % 2) continue;
    const pairs: [string, string][] = [];
    for (let k = 0; k < cells.length; k += 2) pairs.push([spaceless(cells[k]!), cells[k + 1]!]);
    if (!pairs.every(([l, v]) => v && (TITLE.test(l) || PRESENTER.test(l) || TIME.test(l) || OTHER.test(l)))) continue;
    rows.add(i);
    for (const [label, value] of pairs) {
      if (TITLE.test(label)) title ??= value;
      else if (PRESENTER.test(label)) fields.push(`主讲人：${value}`);
      else if (TIME.test(label)) fields.push(`时间：${value}`);
    }
  }
  if (!title) return null;
  const first = Math.min(...rows);
  const rest = lines.filter((l, i) => !rows.has(i) && !(i < first && FORM_NAME.test(spaceless(l))));
  return { title, lines: [...fields, ...rest] };
}
