// The limits every imported file is held to, and the Chinese message for each: the message names
// the limit and says what to do. One table, so the UI, the CLI and the tests read the same numbers.
import { ApiError } from '../../../contract/errors.js';

export interface ImportLimits {
  /** Bytes of the file as given. */
  maxInputBytes: number;
  /** Total bytes after unpacking a .docx/.xlsx (zip) or inflating a PDF's compressed streams. */
  maxUnpackedBytes: number;
  /** Unpacked size ÷ packed size, per zip entry (entries under 1 MB unpacked are not held to it). */
  maxRatio: number;
  maxZipEntries: number;
  maxPdfPages: number;
  maxHtmlDepth: number;
  /** Characters in one line of a .txt/.md/.csv file (HTML and JSON may legitimately be one line). */
  maxLineChars: number;
  /** Wall-clock time for reading one file in the import worker. */
  timeoutMs: number;
  /** Heap of the import worker. */
  memoryMb: number;
  /** Text files up to this many bytes are read on the calling thread instead of the worker (0:
   * never). Only for a process without a UI (the CLI): see imports/import-worker.ts. */
  inProcessMaxBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxInputBytes: 100 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  maxZipEntries: 10_000,
  maxPdfPages: 3000,
  maxHtmlDepth: 400,
  maxLineChars: 200_000,
  timeoutMs: 60_000,
  memoryMb: 1024,
  inProcessMaxBytes: 0,
};

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export const limitError = {
  inputTooLarge: (l: ImportLimits, bytes: number) =>
    new ApiError(
      'FILE_TOO_LARGE',
      `文件过大（${mb(bytes)}），超过单个文件 ${mb(l.maxInputBytes)} 的上限。请拆分成几个较小的文件后再导入。`,
    ),
  unpackedTooLarge: (l: ImportLimits, what: string) =>
    new ApiError(
      'FILE_TOO_LARGE',
      `${what}解压后超过 ${mb(l.maxUnpackedBytes)} 的上限（可能是“压缩炸弹”），已拒绝导入。请确认文件来源，或另存为较小的文件。`,
    ),
  ratioTooHigh: (l: ImportLimits, what: string, ratio: number) =>
    new ApiError(
      'FILE_TOO_LARGE',
      `${what}的压缩比异常（约 ${Math.round(ratio)} 倍，上限 ${l.maxRatio} 倍），疑似“压缩炸弹”，已拒绝导入。`,
    ),
  tooManyEntries: (l: ImportLimits) =>
    new ApiError('FILE_TOO_LARGE', `压缩包内文件超过 ${l.maxZipEntries} 个的上限，不像正常的文档，已拒绝导入。`),
  tooManyPages: (l: ImportLimits, pages: number) =>
    new ApiError(
      'FILE_TOO_LARGE',
      `PDF 有 ${pages} 页，超过 ${l.maxPdfPages} 页的上限。请拆分成几个较小的 PDF 后再导入。`,
    ),
  tooDeep: (l: ImportLimits) =>
    new ApiError(
      'FILE_TOO_LARGE',
      `网页的标签嵌套超过 ${l.maxHtmlDepth} 层的上限，不像正常的文章页面，已拒绝导入。可在浏览器中把正文另存为文本后再导入。`,
    ),
  lineTooLong: (l: ImportLimits, line: number) =>
    new ApiError(
      'FILE_TOO_LARGE',
      `第 ${line} 行超过单行 ${l.maxLineChars.toLocaleString('en-US')} 字的上限（文件可能没有换行，或不是文本文件）。请在段落之间加入换行后再导入。`,
    ),
  timeout: (l: ImportLimits) =>
    new ApiError(
      'IMPORT_LIMIT',
      `读取文件超过 ${l.timeoutMs < 1000 ? `${l.timeoutMs} 毫秒` : `${Math.round(l.timeoutMs / 1000)} 秒`}的时间上限，已停止，没有保存任何内容。文件可能过大或结构异常，请拆分后再试。`,
    ),
  memory: (l: ImportLimits) =>
    new ApiError(
      'IMPORT_LIMIT',
      `读取文件所需内存超过 ${l.memoryMb} MB 的上限，已停止，没有保存任何内容。文件可能过大或结构异常，请拆分后再试。`,
    ),
  damaged: (what: string) =>
    new ApiError(
      'FILE_DAMAGED',
      `无法读取${/^[A-Za-z]/.test(what) ? ' ' : ''}${what}：文件已损坏或格式不正确。请用原程序重新保存后再导入。`,
    ),
  cancelled: () => new ApiError('CANCELLED', '已取消导入，没有保存任何内容。'),
};
