// Pre-check for PDFs before pdf.js reads them: the total size of the Flate-compressed streams
// once inflated (a 300 KB file can hold a 300 MB content stream), and the page count (page
// objects, also inside compressed object streams). Streams are inflated incrementally with fflate
// and the scan stops at the limit, so the check itself never holds more than one chunk.
import { Unzlib } from 'fflate';
import { limitError, type ImportLimits } from './limits.js';

const CHUNK = 16 * 1024;
const PAGE = /\/Type\s*\/Page(?![A-Za-z])/g;

interface Stream {
  dict: string;
  start: number;
  end: number;
}

/** Every `<< … >> stream … endstream` in the file (raw text, latin1: one char per byte). */
function findStreams(raw: string): Stream[] {
  const out: Stream[] = [];
  const re = />>\s*stream(\r\n|\n|\r)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const objStart = raw.lastIndexOf(' obj', m.index);
    out.push({ dict: raw.slice(Math.max(objStart, m.index - 4096), m.index + 2), start, end });
    re.lastIndex = end;
  }
  return out;
}

/** Inflates one stream, feeding `sink` each chunk; stops (returns false) once `budget` is spent. */
function inflate(bytes: Uint8Array, s: Stream, budget: number, sink?: (c: Uint8Array) => void): number {
  let produced = 0;
  let stop = false;
  const z = new Unzlib((chunk) => {
    produced += chunk.length;
    sink?.(chunk);
    if (produced > budget) stop = true;
  });
  try {
    for (let i = s.start; i < s.end && !stop; i += CHUNK) z.push(bytes.subarray(i, Math.min(i + CHUNK, s.end)));
  } catch {
    // A damaged stream: pdf.js will report the file as damaged (or skip the stream) on its own.
  }
  return produced;
}

export function checkPdf(bytes: Uint8Array, limits: ImportLimits): void {
  if (bytes.length > limits.maxInputBytes) throw limitError.inputTooLarge(limits, bytes.length);
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let pages = raw.match(PAGE)?.length ?? 0;
  let total = 0;
  for (const s of findStreams(raw)) {
    if (!/\/FlateDecode|\/Fl\b/.test(s.dict)) continue;
    // Images are not decoded when text is extracted; their inflated size is no risk here.
    if (/\/Subtype\s*\/Image/.test(s.dict)) continue;
    const objectStream = /\/Type\s*\/ObjStm/.test(s.dict);
    let tail = '';
    total += inflate(bytes, s, limits.maxUnpackedBytes - total, (chunk) => {
      if (!objectStream) return;
      // Count page objects packed inside object streams; keep a short tail for matches across chunks.
      const text = tail + Buffer.from(chunk).toString('latin1');
      let lastEnd = 0;
      for (const m of text.matchAll(PAGE)) {
        pages++;
        lastEnd = m.index + m[0].length;
      }
      tail = text.slice(Math.max(lastEnd, text.length - 16));
    });
    if (total > limits.maxUnpackedBytes) throw limitError.unpackedTooLarge(limits, 'PDF 中的压缩内容');
  }
  if (pages > limits.maxPdfPages) throw limitError.tooManyPages(limits, pages);
}
