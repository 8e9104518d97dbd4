// JSON question banks: arrays of objects (or an object wrapping the array, e.g. {data: [...]}),
// field names in any case or language (import-fields.ts). Known shapes from the 学习强国
// ecosystem keep their format name: {question, answer, option…}, {category, content, options[],
// answer, notes}, rows {id, catagory, content, options "a|b|c", answer, note}. Options may sit in
// the stem separated by |; answers may be letters, option text or option indexes.
import { ApiError } from '../../contract/api.js';
import { fieldKey, indexesToLetters, indexValues, splitStemOptions } from './import-fields.js';
import type { RawItem } from './import-normalize.js';
import { splitOptions } from './import-normalize.js';

export type Parsed = { format: string; rows: (RawItem | string)[] };

const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Array.isArray(v) ? v.map(str).join('|') : '';

function optionsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter(Boolean);
  if (v && typeof v === 'object')
    return Object.values(v as Record<string, unknown>)
      .map(str)
      .filter(Boolean); // {A: …, B: …}
  return typeof v === 'string' && v.trim() ? splitOptions(v) : [];
}

function tagsOf(...vals: unknown[]): string[] {
  return vals
    .flatMap((v) => str(v).split(/[,，、;；|]/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The known 学习强国 shapes keep their names in the import report; anything else is `json`. */
function formatOf(o: Record<string, unknown>): string {
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
  if (data && !Array.isArray(data) && typeof data === 'object') {
    const inner = Object.values(data as Record<string, unknown>).find(Array.isArray);
    data = inner;
  }
  if (!Array.isArray(data)) throw new ApiError('BAD_INPUT', '题库 JSON 应为题目数组（或包含题目数组的对象）。');
  const objects = data.map((r) =>
    r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>) : null,
  );
  // Option indexes count from 0 when any item of the file answers 0, else from 1.
  const zeroBased = objects.some((o) => {
    const k = o ? fieldKey(Object.keys(o), 'answer') : undefined;
    return k !== undefined && (indexValues(o![k]) ?? []).includes(0);
  });
  let format = 'json';
  const rows = objects.map((o): RawItem | string => {
    if (!o) return '不是题目对象';
    const keys = Object.keys(o);
    const stemKey = fieldKey(keys, 'stem');
    if (!stemKey) return '缺少题目字段（question、题目 或 content）';
    format = formatOf(o);
    const optKey = fieldKey(keys, 'options');
    const ansKey = fieldKey(keys, 'answer');
    let stem = str(o[stemKey]);
    let options = optKey ? optionsOf(o[optKey]) : [];
    if (options.length === 0) {
      const inStem = splitStemOptions(stem);
      if (inStem) ({ stem, options } = inStem);
    }
    const rawAnswer = ansKey ? o[ansKey] : '';
    const idx = indexValues(rawAnswer);
    // “2” is an index only when no option reads “2”.
    const byIndex = idx && options.length > 0 && !options.includes(str(rawAnswer).trim());
    const answer = byIndex ? indexesToLetters(idx, zeroBased) : str(rawAnswer);
    const noteKey = fieldKey(keys, 'explanation');
    const tagKey = fieldKey(keys, 'tags');
    return {
      stem,
      options,
      answer,
      explanation: noteKey ? str(o[noteKey]) : '',
      tags: tagKey ? tagsOf(o[tagKey]) : [],
    };
  });
  return { format, rows };
}
