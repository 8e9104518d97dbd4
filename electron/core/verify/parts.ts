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
  const [, passageEnd] = passageRange(pKey, a);
  // Source text from key index i up to (not including) key index j; the last piece runs to the
  // passage end so punctuation between key characters stays with the text before it.
  const source = (i: number, j: number) => paragraph.slice(pKey.at[i]!, j < a.end ? pKey.at[j]! : passageEnd);
  let pi = a.start;
  let qi = 0;
  for (const o of a.ops) {
    if (o.removed) {
      push('extra', pasted.slice(qKey.at[qi]!, qKey.at[qi + o.count - 1]! + 1));
      qi += o.count;
    } else {
      push(o.added ? 'missing' : 'same', source(pi, pi + o.count));
      pi += o.count;
      if (!o.added) qi += o.count;
    }
  }
  return parts;
}
