// MHTML (.mht/.mhtml, "网页，单个文件"): a MIME multipart/related message holding the page and its
// images. Chrome/Edge ("Saved by Blink") write the HTML part quoted-printable; IE and Word write it
// quoted-printable or base64, often in GBK. The first text/html part is unpacked to its raw bytes,
// which go through the same encoding detection as any other file (a declared charset is not
// trusted there either).
import { FormatError } from './types.js';

const HEAD_LIMIT = 8192;
/** A UTF-8 byte order mark, as latin1 text. */
const BOM = /^\xef\xbb\xbf/;

function latin1(bytes: Uint8Array, from = 0, to = bytes.length): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, to);
}

/** A MIME message whose top-level type is multipart (the MHTML container), by its first headers. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 0, Math.min(bytes.length, HEAD_LIMIT));
  if (!/^(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)*?MIME-Version\s*:/i.test(head.replace(BOM, ''))) return false;
  return /^Content-Type\s*:\s*multipart\/related/im.test(head);
}

/** Header block (unfolded) and the offset where the body starts. */
function splitHeaders(text: string): { headers: Map<string, string>; bodyAt: number } {
  const m = /\r?\n\r?\n/.exec(text);
  const end = m ? m.index : text.length;
  const headers = new Map<string, string>();
  for (const line of text
    .slice(0, end)
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return { headers, bodyAt: m ? m.index + m[0].length : text.length };
}

function decodeQuotedPrintable(s: string): Buffer {
  const out: number[] = [];
  const soft = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      out.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Buffer.from(out);
}

/** The bytes of the first text/html part of an MHTML file. */
export function mhtmlHtmlBytes(bytes: Uint8Array): Buffer {
  return htmlPart(bytes).bytes;
}

/** The address the page was saved from (Chrome's Snapshot-Content-Location, IE's part location). */
export function mhtmlPageUrl(bytes: Uint8Array): string | null {
  return htmlPart(bytes).url;
}

interface HtmlPart {
  bytes: Buffer;
  url: string | null;
  /** The part's Content-ID (without `<>`) and Content-Location: how the page's frames point at it. */
  refs: string[];
}

function htmlPart(bytes: Uint8Array): HtmlPart {
  const first = htmlParts(bytes)[0];
  if (!first) throw new FormatError('这个 .mht 网页文件里没有网页正文（text/html 部分），无法导入。');
  return first;
}

/** Every text/html part, the page first and then its frames (Chrome saves each frame as a part). */
function htmlParts(bytes: Uint8Array): HtmlPart[] {
  // latin1 maps every byte to one char, so offsets and 8bit bodies survive the round trip.
  const text = latin1(bytes).replace(BOM, '');
  const { headers, bodyAt } = splitHeaders(text);
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(headers.get('content-type') ?? '');
  if (!boundary)
    throw new FormatError('这个 .mht 网页文件缺少分段标记，无法读取。请在浏览器中打开后另存为“网页，仅 HTML”再导入。');
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const parts = text.slice(bodyAt).split(delimiter).slice(1);
  const out: HtmlPart[] = [];
  for (const part of parts) {
    if (part.startsWith('--')) break;
    const { headers: h, bodyAt: at } = splitHeaders(part.replace(/^\r?\n/, ''));
    if (!/^text\/html/i.test(h.get('content-type') ?? '')) continue;
    const body = part
      .replace(/^\r?\n/, '')
      .slice(at)
      .replace(/\r?\n$/, '');
    const encoding = (h.get('content-transfer-encoding') ?? '').toLowerCase();
    const url = (out.length ? null : headers.get('snapshot-content-location')) ?? h.get('content-location') ?? null;
    const refs = [h.get('content-id')?.replace(/^<|>$/g, ''), h.get('content-location')].filter(
      (x): x is string => !!x,
    );
    const raw =
      encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(body)
          : Buffer.from(body, 'latin1');
    out.push({ bytes: raw, url, refs });
  }
  return out;
}

/** The page's `<iframe src="cid:…">` frames given the markup of the parts they point at, as `srcdoc`
 * (which the HTML reader reads when it holds running text): a site that shows its article in a frame
 * saves the article in a part of its own. */
export function inlineFrameParts(page: string, bytes: Uint8Array, decode: (b: Buffer) => string): string {
  const frames = htmlParts(bytes).slice(1);
  if (!frames.length) return page;
  return page.replace(/<iframe\b[^>]*>/gi, (tag) => {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
    const ref = src.replace(/^cid:/i, '');
    const frame = ref && frames.find((f) => f.refs.includes(ref));
    if (!frame || /\bsrcdoc\s*=/i.test(tag)) return tag;
    const doc = decode(frame.bytes).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return tag.replace(/^<iframe\b/i, `<iframe srcdoc="${doc}"`);
  });
}
