// A 发文稿纸 (发文处理笺, 发文审批单) exported with the text it sends: the form's name, then its rows
// (`签　发`, `核　稿`, `拟稿单位`, `标　题`, `主　送`…, label and value in cells, or a PDF's wrapped
// cells), then the text. The form is no text; its `标题` cell holds the document's title.
import type { CleanReport } from './types.js';

const FORM_NAME = /^.{0,30}(?:发文稿纸|发文处理笺|发文审批单|发文呈批表|发文签批单)$/;
const FORM_LABEL =
  /^(?:签发|签批|会签|核稿|审核|核签|拟稿单位|拟稿部门|拟稿人|拟稿|主办单位|标题|文件标题|主送|抄送|抄报|印数|份数|密级|缓急|紧急程度|发文字号|文号|打字|校对|印发日期|发文日期)/;
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** Whether a line names a 发文稿纸 form. */
export const isDraftFormName = (line: string): boolean => FORM_NAME.test(squeeze(line));

/** Takes the form off the top of `lines` (blank lines kept as they are), putting its `标题` value in its
 * place as the title line. Unchanged when the first line names no form or no row is labelled. */
export function stripDraftForm(lines: string[], report: CleanReport): string[] {
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || first > 3 || !isDraftFormName(lines[first]!)) return lines;
  let title: string | null = null;
  let field = '';
  let end = first + 1;
  for (; end < lines.length; end++) {
    const line = lines[end]!.trim();
    if (!line) continue;
    const cells = line.split('\t').map(squeeze);
    const label = FORM_LABEL.exec(cells[0]!);
    if (label) {
      field = label[0];
      const value = cells[0]!.slice(label[0].length) + cells.slice(1).join('');
      if (/标题$/.test(field)) title = cells.length > 1 ? cells[1]! : value;
      continue;
    }
    // A cell's value wrapped over lines of its own (a PDF of the form), until the text opens.
    if (!field || line.length > 24 || /[：:。！？]$/.test(line) || line.includes('\t')) break;
    if (/标题$/.test(field) && title !== null) title += squeeze(line);
  }
  if (!title) return lines;
  for (const line of lines.slice(first, end)) if (line.trim()) report.removed.push({ reason: '发文稿纸', text: line });
  return [...lines.slice(0, first), title, ...lines.slice(end)];
}
