// Numbers panel of a comparison: the headline indicators side by side, then sentences that
// changed only in their figures (the same wording with different numbers).
import type { NumberChange } from '../../contract/api.js';
import { readIndicators, sameValue, INDICATORS } from './indicators.js';
import type { SentencePairs } from './align.js';
import type { DocUnits } from './units.js';

const MAX_OTHER = 40;
const DIGITS = /\d+(?:\.\d+)?/g;

/** A year (一、2024年工作回顾) changes every year: not a figure worth listing. */
const isYear = (x: string) => /^(19|20)\d\d$/.test(x);

function otherChanges(older: DocUnits, newer: DocUnits, pairs: SentencePairs, skip: Set<string>): NumberChange[] {
  const out: NumberChange[] = [];
  for (const n of [...pairs.changed].sort((x, y) => x - y)) {
    const o = older.sentences[pairs.newToOld.get(n)!]!;
    const s = newer.sentences[n]!;
    if (o.key.replace(DIGITS, '#') !== s.key.replace(DIGITS, '#')) continue;
    const on = o.text.match(DIGITS) ?? [];
    const nn = s.text.match(DIGITS) ?? [];
    const diff = nn.map((x, i) => [on[i] ?? '', x] as const).filter(([a, b]) => a !== b);
    if (!diff.length || diff.every(([a, b]) => isYear(a) && isYear(b)) || skip.has(s.text)) continue;
    out.push({
      label: s.text.length > 40 ? s.text.slice(0, 40) + '…' : s.text,
      older: diff.map(([a]) => a).join('、'),
      newer: diff.map(([, b]) => b).join('、'),
      olderParagraph: o.paragraph,
      newerParagraph: s.paragraph,
      olderSentence: o.text,
      newerSentence: s.text,
      changed: true,
      kind: 'other',
    });
    if (out.length >= MAX_OTHER) break;
  }
  return out;
}

export function numberChanges(older: DocUnits, newer: DocUnits, pairs: SentencePairs): NumberChange[] {
  const a = readIndicators(older.sentences);
  const b = readIndicators(newer.sentences);
  const targets: NumberChange[] = [];
  for (const { label } of INDICATORS) {
    const x = a.get(label);
    const y = b.get(label);
    if (!x && !y) continue;
    targets.push({
      label,
      older: x?.value ?? null,
      newer: y?.value ?? null,
      olderParagraph: x?.paragraph ?? null,
      newerParagraph: y?.paragraph ?? null,
      olderSentence: x?.sentence ?? '',
      newerSentence: y?.sentence ?? '',
      changed: !x || !y || !sameValue(x.value, y.value),
      kind: 'target',
    });
  }
  const shown = new Set(targets.map((t) => t.newerSentence));
  return [...targets, ...otherChanges(older, newer, pairs, shown)];
}
