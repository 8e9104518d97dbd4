// Option letters typed in shapes the option reader (import-text-options.ts) does not take as marks:
// lower case (a． b、 c)) and a capital with no mark after it (A 民主集中制, A三年:
// import-text-letters.ts). Both are also ordinary text, so they are rewritten as A． B． … only
// where they cannot be anything else: a run from a/A in letter order, under a question that waits
// for its options.
import { capitalMarks, type Mark } from './import-text-letters.js';

/** A lower-case mark: a． a、 a： a) at the line's start or after a space. */
const LOWER = /(?:^|[\s　]+)([a-h])\s*[.．、:：)）]\s*/g;
/** Option A marked as the option reader takes it. */
const CAPITAL_A = /^(?:[AＡ]\s*[.．、:：)）]|[（(][AＡ][)）])/;

/** The lower-case marks of a line for letters next, next+1 … in order, the first at the line's
 * start; each option's text must be non-empty. Null when the line does not start with the next letter. */
function lowerMarks(line: string, next: number): Mark[] | null {
  const run: Mark[] = [];
  for (const m of line.matchAll(LOWER)) {
    // A mark out of order (a letter inside an option's text) leaves the whole line as text.
    if (m[1]!.charCodeAt(0) - 97 !== next + run.length) return null;
    if (!run.length && m.index !== 0) return null;
    const prev = run[run.length - 1];
    if (prev && !line.slice(prev.end, m.index).trim()) return null;
    run.push({ at: m.index!, end: m.index! + m[0].length });
  }
  if (!run.length || !line.slice(run[run.length - 1]!.end).trim()) return null;
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

/** A 判断 printed as two options lettered with a space only, `A 对　B 错`, `A 正确 B 错误`: two capitals
 * are too weak a sign for options (three are needed), but not before a truth word and its opposite. */
const TRUTH_PAIR = /^A([ 　]+)(?:对|正确|√|是|错|错误|×|否)([ 　]+)B([ 　]+)(?:对|正确|√|是|错|错误|×|否)$/;
function truthPair(line: string): Mark[][] | null {
  const m = TRUTH_PAIR.exec(line);
  const b = line.lastIndexOf('B');
  // One of each: a truth word and its opposite.
  const yes = (w: string) => /^(?:对|正确|√|是)$/.test(w.trim());
  if (!m || yes(line.slice(1, b)) === yes(line.slice(b + 1))) return null;
  return [
    [
      { at: 0, end: 1 + m[1]!.length },
      { at: b, end: b + 1 + m[3]!.length },
    ],
  ];
}

const KEY_LINE = /^(?:【\s*)?(?:正确|参考|标准)?答案\s*(?:[:：】]|$)/;

/** The lines with lower-case and unmarked capital option letters written as A． B． … where
 * certain: a run from a/A in letter order under a question. */
export function markOptions(lines: string[], kinds: LineKinds): string[] {
  const out = [...lines];
  // Lower case: a run of lines from a, at least two options. Capitals with no mark: the weaker
  // sign, at least three options, read by capitalMarks.
  const lower = (from: number) => {
    const found: Mark[][] = [];
    let next = 0;
    for (let k = from; k < out.length; k++) {
      const marks = lowerMarks(out[k]!, next);
      if (!marks) break;
      found.push(marks);
      next += marks.length;
    }
    return next >= 2 ? found : null;
  };
  // A truth pair answers a statement, which need not ask (no blank, no question mark).
  const capitals = (from: number) => capitalMarks(out, from, 3) ?? keyedPair(from) ?? truthPair(out[from]!);
  // A 半年 over B 一年, one a line, under a question and over its 答案 line: two capitals are enough there.
  const keyedPair = (from: number) => {
    const found = kinds.asks(out[from - 1] ?? '') ? capitalMarks(out, from, 2) : null;
    const oneALine = found?.length === 2 && found.every((m) => m.length === 1);
    return oneALine && KEY_LINE.test(out[from + 2] ?? '') ? found : null;
  };
  for (const read of [lower, capitals]) {
    for (let i = 0; i < out.length; i++) {
      const found = read(i);
      const asks = found && (found.flat().length > 2 || read === lower) ? kinds.asks : () => true;
      // 组合选择: statements a．… b．… over options A．ab B．ac …: the capitals are the options.
      const after = found ? (out[i + found.length] ?? '') : '';
      if (!found || !underQuestion(out, i, { ...kinds, asks }) || CAPITAL_A.test(after)) continue;
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
