// Option letters typed with no mark after them, as pasted from web pages or typed in Word: a
// capital and a space (A 中国共产党 B 中国国民党, Word's text gives every gap as one space) or a
// capital glued to the text (A三年). A capital inside an option's text (维生素 B 族, WTO) looks the
// same, so the lines are split only where the letters allow one reading: options in letter order
// from A, every line starting with the next letter, the same number of options on each line but
// the last. Where two readings stay (A 维生素 B 族 B 维生素 D …), the one whose options are
// written alike (维生素 X, 维生素 X …) is taken if there is exactly one; otherwise none is.

export type Mark = { at: number; end: number };

/** A capital that may letter an option: at the line's start or after a space, then a space and
 * text (spaced), or glued to Chinese text or a number (glued); glued also right after an option's
 * Chinese text (A三B四C五D六, options run on with no gap). */
const CANDIDATE =
  /(?<=^|[\s　])([A-H])(?:([ 　\t]+)(?=\S)|(?=[\u4e00-\u9fff0-9]))|(?<=[\u4e00-\u9fff）)。])([A-H])(?=[\u4e00-\u9fff0-9])/g;

/** `glued`: no gap after the letter. The options of one item are lettered one way. */
type Candidate = Mark & { letter: number; glued: boolean };
/** One reading: the marks taken on each line. */
type Reading = Mark[][];

const MAX_READINGS = 64;

function candidatesOf(line: string): Candidate[] {
  return [...line.matchAll(CANDIDATE)].map((m) => ({
    at: m.index!,
    end: m.index! + m[0].length,
    letter: (m[1] ?? m[3])!.charCodeAt(0) - 65,
    glued: !m[2],
  }));
}

/** The ways to take marks on one line from its first candidate (letter `next`, at the line's
 * start): each later mark the next letter, each option's text non-empty. */
function lineChoices(line: string, all: Candidate[], next: number, glued: boolean): Mark[][] {
  const cands = all.filter((c) => c.glued === glued);
  if (!cands.length || cands[0]!.at !== 0 || cands[0]!.letter !== next) return [];
  const out: Mark[][] = [];
  const grow = (taken: Candidate[], from: number) => {
    const last = taken[taken.length - 1]!;
    if (line.slice(last.end).trim()) out.push([...taken]);
    for (let k = from; k < cands.length && out.length < MAX_READINGS; k++) {
      const c = cands[k]!;
      if (c.letter === last.letter + 1 && line.slice(last.end, c.at).trim()) grow([...taken, c], k + 1);
    }
  };
  grow([cands[0]!], 1);
  return out;
}

/** Every reading of the lines from `at` on, in letter order, as far as each next line starts with
 * the next letter. */
function readings(lines: string[], cands: Candidate[][], at: number, next: number): Reading[] {
  const out: Reading[] = [];
  const glued = cands[0]![0]!.glued;
  for (const marks of lineChoices(lines[at]!, cands[at]!, next, glued)) {
    const after = next + marks.length;
    const more = at + 1 < lines.length ? readings(lines, cands, at + 1, after) : [];
    if (more.length) for (const m of more) out.push([marks, ...m]);
    else out.push([marks]);
    if (out.length >= MAX_READINGS) break;
  }
  return out;
}

/** The options' texts of a reading. */
function textsOf(lines: string[], reading: Reading): string[] {
  return reading.flatMap((marks, l) =>
    marks.map((m, k) => lines[l]!.slice(m.end, k + 1 < marks.length ? marks[k + 1]!.at : undefined).trim()),
  );
}

/** How alike a reading's options are written: the most options sharing one shape once Latin
 * letters and numbers are set aside (维生素 B 族 / 维生素 D: 维生素 X). */
function alike(texts: string[]): number {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const shape = t.replace(/[A-Za-z0-9]+/g, 'X').replace(/\s+/g, ' ');
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return Math.max(...counts.values());
}

/** The members of `list` with the top `score`. */
function best<T>(list: T[], score: (t: T) => number): T[] {
  const top = Math.max(...list.map(score));
  return list.filter((t) => score(t) === top);
}

/** The marks of the option lines starting at lines[from] (A at its start), one list per line, or
 * null when there are fewer than `least` options or the letters allow more than one reading. */
export function capitalMarks(lines: string[], from: number, least: number): Mark[][] | null {
  const run: string[] = [];
  const cands: Candidate[][] = [];
  for (const line of lines.slice(from, from + 12)) {
    const c = candidatesOf(line);
    if (!c.length || c[0]!.at !== 0) break;
    run.push(line);
    cands.push(c);
  }
  if (!run.length) return null;
  // Options are set the same number to a line, the last line maybe fewer.
  const even = (r: Reading) =>
    r.every((m, l) => (l === r.length - 1 ? m.length <= r[0]!.length : m.length === r[0]!.length));
  // Every line of the run is read as options (a line starting with a capital out of order leaves
  // the whole run as text).
  let found = readings(run, cands, 0, 0).filter((r) => r.length === run.length && even(r));
  if (!found.length) return null;
  found = best(found, (r) => r.flat().length); // a letter in order is a mark if it can be
  if (found.length > 1) found = best(found, (r) => alike(textsOf(run, r)));
  if (found.length !== 1 || found[0]!.flat().length < least) return null;
  // D 铁 B: a capital one space after the last option's text may be its own or the key typed
  // bare after it (after a wider gap it is the key, import-text-bare-key.ts; after 和 or 、 it
  // names options: D A 和 B).
  const count = found[0]!.flat().length;
  const tail = /([^\s　]) ([A-H]{1,8})$/.exec(textsOf(run, found[0]!).pop()!);
  if (tail && !/[和与及或、,，]/.test(tail[1]!) && [...tail[2]!].every((c) => c.charCodeAt(0) - 65 < count))
    return null;
  return found[0]!;
}
