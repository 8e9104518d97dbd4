// Pre-checks for text formats: line length for plain text (a file without line breaks would make
// the cleaner work on one giant "paragraph") and tag nesting depth for HTML (deep nesting is what
// makes DOM-walking extractors slow). HTML depth is measured with htmlparser2's streaming
// tokenizer, which closes implied tags (<p>, <li>, void elements) like a browser, in linear time.
import { Parser } from 'htmlparser2';
import { limitError, type ImportLimits } from './limits.js';

/** Throws when a line is longer than the limit (\r\n, \n and \r all end a line). */
export function checkLineLength(text: string, limits: ImportLimits): void {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > limits.maxLineChars) throw limitError.lineTooLong(limits, line);
    start = i + 1;
    line++;
  }
}

class TooDeep extends Error {}

export function htmlDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > max) max = depth;
        if (max > stopAt) throw new TooDeep();
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err;
  }
  return max;
}

export function checkHtmlDepth(html: string, limits: ImportLimits): void {
  if (htmlDepth(html, limits.maxHtmlDepth) > limits.maxHtmlDepth) throw limitError.tooDeep(limits);
}
