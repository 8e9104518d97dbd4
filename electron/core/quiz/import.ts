// Question-bank import: detects the format, normalises every row, and stores all valid items in
// one transaction (each item complete or not at all), reporting imported / duplicate / invalid.
import path from 'node:path';
import { ApiError } from '../../contract/errors.js';
import type { QuizImportResult } from '../../contract/api.js';
import type { CoreContext } from '../context.js';
import { parseAnkiText } from './import-anki.js';
import { parseJsonBank, type Parsed } from './import-json.js';
import { normalizeRaw } from './import-normalize.js';
import { decodeBytes, DecodeError } from '../content/decode.js';
import { hasBankHeader, parseCsvBank, parseXlsxBank } from './import-table.js';
import { markdownBankText } from './import-markdown.js';
import { insertDraft } from './store.js';
import { parseTextBank } from './import-text.js';
import { parseWordBank } from './import-word.js';

// Chinese banks are often GB18030 (Excel's default CSV on Chinese Windows) or UTF-16 (Excel's
// “Unicode 文本”): the one encoding detector of the app reads them.
function decodeText(data: Buffer): string {
  try {
    return decodeBytes(data).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new ApiError('BAD_INPUT', e.message);
    throw e;
  }
}

export async function parseBank(name: string, data: Buffer): Promise<Parsed> {
  const ext = path.extname(name).toLowerCase();
  if (data.length === 0) throw new ApiError('BAD_INPUT', '文件是空的。');
  if (ext === '.xlsx') return parseXlsxBank(data);
  if (ext === '.docx' || ext === '.doc' || ext === '.wps') return parseWordBank(name, data);
  if (ext === '.xls') return (await import('./import-xls.js')).parseXlsBank(data);
  if (ext === '.pdf') return (await import('./import-pdf.js')).parsePdfBank(data);
  if (ext === '.html' || ext === '.htm' || ext === '.mht' || ext === '.mhtml')
    return (await import('./import-html.js')).parseHtmlBank(data);
  if (ext === '.apkg') return (await import('./import-apkg.js')).parseApkgBank(data);
  if (ext === '.et')
    throw new ApiError('BAD_INPUT', 'WPS 表格文件（.et）不能直接读取：请在 WPS 中打开，“另存为” .xlsx 后再导入。');
  const decoded = decodeText(data);
  // A Markdown bank is read as the text it shows (import-markdown.ts).
  const text = ext === '.md' || ext === '.markdown' ? markdownBankText(decoded) : decoded;
  if (ext === '.json') return parseJsonBank(text);
  // Anki's CSV (ours included) starts with #separator: headers; bank tables start with 题目.
  if (ext === '.csv') return /^\uFEFF?#separator:/i.test(text) ? parseAnkiText(text) : parseCsvBank(text);
  if (ext === '.txt' || ext === '.tsv' || ext === '.md' || ext === '.markdown') {
    // A table saved as text (题目⇥选项A⇥…⇥答案) is a bank table, not Anki notes.
    if (hasBankHeader(text)) return parseCsvBank(text);
    if (/^\uFEFF?#/.test(text) || mostlyTabbed(text)) return parseAnkiText(text);
    const numbered = parseTextBank(text);
    if (numbered) return numbered;
    throw new ApiError(
      'BAD_INPUT',
      '未能识别文本题库：请让每道题以题号开头（如“1.”“2、”），选项以 A. B. 开头，并写明“答案：”；或使用 Anki 导出格式（制表符分隔正面和背面）。',
    );
  }
  throw new ApiError(
    'BAD_INPUT',
    `不支持的题库格式“${ext || name}”：请使用 Word（.docx/.doc）、Excel（.xlsx/.xls）、PDF、网页（.html/.mht）、JSON、CSV、Markdown（.md）、Anki 牌组包（.apkg）或文本（.txt）。`,
  );
}

/** Anki notes are one per line, front and back split by a tab. */
function mostlyTabbed(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 0 && lines.filter((l) => l.includes('\t')).length >= lines.length * 0.8;
}

export async function importBank(ctx: CoreContext, name: string, data: Buffer): Promise<QuizImportResult> {
  return saveParsedBank(ctx, name, await parseBank(name, data));
}

/** Stores parsed rows (parsed in the import worker, or above). */
export function saveParsedBank(ctx: CoreContext, name: string, parsed: Parsed): QuizImportResult {
  const result: QuizImportResult = {
    format: parsed.format,
    total: parsed.rows.length,
    imported: 0,
    duplicates: 0,
    invalid: [],
  };
  const tag = path.basename(name, path.extname(name)).slice(0, 40);
  const db = ctx.userDb;
  db.transaction(() => {
    parsed.rows.forEach((row, index) => {
      const draft = typeof row === 'string' ? row : normalizeRaw(row);
      if (typeof draft === 'string') {
        const where = typeof row !== 'string' && row.label ? `（${row.label}）` : '';
        result.invalid.push({ index: index + 1, reason: where + draft });
        return;
      }
      // Imported banks keep their own tags plus the file name, so a bank can be drilled as a topic.
      const id = insertDraft(db, { ...draft, tags: [...draft.tags, tag] }, 'imported');
      if (id === null) result.duplicates++;
      else result.imported++;
    });
  })();
  return result;
}
