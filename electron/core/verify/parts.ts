// Turns a character alignment of comparison keys back into the original texts: the library
// passage in reading order with the words the pasted text lacks (`missing`) and the pasted
// characters the source does not have (`extra`), punctuation shown as the source writes it.
import type { VerifyPart } from '../../contract/api.js';
import type { ComparisonKey } from '../text/normalize.js';
import type { Alignment } from './locate.js';

/** The passage's range in the original paragraph text. */
export function passageRange(key: ComparisonKey, a: Alignment): [number, number] {
  return [key.at[a.start]!, key.at[a.end - 1]! + 1];
}

export function alignmentParts(
  paragraph: string,
  pKey: ComparisonKey,
  pasted: string,
  qKey: ComparisonKey,
  a: Alignment,
): VerifyPart[] {
  const parts: VerifyPart[] = [];
  const push = (op: VerifyPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) parts.push({ op, text });
  };
  const [passageStart, passageEnd] = passageRange(pKey, a);
  // Punctuation is never compared: the gap after a `same` run stays with it, the gap after a
  // `missing` run goes to the text that follows, so only the lacking characters are marked.
  let cursor = passageStart;
  let pi = a.start;
  let qi = 0;
  for (const o of a.ops) {
    if (o.removed) {
      push('extra', pasted.slice(qKey.at[qi]!, qKey.at[qi + o.count - 1]! + 1));
      qi += o.count;
      continue;
    }
    const last = pi + o.count;
    const end = o.added ? pKey.at[last - 1]! + 1 : last < a.end ? pKey.at[last]! : passageEnd;
    push(o.added ? 'missing' : 'same', paragraph.slice(cursor, end));
    cursor = end;
    pi = last;
    if (!o.added) qi += o.count;
  }
  return parts;
}
