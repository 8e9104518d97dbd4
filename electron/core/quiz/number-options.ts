// The options of a figure question: figures of the same unit from elsewhere in the library,
// closest in size first, each apart from the key and written like it; and the checks that keep a
// changed figure a fair false statement.
import type { Sentence } from '../text/sentences.js';
import { CHANGE_OF_FIGURE, keepsOrder } from './number-stem.js';
import type { SourceDoc } from './types.js';
import { escapeRegExp } from '../text/escape-regexp.js';

export interface NumberFact {
  doc: SourceDoc;
  paragraph: number;
  clause: Sentence;
  /** Offsets of the blank (value + magnitude) relative to the clause. */
  blank: { start: number; end: number; text: string };
  unit: string;
  value: number;
}

export const magnitudeOf = (text: string) => /万亿|亿|万/.exec(text)?.[0] ?? '';

/** Digits after the decimal point of a figure (0 for 5, 2 for 5.95). */
const decimals = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

export function magnitude(m: string | undefined): number {
  return m === '万亿' ? 1e12 : m === '亿' ? 1e8 : m === '万' ? 1e4 : 1;
}

/** A changed figure contradicts an exact one when it is a different number not in the clause. */
export function contradicts(f: NumberFact, value: string): boolean {
  const n = Number(value.replace(/万亿|亿|万/, ''));
  const scaled = n * magnitude(/万亿|亿|万/.exec(value)?.[0]);
  return Number.isFinite(scaled) && scaled !== f.value && !f.clause.text.includes(value + f.unit);
}

/** Options closer than this (relative) ask for a decimal nobody learns: 增长9% / 9.1% / 8.9%. */
const MIN_GAP = 0.05;

/** Whether `value` stands in the clause as another figure of the same unit (由2476元增加到4140元:
 * 2476 is no distractor for 4140, the stem shows what it is). */
function shownIn(f: NumberFact, value: string): boolean {
  return new RegExp(`(?<![\\d.．])${escapeRegExp(value)}${escapeRegExp(f.unit)}`).test(f.clause.text);
}

export function distractorsFor(f: NumberFact, pool: Map<string, NumberFact[]>): string[] {
  const same = pool.get(f.unit) ?? [];
  const near = same
    .filter((o) => o.value > 0)
    .map((o) => ({ o, d: Math.abs(Math.log((o.value || 1) / (f.value || 1))) }))
    .filter((x) => (f.unit === '年' ? Math.abs(x.o.value - f.value) <= 30 : x.d < 2.5))
    .sort((a, b) => a.d - b.d);
  // Nearby, but each option apart from the key and from the others chosen before it.
  // (Years stay over a decade apart: 2035年 / 2049年, not 2035年 / 2036年.)
  const gap = f.unit === '年' ? 0.005 : MIN_GAP;
  const taken = [f.value];
  const apart = (v: number) => taken.every((t) => Math.abs(v - t) / Math.max(v, t) > gap);
  // A target year stays on the key's side of the document's year (到2010年, never 到1997年 in 2001).
  const side = (y: number) => (f.doc.year === null ? 0 : Math.sign(y - f.doc.year));
  const out: string[] = [];
  for (const { o } of near) {
    if (out.length === 8) break;
    if (!apart(o.value) || out.includes(o.blank.text) || shownIn(f, o.blank.text)) continue;
    // Nor one the stem refutes (由54.9%提高到____%: not 47).
    if (CHANGE_OF_FIGURE.test(f.clause.text) && !keepsOrder(f.clause.text, f.blank, f.unit, f.value, o.value)) continue;
    // Written like the key (1.07万亿 beside 12343亿, 46947万 beside 1.7亿 single the key out; so do
    // 5.95 beside 5 and 20.36 beside 17.8: no more decimals than the key, or one).
    if (magnitudeOf(o.blank.text) !== magnitudeOf(f.blank.text)) continue;
    if (decimals(o.blank.text) > Math.max(1, decimals(f.blank.text))) continue;
    if (f.unit === '年' && side(o.value) !== side(f.value)) continue;
    taken.push(o.value);
    out.push(o.blank.text);
  }
  return out;
}

/** Whether the key stands apart from every distractor by its size (粮食产量50150万吨 beside 5000万,
 * 6500万 and 8000万): the options then give it away. Rates (%) are left alone: 0.2% beside 0.9%
 * and 1.8% is a fair choice. */
export function keyStandsApart(f: NumberFact, options: readonly string[]): boolean {
  if (f.unit === '%') return false;
  const others = options
    .filter((o) => o !== f.blank.text)
    .map((o) => Number(o.replace(/万亿|亿|万/, '')) * magnitude(magnitudeOf(o)));
  return others.every((v) => v * KEY_APART < f.value) || others.every((v) => v > f.value * KEY_APART);
}

/** How many times larger (or smaller) than all distractors a key stands apart. */
const KEY_APART = 3;
