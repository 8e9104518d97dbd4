// Options of a JSON bank item in the shapes found in the wild: a list of strings, a list of objects
// ({label, content}, {key, text}, {id, value}, {fldOptionText, fldOptionIndex}, {text, isCorrect}),
// an object {A: …, B: …}, a JSON string of one of those, or one string ("A. 甲\nB. 乙", "甲|乙").
// Each option keeps its label (A, T, 1 …) so an answer that names a label maps with certainty, and
// the options an object marks correct.
import { splitOptions } from './import-option-text.js';

export interface OptionList {
  texts: string[];
  /** The option's own label (“A”, “T”, “3”), or null. */
  labels: (string | null)[];
  /** Indexes marked correct by the options themselves ({isCorrect: true}); null when none say. */
  flagged: number[] | null;
}

const EMPTY: Readonly<OptionList> = Object.freeze({ texts: [], labels: [], flagged: null });
const NONE = /^(?:无|没有|none|null|n\/a|-+|\/)?$/i;
// The option's text, in order of preference ({value: "1", name: "攻击时"} reads the name).
const TEXT_KEYS = [/text|文本|文字/i, /content|内容/i, /desc/i, /name/i, /title/i, /value/i, /option|选项/i];
const LABEL_KEY =
  /^(?:label|key|id|letter|code|no|num|index|optionname|序号|标号|选项号)$|(?:index|label|key|letter|id)$/i;
const FLAG_KEY = /^(?:is)?(?:correct|right|answer|true)$|^iscorrect|^isright|^isanswer|^(?:是否)?(?:正确|答案)$/i;

const scalar = (v: unknown): string | null =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : null;

/** The text of an object that wraps one ({文本: …, 图片: null}, {text: …}); '' when it holds none. */
export const textOf = (o: Record<string, unknown>): string => fromObject(o).text;

function fromObject(o: Record<string, unknown>): { text: string; label: string | null; flag: boolean | null } {
  const keys = Object.keys(o);
  const labelKey = keys.find((k) => LABEL_KEY.test(k.replace(/[_\s-]/g, '')) && (scalar(o[k]) ?? '').length <= 3);
  // true/false, or 1/0 as exports from databases write it ({content, isRight: 1}).
  const flagKey = keys.find(
    (k) => FLAG_KEY.test(k.replace(/[_\s-]/g, '')) && (typeof o[k] === 'boolean' || o[k] === 0 || o[k] === 1),
  );
  const textKey =
    TEXT_KEYS.map((re) => keys.find((k) => k !== labelKey && re.test(k) && scalar(o[k]))).find(Boolean) ??
    keys
      .filter((k) => k !== labelKey && scalar(o[k]))
      .sort((a, b) => (scalar(o[b]) ?? '').length - (scalar(o[a]) ?? '').length)[0];
  return {
    text: textKey === undefined ? '' : (scalar(o[textKey]) ?? ''),
    label: labelKey === undefined ? null : scalar(o[labelKey]),
    flag: flagKey === undefined ? null : Boolean(o[flagKey]),
  };
}

function fromList(list: unknown[]): OptionList {
  const items = list.map((v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? fromObject(v as Record<string, unknown>)
      : { text: scalar(v) ?? '', label: null, flag: null },
  );
  const flags = items.map((i) => i.flag);
  return {
    texts: items.map((i) => i.text),
    labels: items.map((i) => i.label),
    flagged: flags.some((f) => f !== null) ? flags.flatMap((f, i) => (f ? [i] : [])) : null,
  };
}

export function optionsOf(v: unknown): OptionList {
  if (Array.isArray(v)) return fromList(v);
  if (v && typeof v === 'object') {
    // {A: 甲, B: 乙} (or {正确: 正确, 错误: 错误}): the keys are the labels.
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => scalar(x));
    return { texts: entries.map(([, x]) => scalar(x)!), labels: entries.map(([k]) => k), flagged: null };
  }
  const s = scalar(v) ?? '';
  if (NONE.test(s)) return { ...EMPTY };
  if (/^[[{]/.test(s)) {
    try {
      return optionsOf(JSON.parse(s));
    } catch {
      // not JSON after all: read it as text below
    }
  }
  return { ...EMPTY, texts: splitOptions(s), labels: [] };
}

/** Answer tokens (“A B”, “T”, “3”, [1, 3]) that all name option labels → letters; else null. */
export function answerFromLabels(answer: unknown, labels: (string | null)[]): string | null {
  if (labels.length === 0 || labels.some((l) => l === null || l === '')) return null;
  const norm = labels.map((l) => l!.toLowerCase());
  const raw = Array.isArray(answer) ? answer.map((a) => scalar(a) ?? '') : [scalar(answer) ?? ''];
  let tokens = raw.flatMap((a) => a.split(/[\s,，、;；|/]+/)).filter(Boolean);
  // “ABD” against single-letter labels.
  if (tokens.length === 1 && norm.every((l) => l.length === 1) && !norm.includes(tokens[0]!.toLowerCase()))
    tokens = [...tokens[0]!];
  const idx = tokens.map((t) => norm.indexOf(t.toLowerCase()));
  if (idx.length === 0 || idx.some((i) => i < 0)) return null;
  return [...new Set(idx)].map((i) => 'ABCDEFGH'[i] ?? '?').join('');
}
