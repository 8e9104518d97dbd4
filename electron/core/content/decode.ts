// Bytes → string. The encoding is detected from the bytes (BOM, then UTF-8, then a detector
// choosing between GB18030 and Big5-HKSCS), never trusted from a declared charset. Bytes that do
// not decode are counted as bad sequences: a few (a damaged download) are marked □ and reported,
// more than a small threshold refuse the file, so nothing garbled is ever stored.
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { decodeUtf8 } from '../text/utf8-decode.js';

// The detector and the legacy decoders, loaded on first use: UTF-8 files (most) never need them,
// and every thread that reads a file paid ~12 ms to load them.
const load = createRequire(import.meta.url);
let libs: { chardet: typeof Chardet; iconv: typeof Iconv } | null = null;
const legacy = () =>
  (libs ??= { chardet: load('chardet') as typeof Chardet, iconv: load('iconv-lite') as typeof Iconv });

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
  /** Runs of bytes that did not decode (each marked □ in `text`). */
  badSequences: number;
}

/** Above either limit a file is refused rather than stored with gaps. */
export const MAX_BAD_SEQUENCES = 8;
const MAX_BAD_SHARE = 0.01;

const UNREADABLE = '无法识别文件编码，文件可能已损坏或不是文本文件。';

/** Share of characters that cannot be real text (controls, private use). */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / text.length;
}

function countBad(text: string, genuine = 0): number {
  const runs = text.match(/\ufffd+/g)?.length ?? 0;
  return Math.max(0, runs - genuine);
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function accept(raw: string, encoding: DetectedEncoding, bad: number): Decoded {
  const text = raw.replace(/^\ufeff/, '');
  if (controlRatio(text) > 0.01) throw new DecodeError(UNREADABLE);
  if (bad > MAX_BAD_SEQUENCES || bad > text.length * MAX_BAD_SHARE)
    throw new DecodeError(
      `文件中有 ${bad} 处字节无法按 ${encoding.toUpperCase()} 编码识别，可能已损坏或混用了多种编码。为避免存入乱码，未导入。` +
        '请用记事本或 WPS 打开原文件，“另存为”UTF-8 编码后再导入。',
    );
  return { text: bad ? text.replace(/\ufffd+/g, '□') : text, encoding, badSequences: bad };
}

// The import guard decodes a text file to check it, and the reader decodes the same bytes again:
// the outcome (the decoded text, or the refusal) is kept for as long as the bytes are.
const decodedBytes = new WeakMap<Uint8Array, Decoded | DecodeError>();

export function decodeBytes(bytes: Uint8Array): Decoded {
  const known = decodedBytes.get(bytes);
  if (known instanceof DecodeError) throw known;
  if (known) return { ...known };
  try {
    const d = decodeOnce(bytes);
    decodedBytes.set(bytes, d);
    return { ...d };
  } catch (err) {
    if (err instanceof DecodeError) decodedBytes.set(bytes, err);
    throw err;
  }
}

function decodeOnce(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', badSequences: 0 };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    const t = legacy().iconv.decode(buf.subarray(2), 'utf-16le');
    return accept(t, 'utf-16le', countBad(t));
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const t = legacy().iconv.decode(buf.subarray(2), 'utf-16be');
    return accept(t, 'utf-16be', countBad(t));
  }
  // Valid UTF-8 (most files): checked natively, decoded by ICU (several times faster than
  // TextDecoder on Chinese text), the BOM dropped as TextDecoder drops it. Same text either way.
  if (isUtf8(buf)) {
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    return accept(decodeUtf8(bom ? buf.subarray(3) : buf), 'utf-8', 0);
  }
  // A literal U+FFFD in valid UTF-8 (EF BF BD) is text, not damage.
  let genuine = 0;
  for (let at = buf.indexOf('\ufffd', 0, 'utf8'); at >= 0; at = buf.indexOf('\ufffd', at + 3, 'utf8')) genuine++;
  const utf8 = new TextDecoder('utf-8').decode(buf);
  const utf8Bad = countBad(utf8, genuine);
  // Mostly valid UTF-8 with a few broken sequences is a damaged UTF-8 file, not a legacy encoding
  // (GB18030 would "decode" it without errors into mojibake).
  if (utf8Bad === 0 || utf8Bad <= 0.05 * (nonAscii(utf8) - utf8Bad)) return accept(utf8, 'utf-8', utf8Bad);
  const ranked = legacy().chardet.analyse(buf);
  const big5 = ranked.find((r) => r.name === 'Big5')?.confidence ?? 0;
  const gb = ranked.find((r) => r.name === 'GB18030')?.confidence ?? 0;
  const order: DetectedEncoding[] = big5 > gb ? ['big5-hkscs', 'gb18030'] : ['gb18030', 'big5-hkscs'];
  const tries = order.map((enc) => {
    const t = legacy().iconv.decode(buf, enc);
    return { enc, t, bad: countBad(t) + (controlRatio(t) > 0.01 ? 1e9 : 0) };
  });
  // The detector's choice, unless the other encoding decodes with fewer errors.
  const best = tries[1]!.bad < tries[0]!.bad ? tries[1]! : tries[0]!;
  if (best.bad >= 1e9) throw new DecodeError(UNREADABLE);
  return accept(best.t, best.enc, best.bad);
}
