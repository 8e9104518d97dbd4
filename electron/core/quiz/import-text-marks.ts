// Option letters typed in shapes the option reader (import-text-options.ts) does not take as marks:
// lower case (a． b、 c)) and a capital followed by a space only (A 民主集中制, pasted from web
// pages). Both are also ordinary text, so they are rewritten as A． B． … only where they cannot be
// anything else: a run from a/A in letter order, under a question that waits for its options.

/** A lower-case mark: a． a、 a： a) at the line's start or after a space. */
const LOWER = /(?:^|[\s　]+)([a-h])\s*[.．、:：)）]\s*/g;
/** A capital and a space: at the line's start, or after a wide gap (two spaces, a full-width
 * space or a tab) inside the line, so a letter within the text (维生素 B 族) is not a mark. */
const SPACED = /(?:^|[ ]{2,}|[\s]*[　\t][\s　]*)([A-H])[ 　]+(?=[^\sA-Za-z])/g;
/** The same after one space, as Word's text gives every gap: taken only for a whole line of four
 * or more options A, B, C, D … with no other Latin letter on it. */
const SPACED_NARROW = /(?:^| )([A-H]) +(?=[^\sA-Za-z])/g;

/** An option that names options before it: A 和 B, A 和 B 都对, 以上 A B C 都是 (not A、B: 、 marks an
 * option for the option reader). */
const NAMES_OPTIONS =
  /(?<= [B-H] +)(?:以上\s*)?[A-G](?:\s*[和与及]?\s*[A-G])+\s*(?:都|均)?\s*(?:对|正确|是|不对|错误|不是)?$/;

/** Option A marked as the option reader takes it. */
const CAPITAL_A = /^(?:[AＡ]\s*[.．、:：)）]|[（(][AＡ][)）])/;

type Mark = { at: number; end: number };

/** The marks of a line for letters next, next+1 … in order, the first at the line's start; each
 * option's text must be non-empty. Null when the line does not start with the next letter. */
function marksOf(line: string, pattern: RegExp, next: number, base: number): Mark[] | null {
  const run: Mark[] = [];
  for (const m of line.matchAll(pattern)) {
    // A mark out of order (a letter inside an option's text) leaves the whole line as text.
    if (m[1]!.charCodeAt(0) - base !== next + run.length) return null;
    if (!run.length && m.index !== 0) return null;
    const prev = run[run.length - 1];
    if (prev && !line.slice(prev.end, m.index).trim()) return null;
    run.push({ at: m.index!, end: m.index! + m[0].length });
  }
  if (!run.length || !line.slice(run[run.length - 1]!.end).trim()) return null;
  if (pattern === SPACED && run.length === 1) {
    // The last option may name earlier ones (D A 和 B, D A 和 B 都对): its letters are read as text
    // (the marks are found with it written over, at the same places).
    const names = NAMES_OPTIONS.exec(line);
    const probe = names ? line.slice(0, names.index) + '甲'.repeat(names[0].length) : line;
    const narrow = marksOf(probe, SPACED_NARROW, next, base);
    const latin = probe.replace(/(?:^| )[A-H] /g, ' ');
    if (narrow && narrow.length >= 4 && !/[A-Za-z]/.test(latin)) return narrow;
  }
  return run;
}

function rewrite(line: string, marks: Mark[], first: number): string {
  let out = '';
  let last = 0;
  marks.forEach((m, k) => {
    out += line.slice(last, m.at) + (k || m.at ? '　' : '') + `${'ABCDEFGH'[first + k]}．`;
    last = m.end;
  });
  return (out + line.slice(last)).replace(/^　/, '');
}

export type LineKinds = {
  /** A numbered item starts on the line. */
  item: (line: string) => boolean;
  /** The line ends an item's question: an answer, an explanation or a section heading. */
  stop: (line: string) => boolean;
  /** The text asks something (a blank, a question mark). */
  asks: (text: string) => boolean;
};

/** Whether the lines above `i` are the question of an item, with nothing after it yet. */
function underQuestion(lines: string[], i: number, kinds: LineKinds): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (kinds.stop(lines[j]!)) return false;
    if (kinds.item(lines[j]!)) return kinds.asks(lines.slice(j, i).join('\n'));
  }
  return false;
}

/** The lines with lower-case and space-only option marks written as A． B． … where certain:
 * a run from a/A in letter order under a question, of at least two options (three for a space
 * only, the weaker sign). */
export function markOptions(lines: string[], kinds: LineKinds): string[] {
  const out = [...lines];
  for (const [pattern, base, least] of [
    [LOWER, 97, 2],
    [SPACED, 65, 3],
  ] as const) {
    for (let i = 0; i < out.length; i++) {
      const found: Mark[][] = [];
      let next = 0;
      for (let k = i; k < out.length; k++) {
        const marks = marksOf(out[k]!, pattern, next, base);
        if (!marks) break;
        found.push(marks);
        next += marks.length;
      }
      // 组合选择: statements a．… b．… over options A．ab B．ac …: the capitals are the options.
      const after = out[i + found.length] ?? '';
      if (next < least || !underQuestion(out, i, kinds) || CAPITAL_A.test(after)) continue;
      let first = 0;
      found.forEach((marks, k) => {
        out[i + k] = rewrite(out[i + k]!, marks, first);
        first += marks.length;
      });
      i += found.length - 1;
    }
  }
  return out;
}
