// Repeated character pairs across the clauses of a sentence (政治过硬、本领过硬、作风过硬; a closing run of
// short members, tightRun), leaving
// out common pairs (的, 我们, 发展…). These loops run for every 金句 candidate of an import: a
// string and a regular expression per pair made them most of its scoring time, so pairs are read
// as code units and counted in a table reused by every call.

const COMMON_UNIT = new Uint8Array(0x10000);
for (const c of '的了和与是在也都要把对为而及一个') COMMON_UNIT[c.charCodeAt(0)] = 1;
/** First unit → second units of the common words. */
const COMMON_WORDS = new Map<number, number[]>();
for (const w of '我们 发展 建设 国家 社会 工作 推进 加强 现代'.split(' '))
  COMMON_WORDS.set(w.charCodeAt(0), [...(COMMON_WORDS.get(w.charCodeAt(0)) ?? []), w.charCodeAt(1)]);
/** 1 for the first unit of a common word: most pairs need no map lookup. */
const COMMON_FIRST = new Uint8Array(0x10000);
for (const a of COMMON_WORDS.keys()) COMMON_FIRST[a] = 1;
/** Whether the pair of units a, b is common: one of 的了和与是在也都要把对为而及一个, or a common word. */
export function commonPair(a: number, b: number): boolean {
  return (
    COMMON_UNIT[a] === 1 ||
    COMMON_UNIT[b] === 1 ||
    (COMMON_FIRST[a] === 1 && (COMMON_WORDS.get(a)?.includes(b) ?? false))
  );
}

// How many parts hold each pair of units, in an open-addressing table reused by every call (a
// sentence has a few hundred pairs at most): no Map or Set made per candidate. A pair's key is its
// two units (distinct pairs, distinct keys); `stamp` marks the slots of the current call.
let bits = 10;
let keyAt = new Int32Array(1 << bits);
let stampAt = new Int32Array(1 << bits);
let countAt = new Int32Array(1 << bits);
let partAt = new Int32Array(1 << bits);
let stamp = 0;

/** A pair of characters (not a common one) found in three of the parts. */
export function repeatedInThree(parts: string[]): boolean {
  const pairs = parts.reduce((n, p) => n + p.length, 0);
  if (pairs * 2 > 1 << bits) {
    while (pairs * 2 > 1 << bits) bits++;
    keyAt = new Int32Array(1 << bits);
    stampAt = new Int32Array(1 << bits);
    countAt = new Int32Array(1 << bits);
    partAt = new Int32Array(1 << bits);
  }
  const mask = (1 << bits) - 1;
  stamp++;
  for (let part = 0; part < parts.length; part++) {
    const p = parts[part]!;
    for (let i = 0; i + 1 < p.length; i++) {
      const a = p.charCodeAt(i);
      const b = p.charCodeAt(i + 1);
      if (commonPair(a, b)) continue;
      const key = (a << 16) | b;
      let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
      while (stampAt[slot] === stamp && keyAt[slot] !== key) slot = (slot + 1) & mask;
      if (stampAt[slot] !== stamp) {
        stampAt[slot] = stamp;
        keyAt[slot] = key;
        countAt[slot] = 0;
        partAt[slot] = -1;
      }
      if (partAt[slot] === part) continue; // each part counts a pair once
      partAt[slot] = part;
      if (++countAt[slot]! >= 3) return true;
    }
  }
  return false;
}

/** 老有所养、病有所医、住有所居, 体现人民意愿、维护人民利益、接受人民监督: a run of three or more short
 * listed members of one shape closing a longer sentence (the first member read from the end of its
 * clause, after the lead-in 努力让全体人民), one word said in each (有所, 人民), is as tight as a sentence of
 * short clauses (a shape alone is not enough: 进博会、广交会、服贸会 is a list of names). */
export function tightRun(ce: string[]): boolean {
  for (let i = 0; i + 2 < ce.length; i++) {
    const n = ce[i + 1]!.length;
    if (n < 3 || n > 6 || ce[i]!.length < n) continue;
    const run = [ce[i]!.slice(-n)];
    let j = i + 1;
    for (; j < ce.length && ce[j]!.length === n; j++) run.push(ce[j]!);
    // (A run the sentence goes on after, 来自人民、植根人民、服务人民，一旦…, is its lead-in, not its close.)
    if (j === ce.length && run.length >= 3 && repeatedInThree(run)) return true;
  }
  return false;
}

/** Whether b contains a phrase of n characters of a. */
export function sharedPhrase(a: string, b: string, n: number): boolean {
  for (let k = 0; k + n <= a.length; k++) if (b.includes(a.slice(k, k + n))) return true;
  return false;
}

/** 反复: a phrase of three or more characters said again in another clause (前所未有…前所未有). */
export function repeatedPhrase(text: string, parts: string[]): boolean {
  if (text.length > 30) return false;
  for (let i = 0; i < parts.length; i++)
    for (let k = 0; k + 3 <= parts[i]!.length; k++) {
      const g = parts[i]!.slice(k, k + 3);
      if (parts.some((p, j) => j > i && p.includes(g))) return true;
    }
  return false;
}
