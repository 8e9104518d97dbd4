// Decoding long Chinese text (read from SQLite or from a file). V8's UTF-8 decoder (what
// better-sqlite3 and Buffer#toString use) costs about 6 ns a byte for CJK text: 23 µs for a 4 KB
// article, most of a search snippet's time. ICU's transcoder to UTF-16 plus a UTF-16 read cost
// about 1 ns a byte (3.5 µs), so hot readers select `CAST(… AS BLOB)` and decode here. Same string
// either way.
import * as nodeBuffer from 'node:buffer';

type Transcode = typeof nodeBuffer.transcode;

/** Below this many bytes the two decoders cost the same and V8's needs no copy. */
const SHORT = 256;

/** ICU's transcoder, if this runtime has a working one (a Node or Electron built without ICU has
 * none); otherwise everything goes through V8's decoder, only slower. */
function workingTranscode(): Transcode | null {
  try {
    const t = nodeBuffer.transcode;
    return t(Buffer.from('学习', 'utf8'), 'utf8', 'utf16le').toString('utf16le') === '学习' ? t : null;
  } catch {
    return null;
  }
}

/** A decoder using `transcode` when given (exported for the test of the fallback). */
export function utf8Decoder(transcode: Transcode | null) {
  return function decode<T extends Buffer | null | undefined>(bytes: T): string | Exclude<T, Buffer> {
    if (!bytes) return bytes as Exclude<T, Buffer>;
    if (!transcode || bytes.length < SHORT) return bytes.toString('utf8');
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  };
}

const icu = workingTranscode();
/** Whether decodeUtf8 takes the fast path in this runtime. */
export const decodesWithIcu = icu !== null;

/** The text of UTF-8 bytes (a TEXT value selected as a BLOB); null and undefined pass through. */
export const decodeUtf8 = utf8Decoder(icu);
