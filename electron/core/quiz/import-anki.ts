// Anki text exports: `#separator:tab|comma|semicolon|…` and other `#key:value` headers, then one
// note per line: front, back, optional tags column. Cloze fronts ({{c1::…}}) become 填空.
import Papa from 'papaparse';
import { ApiError } from '../../contract/api.js';
import type { Parsed } from './import-json.js';
import type { RawItem } from './import-normalize.js';
import { fromOwnAnki } from './import-own-anki.js';
import { htmlToText } from './import-stem.js';

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

export function parseAnkiText(text: string): Parsed {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headers = new Map<string, string>();
  let i = 0;
  for (; i < lines.length && (lines[i] ?? '').startsWith('#'); i++) {
    const m = /^#([\w ]+):(.*)$/.exec(lines[i] ?? '');
    if (m) headers.set((m[1] ?? '').trim().toLowerCase(), (m[2] ?? '').trim());
  }
  const sepName = (headers.get('separator') ?? 'tab').toLowerCase();
  const sep = SEPARATORS[sepName] ?? (sepName.length === 1 ? sepName : null);
  if (!sep) throw new ApiError('BAD_INPUT', `无法识别 Anki 分隔符“${sepName}”。`);
  const tagsCol = Number(headers.get('tags column') ?? 0) - 1;
  const html = headers.get('html') === 'true';
  const body = lines.slice(i).join('\n');
  const res = Papa.parse<string[]>(body, { delimiter: sep, skipEmptyLines: true, quoteChar: '"' });
  const rows = res.data.map((cols): RawItem | string => {
    const clean = (s: string | undefined) => (html ? htmlToText(s ?? '').trim() : (s ?? '').trim());
    if (cols.length < 1 || !clean(cols[0])) return '缺少正面内容';
    const front = clean(cols[0]);
    const tags = tagsCol >= 0 ? (cols[tagsCol] ?? '').split(/\s+/).filter(Boolean) : [];
    const own = cols.length >= 2 ? fromOwnAnki(front, clean(cols[1]), tags) : null;
    if (own) return own;
    const isCloze = /\{\{c\d+::/.test(front);
    if (!isCloze && cols.length < 2) return `第 ${cols.length} 列：缺少背面（答案）`;
    return {
      stem: front,
      options: [],
      answer: isCloze ? '' : clean(cols[1]),
      explanation: isCloze ? clean(cols[1]) : clean(cols[2] !== undefined && tagsCol !== 2 ? cols[2] : ''),
      tags,
    };
  });
  return { format: 'anki', rows };
}
