// Sense guards of a lexicon entry (content/lexicon/tifa.json): the words that, written right after
// or right before a form, make it another word or another thing of the same spelling (“两新”组织 is
// 新经济组织和新社会组织, not 设备更新和以旧换新; 平稳增长 holds 稳增长), and the words one of which an
// unquoted occurrence needs nearby to be the formulation (走出去 of enterprises or culture abroad,
// not 青年人要敢于走出去). Data, not code: each entry names its own words.

export interface SenseGuard {
  /** Followers that give the form another sense (两新 + 组织/工委/工程). */
  notBefore?: readonly string[];
  /** Preceders that make the form the tail of another word (平 + 稳增长, 的 + 新常态). */
  notAfter?: readonly string[];
  /** Unquoted, the form counts only with one of these words within NEAR characters of it. */
  near?: readonly string[];
}

/** How far (in characters, each side, within the sentence) a `near` word may be. */
const NEAR = 12;

const QUOTE_OPEN = /[“「‘]/;
const QUOTE_CLOSE = /[”」’]/;

/** The sentence around [at, at+len): up to NEAR characters each side, not past 。！？；. */
function around(folded: string, at: number, len: number): string {
  const before =
    folded
      .slice(Math.max(0, at - NEAR), at)
      .split(/[。！？；]/)
      .pop() ?? '';
  const after = folded.slice(at + len, at + len + NEAR).split(/[。！？；]/)[0] ?? '';
  return before + '\u0000' + after;
}

/** Whether an occurrence of a form at `at` (length `len`) in folded text keeps the entry's sense. */
export function senseOk(folded: string, at: number, len: number, g: SenseGuard): boolean {
  const quoted = QUOTE_OPEN.test(folded[at - 1] ?? '') && QUOTE_CLOSE.test(folded[at + len] ?? '');
  // Past a closing quotation mark: “两新”组织 is as much 两新组织 as the unquoted form.
  const tail = folded.slice(at + len + (quoted ? 1 : 0));
  if (g.notBefore?.some((w) => tail.startsWith(w))) return false;
  const head = folded.slice(0, at - (quoted ? 1 : 0));
  if (g.notAfter?.some((w) => head.endsWith(w))) return false;
  if (g.near && !quoted) {
    const ctx = around(folded, at, len);
    if (!g.near.some((w) => ctx.includes(w))) return false;
  }
  return true;
}

/** The sense guard of an entry, or undefined when it has none (most entries). */
export function senseGuardOf(e: SenseGuard): SenseGuard | undefined {
  if (!e.notBefore && !e.notAfter && !e.near) return undefined;
  return {
    ...(e.notBefore ? { notBefore: e.notBefore } : {}),
    ...(e.notAfter ? { notAfter: e.notAfter } : {}),
    ...(e.near ? { near: e.near } : {}),
  };
}

/** A document-level sense: a short form read as the lexicon's formulation only in a document that
 * names its field (双创 with 大众创业 or 创新创业) and none of another sense's (创建文明城市、卫生城市). */
export interface DocSense {
  docWith?: readonly string[];
  docWithout?: readonly string[];
}

/** Whether the folded text of a whole document lets the entry's form keep its sense there. */
export function docSenseOk(docFolded: string, e: DocSense): boolean {
  if (e.docWith && !e.docWith.some((w) => docFolded.includes(w))) return false;
  return !e.docWithout?.some((w) => docFolded.includes(w));
}
