// Pre-check for HTML: tag nesting depth (deep nesting is what makes DOM-walking extractors slow),
// measured with htmlparser2's streaming tokenizer, which closes implied tags (<p>, <li>, void
// elements) like a browser, in linear time. Its own module: a batch of .txt files never loads
// htmlparser2.
import { Parser } from 'htmlparser2';
import { limitError, type ImportLimits } from './limits.js';

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
