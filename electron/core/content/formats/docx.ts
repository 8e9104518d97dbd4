// .docx: raw text via mammoth (paragraphs separated by blank lines).
import mammoth from 'mammoth';
import { FormatError, type RawSource } from './types.js';

export async function readDocx(name: string, bytes: Uint8Array): Promise<RawSource[]> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return [{ text: value, kind: 'plain', hints: {}, origin: name }];
  } catch {
    throw new FormatError('无法读取 Word 文档，文件可能已损坏。');
  }
}
