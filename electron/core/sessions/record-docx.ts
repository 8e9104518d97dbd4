// 会议记录 as DOCX: the standard template as a two-column table, ready to print and sign.
import type { ExportFile, StudySession } from '../../contract/api.js';
import { packDocx, para, safeName, table } from './docx-kit.js';
import { recordFields } from './record-lines.js';

export function recordDocx(s: StudySession): Promise<ExportFile> {
  const rows = [['项目', '内容'], ...recordFields(s).map(([k, v]) => [k, v])];
  return packDocx(`${safeName(s.title)}-会议记录.docx`, `${s.title} 会议记录`, [
    para(`${s.kind}会议记录`, { bold: true, center: true, size: 36 }),
    para(s.title, { center: true, size: 28, spacingAfter: 240 }),
    table(rows),
    para('', { spacingAfter: 240 }),
    para('主持人签字：＿＿＿＿＿＿　　记录人签字：＿＿＿＿＿＿', { right: true }),
  ]);
}
