// Bytes → string. The encoding is detected from the bytes (strict UTF-8 first, then a
// detector choosing between GB18030 and Big5-HKSCS), never trusted from a declared charset,
// and undecodable input is rejected instead of being silently garbled.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5-hkscs';

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

export interface Decoded {
  text: string;
  encoding: DetectedEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of characters that cannot be real text (controls, replacement chars, private use). */
function badRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c < 0x20 && c !== 9 && c !== 10 && c !== 13) ||
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      (c >= 0x7f && c < 0xa0)
    )
      bad++;
  }
  return bad / text.length;
}

function accept(text: string, encoding: DetectedEncoding): Decoded {
  if (badRatio(text) > 0.01) throw new DecodeError('无法识别文件编码，文件可能已损坏或不是文本文件。');
  return { text: text.replace(/^\ufeff/, ''), encoding };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) return accept(iconv.decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return accept(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  try {
    return accept(strictUtf8.decode(buf), 'utf-8');
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    // Not valid UTF-8: fall through to the legacy Chinese encodings.
  }
  const ranked = chardet.analyse(buf);
  const big5 = ranked.find((r) => r.name === 'Big5')?.confidence ?? 0;
  const gb = ranked.find((r) => r.name === 'GB18030')?.confidence ?? 0;
  const order: DetectedEncoding[] = big5 > gb ? ['big5-hkscs', 'gb18030'] : ['gb18030', 'big5-hkscs'];
  let lastError: unknown = null;
  for (const enc of order) {
    try {
      return accept(iconv.decode(buf, enc), enc);
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError instanceof DecodeError
    ? lastError
    : new DecodeError('无法识别文件编码，文件可能已损坏或不是文本文件。');
}
