// The organ a Word file's page furniture names. A 红头 whose mark (`中共某某县委宣传部文件`) a WPS or
// Word template sets in the page header, the body opening on the 发文字号: the organ the mark names
// published the document. (The mark alone proves nothing, a header may say anything; the number under
// it does.) An organ's name alone in a header or footer (`中共某某市委办公室`, as 办公室 templates carry
// it on every page) is the organ's own copy when the 落款 signs with the same name; else it says nothing.
import { squeeze } from '../header.js';
import { isDocNumber, isOrganLine, markIssuer } from '../official-frame.js';

export function headerIssuer(
  header: readonly string[],
  body: readonly string[],
  footer: readonly string[] = [],
): string | null {
  if (body.slice(0, 3).some((line) => isDocNumber(line)))
    for (const line of header) {
      const organ = markIssuer(line);
      if (organ) return organ;
    }
  const signed = new Set(body.slice(-4).map(squeeze));
  return [...header, ...footer].map(squeeze).find((line) => signed.has(line) && isOrganLine(line)) ?? null;
}
