// A 红头 whose mark (`中共某某县委宣传部文件`) a WPS or Word template sets in the page header, the body
// opening on the 发文字号: the organ the mark names published the document. (The mark alone proves
// nothing, a header may say anything; the number under it does.)
import { isDocNumber, markIssuer } from '../official-frame.js';

export function headerIssuer(header: readonly string[], body: readonly string[]): string | null {
  if (!body.slice(0, 3).some((line) => isDocNumber(line))) return null;
  for (const line of header) {
    const organ = markIssuer(line);
    if (organ) return organ;
  }
  return null;
}
