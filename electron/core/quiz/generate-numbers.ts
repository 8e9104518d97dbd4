// Numbers and dates in reports (`全国累计选派驻村第一书记51.8万人`) → 填空, 单选 and 判断.
// The blank is the value with its magnitude (51.8万); the unit (人) stays visible. Distractors
// are values with the same unit found elsewhere in the library, closest in size first.
import { buildOptions } from './options.js';
import { hashString, seededRng } from './rng.js';
import { splitClauses, splitSentences, type Sentence } from './sentences.js';
import { docLabel } from './source.js';
import type { QuestionDraft, QuizSource, SourceDoc } from './types.js';

const UNITS =
  '万亿元|亿元|万元|元|万人次|万人|亿人|人|万户|户|万公里|公里|万吨|亿吨|吨|万亩|亿亩|亩|万个|个|倍|项|家|所|座|%|年';
const NUMBER = new RegExp(`(\\d+(?:\\.\\d+)?)(万亿|亿|万)?(${UNITS})`, 'g');

interface NumberFact {
  doc: SourceDoc;
  paragraph: number;
  clause: Sentence;
  /** Offsets of the blank (value + magnitude) relative to the clause. */
  blank: { start: number; end: number; text: string };
  unit: string;
  value: number;
}

function magnitude(m: string | undefined): number {
  return m === '万亿' ? 1e12 : m === '亿' ? 1e8 : m === '万' ? 1e4 : 1;
}

function findFacts(doc: SourceDoc): NumberFact[] {
  const out: NumberFact[] = [];
  doc.paragraphs.forEach((p, pi) => {
    if (p.kind !== 'p') return;
    for (const sentence of splitSentences(p.text)) {
      for (const clause of splitClauses(sentence)) {
        const han = clause.text.match(/\p{Script=Han}/gu)?.length ?? 0;
        if (clause.text.length > 70 || han < 6) continue;
        for (const m of clause.text.matchAll(NUMBER)) {
          const [, value = '', mag, unit = ''] = m;
          const at = m.index ?? 0;
          // A year (e.g. 2024年) is a date fact only when it has four digits; skip ages like 3年.
          if (unit === '年' && !/^(1[89]|20)\d\d$/.test(value)) continue;
          // Skip digits glued to other digits or letters (ids, ranges such as 3-5).
          const before = clause.text[at - 1] ?? '';
          if (/[\d.\-—~～A-Za-z]/.test(before)) continue;
          const text = value + (mag ?? '');
          out.push({
            doc,
            paragraph: pi,
            clause,
            blank: { start: at, end: at + text.length, text },
            unit,
            value: Number(value) * magnitude(mag),
          });
        }
      }
    }
  });
  return out;
}

const BOUND_BEFORE = /(超过|多于|高于|不低于|至少|突破|近|约|接近|逾|不到|不足|低于|不超过|小于|大于|力争|以上|左右)$/;
const BOUND_AFTER = /^(?:万亿|亿|万)?(?:[^\d，。；]{0,3})?(以上|以下|以内|左右|多|余|上下|之内|开外)/;

/** Whether the figure is a bound or an approximation (超过3%、5%左右、1270万人以上). */
function boundOrApprox(f: NumberFact): boolean {
  const before = f.clause.text.slice(Math.max(0, f.blank.start - 3), f.blank.start);
  const after = f.clause.text.slice(f.blank.end, f.blank.end + 6);
  return BOUND_BEFORE.test(before) || BOUND_AFTER.test(after);
}

/** A changed figure contradicts an exact one when it is a different number not in the clause. */
function contradicts(f: NumberFact, value: string): boolean {
  const n = Number(value.replace(/万亿|亿|万/, ''));
  const scaled = n * magnitude(/万亿|亿|万/.exec(value)?.[0]);
  return Number.isFinite(scaled) && scaled !== f.value && !f.clause.text.includes(value + f.unit);
}

function distractorsFor(f: NumberFact, pool: Map<string, NumberFact[]>): string[] {
  const same = pool.get(f.unit) ?? [];
  return same
    .filter((o) => o.value !== f.value && o.value > 0)
    .map((o) => ({ o, d: Math.abs(Math.log((o.value || 1) / (f.value || 1))) }))
    .filter((x) => (f.unit === '年' ? Math.abs(x.o.value - f.value) <= 30 : x.d < 2.5))
    .sort((a, b) => a.d - b.d)
    .slice(0, 8)
    .map((x) => x.o.blank.text);
}

export function generateFromNumbers(src: QuizSource, perDoc = 12): QuestionDraft[] {
  const facts = [...src.docs.values()].map(findFacts);
  const pool = new Map<string, NumberFact[]>();
  for (const f of facts.flat()) pool.set(f.unit, [...(pool.get(f.unit) ?? []), f]);
  const out: QuestionDraft[] = [];
  for (const docFacts of facts) {
    const seenClause = new Set<string>();
    let made = 0;
    for (const f of docFacts) {
      if (made >= perDoc) break;
      if (seenClause.has(f.clause.text)) continue;
      seenClause.add(f.clause.text);
      const rng = seededRng(hashString(f.doc.id + f.clause.text + f.blank.start));
      const label = docLabel(f.doc);
      const base = {
        factKind: 'number' as const,
        docId: f.doc.id,
        paragraph: f.paragraph,
        start: f.clause.start,
        end: f.clause.end,
        fact: f.clause.text,
        explanation: `${label}：${f.clause.text}`,
        tags: [f.unit === '年' ? '时间' : '数据'],
        blanks: [f.blank],
      };
      const shown = f.clause.text.slice(0, f.blank.start) + '____' + f.clause.text.slice(f.blank.end);
      const kindPick = made % 3;
      if (kindPick === 0) {
        out.push({ ...base, kind: '填空', stem: `根据${label}填空：`, options: [], correct: [] });
      } else {
        const others = distractorsFor(f, pool);
        const opts = buildOptions(f.blank.text, others, rng);
        if (!opts) {
          out.push({ ...base, kind: '填空', stem: `根据${label}填空：`, options: [], correct: [] });
        } else if (kindPick === 1) {
          out.push({
            ...base,
            kind: '单选',
            stem: `根据${label}：${shown}\n横线处应为？`,
            options: opts.options,
            correct: [opts.correct],
          });
        } else if (boundOrApprox(f)) {
          // “超过3%”, “5%左右”: a changed number may still be implied by the text, so no 判断.
          out.push({
            ...base,
            kind: '单选',
            stem: `根据${label}：${shown}\n横线处应为？`,
            options: opts.options,
            correct: [opts.correct],
          });
        } else {
          // 判断: half the statements are true, the rest swap in a library value that the text
          // contradicts (an exact figure, and a different one).
          const truthful = rng() < 0.5;
          const wrong = opts.options.find((o, i) => i !== opts.correct && contradicts(f, o)) as string;
          if (!truthful && !wrong) continue;
          const shownValue = truthful ? f.blank.text : wrong;
          const statement = f.clause.text.slice(0, f.blank.start) + shownValue + f.clause.text.slice(f.blank.end);
          out.push({
            ...base,
            kind: '判断',
            stem: `判断正误：${label}指出，“${statement}”`,
            options: ['正确', '错误'],
            correct: [truthful ? 0 : 1],
          });
        }
      }
      made++;
    }
  }
  return out;
}
