// Decoding long Chinese text (read from SQLite or from a file). V8's UTF-8 decoder (what better-sqlite3 and
// Buffer#toString use) costs about 6 ns a byte for CJK text: 23 µs for a 4 KB article, most of a
// search snippet's time. ICU's transcoder to UTF-16 plus a UTF-16 read cost about 1 ns a byte
// (3.5 µs), so hot readers select `CAST(… AS BLOB)` and decode here. Same string either way.
import { transcode } from 'node:buffer';

/** Below this many bytes the two decoders cost the same and V8's needs no copy. */
const SHORT = 256;

/** The text of UTF-8 bytes (a TEXT value selected as a BLOB); null and undefined pass through. */
export function decodeUtf8<T extends Buffer | null | undefined>(bytes: T): string | Exclude<T, Buffer> {
  if (!bytes) return bytes as Exclude<T, Buffer>;
  if (bytes.length < SHORT) return bytes.toString('utf8');
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}
