// JSON question banks: arrays of objects, objects holding such arrays anywhere near the top
// ({data: [...]}, {questions: [...]}, {easy: [...], hard: [...]}), or one object mapping each stem
// to its answer ({"题干|甲|乙": "甲"}, {"1.题干": ["A.甲 B.乙", "A.甲"]}, as 学习强国 helpers keep
// them). Field names in any case or language (import-fields.ts), options in any shape
// (import-options.ts). Answers may be letters, labels, option text or option indexes; indexes
// count from 0 or 1 only when the file shows which, otherwise the item is invalid, never guessed.
import { ApiError } from '../../contract/errors.js';
import {
  answerKeys,
  dropTrailingEmpty,
  fieldKey,
  indexesToLetters,
  indexValues,
  optionColumns,
  splitStemOptions,
} from './import-fields.js';
import type { RawItem } from './import-normalize.js';
import { answerFromLabels, optionsOf, textOf } from './import-options.js';

export type Parsed = { format: string; rows: (RawItem | string)[] };
type Obj = Record<string, unknown>;
/** A read item and the raw answer value, still to be resolved when it is an option index. */
type Read = { raw: RawItem; value: unknown; resolved: boolean };

const str = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number'
      ? String(v)
      : typeof v === 'boolean'
        ? v
          ? '正确'
          : '错误'
        : Array.isArray(v)
          ? v.map(str).join('|')
          : isObj(v)
            ? textOf(v) // {文本: …, 图片: null}
            : '';
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const filled = (v: unknown) =>
  v !== null &&
  v !== undefined &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(isObj(v) && !Object.keys(v).length);

function tagsOf(v: unknown): string[] {
  return str(v)
    .split(/[,，、;；|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const isQuestion = (o: Obj) => {
  const keys = Object.keys(o);
  const usable = (k: string) => filled(o[k]);
  return (
    fieldKey(keys, 'stem', usable) !== undefined &&
    (answerKeys(keys, usable).length > 0 || !!fieldKey(keys, 'options', usable))
  );
};

/** Every array of question objects within three levels of the top, in document order. */
function questionLists(v: unknown, depth = 0): Obj[] {
  if (Array.isArray(v)) {
    const objs = v.filter(isObj);
    if (objs.length > 0 && objs.filter(isQuestion).length * 2 >= objs.length)
      return v.map((x) => (isObj(x) ? x : ({} as Obj)));
    return depth < 3 ? v.flatMap((x) => questionLists(x, depth + 1)) : [];
  }
  return isObj(v) && depth < 3 ? Object.values(v).flatMap((x) => questionLists(x, depth + 1)) : [];
}

/** {"题干": "答案"} or {"题干": ["A.甲 B.乙", "A.甲"]}: one object keyed by stems. */
function stemMap(o: Obj): Obj[] | null {
  const entries = Object.entries(o);
  const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number' || x === null;
  const ok = entries.every(([, v]) => scalar(v) || (Array.isArray(v) && v.length <= 3 && v.every(scalar)));
  if (entries.length === 0 || !ok || !entries.some(([k]) => k.length > 6)) return null;
  return entries.map(([k, v]) =>
    Array.isArray(v)
      ? { question: k, options: v.length > 1 ? v[0] : '', answer: v[v.length - 1] ?? '' }
      : { question: k, answer: v ?? '' },
  );
}

/** {question, answers: [...], correct: 0}: texts listed under an answer name are the options. */
const isTextList = (v: unknown) =>
  Array.isArray(v) && v.length >= 2 && v.every((x) => typeof x === 'string' && !/^\s*[A-Ha-h]?\s*$/.test(x));

function readItem(o: Obj): Read | string {
  const keys = Object.keys(o);
  const usable = (k: string) => filled(o[k]);
  const stemKey = fieldKey(keys, 'stem', usable);
  if (!stemKey) return '缺少题目字段（question、题目 或 content）';
  // {题干, 选项A, 选项B, …, 正确答案}: a table row saved as JSON (pandas to_json) keeps one key per option.
  const letterKeys = optionColumns(keys).map((i) => keys[i]!);
  const perOption = letterKeys.length >= 2;
  const optKey = perOption ? undefined : fieldKey(keys, 'options', usable);
  const ansKeys = answerKeys(
    keys.filter((k) => !letterKeys.includes(k)),
    usable,
  );
  let opts = perOption ? optionsOf(letterKeys.map((k) => o[k] ?? '')) : optionsOf(optKey ? o[optKey] : '');
  let ansKey = ansKeys[0];
  if (!optKey && !perOption && ansKeys.length > 1 && isTextList(o[ansKeys[0]!])) {
    opts = optionsOf(o[ansKeys[0]!]);
    ansKey = ansKeys[1];
  }
  let stem = str(o[stemKey]);
  let texts = dropTrailingEmpty(opts.texts);
  if (texts.length === 0) {
    const inStem = splitStemOptions(stem);
    if (inStem) ({ stem, options: texts } = inStem);
  }
  let value: unknown = ansKey === undefined ? '' : o[ansKey];
  if (ansKey === undefined && opts.flagged?.length) value = indexesToLetters(opts.flagged, true);
  const byLabel = ansKey === undefined ? null : answerFromLabels(value, opts.labels);
  const noteKey = fieldKey(keys, 'explanation', usable);
  const tagKey = fieldKey(keys, 'tags', usable);
  const typeKey = fieldKey(keys, 'type', usable);
  const raw: RawItem = {
    stem,
    options: texts,
    answer: byLabel ?? str(value),
    explanation: noteKey ? str(o[noteKey]) : '',
    tags: tagKey ? tagsOf(o[tagKey]) : [],
    type: typeKey ? str(o[typeKey]) : '',
  };
  return { raw, value, resolved: byLabel !== null || indexValues(value) === null || texts.length === 0 };
}

/** Option indexes: 0-based when an answer is 0, 1-based when one equals the option count;
 * when the file shows neither (or both), index answers are invalid. */
function resolveIndexes(items: (Read | string)[]): (RawItem | string)[] {
  const pending = items.filter((r): r is Read => typeof r !== 'string' && !r.resolved);
  const textHit = (r: Read) => r.raw.options.findIndex((o) => o.trim() === str(r.value).trim());
  const indexing = pending.filter((r) => textHit(r) < 0);
  const zero = indexing.some((r) => indexValues(r.value)!.includes(0));
  const one = indexing.some((r) => indexValues(r.value)!.some((i) => i >= r.raw.options.length));
  return items.map((r) => {
    if (typeof r === 'string') return r;
    if (r.resolved) return r.raw;
    const v = str(r.value).slice(0, 20);
    const hit = textHit(r);
    // A file whose numeric answers are all option texts (“1”, “2” among 1|2|3|4) answers by text.
    if (hit >= 0 && indexing.length === 0) return r.raw;
    if (zero === one)
      return `答案“${v}”是选项序号，但无法确定本文件的序号从 0 还是从 1 数起：请把答案改为字母（A、B…）或选项原文`;
    const idx = indexValues(r.value)!.map((i) => (zero ? i : i - 1));
    if (idx.some((i) => i < 0 || i >= r.raw.options.length)) return `答案“${v}”超出选项范围`;
    if (hit >= 0 && (idx.length !== 1 || idx[0] !== hit))
      return `答案“${v}”既是一个选项的文字，又是另一个选项的序号：请把答案改为字母（A、B…）`;
    return { ...r.raw, answer: indexesToLetters(idx, true) };
  });
}

/** The known 学习强国 shapes keep their names in the import report; anything else is `json`. */
function formatOf(o: Obj | undefined): string {
  if (!o) return 'json';
  if ('question' in o) return 'json-question';
  if ('content' in o) return Array.isArray(o.options) ? 'json-content' : 'json-rows';
  return 'json';
}

export function parseJsonBank(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ApiError('BAD_INPUT', `题库文件不是有效的 JSON：${(e as Error).message.slice(0, 80)}`);
  }
  let objects: (Obj | null)[];
  let format: string;
  if (Array.isArray(data)) {
    objects = data.map((r) => (isObj(r) ? r : null));
    format = formatOf(objects.find((o) => o !== null) ?? undefined);
  } else {
    const lists = isObj(data) ? questionLists(data) : [];
    const map = lists.length === 0 && isObj(data) ? stemMap(data) : null;
    if (lists.length === 0 && !map)
      throw new ApiError('BAD_INPUT', '题库 JSON 应为题目数组（或包含题目数组的对象，或“题目: 答案”对照表）。');
    objects = map ?? lists;
    format = map ? 'json-map' : formatOf(lists[0]);
  }
  const rows = resolveIndexes(objects.map((o) => (o && Object.keys(o).length ? readItem(o) : '不是题目对象')));
  return { format, rows };
}
