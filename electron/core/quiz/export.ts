// Export entry point: picks the format and names the files.
import { ApiError } from '../../contract/errors.js';
import type { ApiParsedArgs, QuizExportResult } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { ankiCsv } from './export-anki.js';
import { answerKeyDocx, paperDocx } from './export-docx.js';
import { answerKeyHtml, paperHtml } from './export-html.js';
import { selectItems } from './store.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');

export async function exportQuiz(ctx: CoreContext, a: ApiParsedArgs<'quizExport'>): Promise<QuizExportResult> {
  const byId = new Map(
    selectItems(ctx, `WHERE q.id IN (${a.ids.map(() => '?').join(',')})`, a.ids).map((i) => [i.id, i]),
  );
  const items = a.ids.flatMap((id) => byId.get(id) ?? []);
  if (items.length === 0) throw new ApiError('NOT_FOUND', '没有可导出的题目。');
  const safe = a.title.replace(/[\\/:*?"<>|]/g, '_');
  if (a.format === 'anki')
    return { name: `${safe}.csv`, mimeType: 'text/csv', dataBase64: b64('\uFEFF' + ankiCsv(items)), answerKey: null };
  if (a.format === 'html') {
    return {
      name: `${safe}-试卷.html`,
      mimeType: 'text/html',
      dataBase64: b64(paperHtml(items, a.title)),
      answerKey: {
        name: `${safe}-参考答案.html`,
        mimeType: 'text/html',
        dataBase64: b64(answerKeyHtml(items, a.title)),
      },
    };
  }
  const [paper, key] = await Promise.all([paperDocx(items, a.title), answerKeyDocx(items, a.title)]);
  return {
    name: `${safe}-试卷.docx`,
    mimeType: DOCX,
    dataBase64: b64(paper),
    answerKey: { name: `${safe}-参考答案.docx`, mimeType: DOCX, dataBase64: b64(key) },
  };
}
