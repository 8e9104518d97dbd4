// JSON question banks from the 学习强国 ecosystem: arrays of {question, answer, wrongAnswer,
// option, datetime}, {category, content, options[], answer, excludes, notes} or rows
// {id, catagory, content, options "a|b|c", answer, note}; also wrapped as {data: [...]}.
import { ApiError } from '../../contract/api.js';
import type { RawItem } from './import-normalize.js';
import { splitOptions } from './import-normalize.js';

export type Parsed = { format: string; rows: (RawItem | string)[] };

const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Array.isArray(v) ? v.map(str).join('|') : '';

function optionsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter(Boolean);
  return typeof v === 'string' && v.trim() ? splitOptions(v) : [];
}

function tagsOf(...vals: unknown[]): string[] {
  return vals
    .flatMap((v) => str(v).split(/[,，、;；|]/))
    .map((s) => s.trim())
    .filter(Boolean);
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
  let format = 'json';
  const rows = data.map((r: unknown): RawItem | string => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) return '不是题目对象';
    const o = r as Record<string, unknown>;
    if ('question' in o) {
      format = 'json-question';
      return {
        stem: str(o.question),
        options: optionsOf(o.option ?? o.options),
        answer: str(o.answer),
        explanation: str(o.notes ?? o.note ?? ''),
        tags: tagsOf(o.category),
      };
    }
    if ('content' in o) {
      format = Array.isArray(o.options) ? 'json-content' : 'json-rows';
      return {
        stem: str(o.content),
        options: optionsOf(o.options),
        answer: str(o.answer),
        explanation: str(o.notes ?? o.note ?? ''),
        tags: tagsOf(o.category ?? o.catagory),
      };
    }
    return '缺少题目字段（question 或 content）';
  });
  return { format, rows };
}
