// Splits a text into plain and marked parts from [start, end) ranges (hits, highlights): ranges are
// taken in order, overlapping ones skipped, so every character appears exactly once.
export interface TextPart {
  text: string;
  marked: boolean;
}

export function splitByMarks(text: string, marks: readonly (readonly [number, number])[]): TextPart[] {
  const parts: TextPart[] = [];
  let pos = 0;
  for (const [s, e] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (s < pos || e <= s) continue;
    if (s > pos) parts.push({ text: text.slice(pos, s), marked: false });
    parts.push({ text: text.slice(s, e), marked: true });
    pos = e;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), marked: false });
  return parts;
}
