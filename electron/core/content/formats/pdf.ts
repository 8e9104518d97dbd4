// .pdf: the text layer via unpdf (pdf.js packaged for plain Node, no canvas or worker needed).
// Pages are joined with blank lines, without their page numbers; the cleaner later rejoins
// sentences broken at page ends.
import { extractText, getDocumentProxy } from 'unpdf';
import { FormatError, type RawSource } from './types.js';
import { stripPageNumber, stripRunningLines } from './pdf-pages.js';

export async function readPdf(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch {
    throw new FormatError('无法读取 PDF 文件，文件可能已损坏或已加密。');
  }
  const removed: { reason: string; text: string }[] = [];
  const numbered = pages.map((p) => stripPageNumber(p, removed));
  const text = stripRunningLines(numbered, removed).join('\n\n');
  if (text.replace(/\s/g, '').length === 0)
    throw new FormatError('PDF 没有文字层（可能是扫描件），暂不支持识别图片中的文字。');
  return [{ text, kind: 'plain', hints: {}, origin: name, removed }];
}
