// Question banks as PDF (a Word bank saved as PDF, or a web page printed): the text layer's lines,
// cleaned of page furniture and rejoined where wrapped (pdf-bank-text.ts), go to the numbered-text
// reader, so the same key rules hold: a key is never guessed. A PDF without text (a scan) is
// refused with what to do instead.
import { ApiError } from '../../contract/errors.js';
import type { Parsed } from './import-json.js';
import { parseTextBank } from './import-text.js';
import { dropFurniture, joinLines, picturedPages } from './pdf-bank-text.js';
import { PdfUnreadable, readPdfLines } from './pdf-lines.js';

const UNREADABLE = '无法读取 PDF 文件，文件可能已损坏或已加密：请用原来的 Word 文档导入，或重新导出 PDF。';
const SCANNED =
  'PDF 中没有可读取的文字（可能是扫描件或图片）：题目和答案无法识别。请导入原来的 Word 或文本题库，或先用文字识别（OCR）软件转成可复制文字的 PDF 或 Word 再导入。';
const NOT_A_BANK =
  '未在 PDF 中找到编号的题目：请让每道题以题号开头（如“1.”“2、”），选项以 A. B. 开头，并写明“答案：”；PDF 中的文字须可以复制。';

export async function parsePdfBank(data: Uint8Array): Promise<Parsed> {
  let read;
  try {
    read = await readPdfLines(data);
  } catch (e) {
    if (e instanceof PdfUnreadable) throw new ApiError('BAD_INPUT', UNREADABLE);
    throw e;
  }
  const clean = dropFurniture(read.pages);
  const text = joinLines(clean);
  if (!text.replace(/\s/g, '')) throw new ApiError('BAD_INPUT', SCANNED);
  // The items of a page that is a picture would be missing, and the text after it could run into
  // the item before it (its key too): the whole bank is refused.
  const pictured = picturedPages(clean, read.images).map((i) => i + 1);
  if (pictured.length)
    throw new ApiError(
      'BAD_INPUT',
      `PDF 的第 ${pictured.join('、')} 页只有图片、没有文字（可能是扫描后插入的页面），这些页上的题目无法读取，其后的题目也无法确定归属：请导入原来的 Word 或文本题库，或先用文字识别（OCR）软件把这些页转成文字后再导入。`,
    );
  const parsed = parseTextBank(text);
  if (parsed) return { ...parsed, format: 'PDF 题库' };
  throw new ApiError('BAD_INPUT', NOT_A_BANK);
}
