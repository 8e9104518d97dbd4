// Anki text exports: `#separator:tab|comma|semicolon|…` and other `#key:value` headers, then one
// note per line: front, back, optional tags column. Cloze fronts ({{c1::…}}) become 填空.
import Papa from 'papaparse';
import { ApiError } from '../../contract/errors.js';
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
  const column = (name: string) => Number(headers.get(`${name} column`) ?? 0) - 1;
  const tagsCol = column('tags');
  // Anki 2.1.55+ may put the note's guid, note type and deck in columns of their own (#guid column:1,
  // #notetype column:2, #deck column:3): they are no fields; the note's fields are the other columns.
  const meta = new Set([tagsCol, column('guid'), column('notetype'), column('deck')].filter((c) => c >= 0));
  const html = headers.get('html') === 'true';
  const body = lines.slice(i).join('\n');
  const res = Papa.parse<string[]>(body, { delimiter: sep, skipEmptyLines: true, quoteChar: '"' });
  const rows = res.data.map((cols): RawItem | string => {
    const clean = (s: string | undefined) => (html ? htmlToText(s ?? '').trim() : (s ?? '').trim());
    const fields = cols.filter((_, c) => !meta.has(c));
    if (fields.length < 1 || !clean(fields[0])) return '缺少正面内容';
    const tags = tagsCol >= 0 ? (cols[tagsCol] ?? '').split(/\s+/).filter(Boolean) : [];
    if (!/\{\{c\d+::/.test(clean(fields[0])) && fields.length < 2) return `第 ${cols.length} 列：缺少背面（答案）`;
    // A front that is only a number (up to 999: 1921 may be a year's card) is a table's 题号 column, its
    // header not read: which column holds the question and which the key is not known, so no note.
    if (fields.length >= 3 && /^\d{1,3}[.．、]?$/.test(clean(fields[0])))
      return '这一行的第一列只是题号，看不出哪一列是题目、哪一列是答案：请在第一行写明表头（如“题号、题目、答案”）后再导入';
    return ankiNote(clean(fields[0]), clean(fields[1]), clean(fields[2]), tags);
  });
  return { format: 'anki', rows };
}

/** A statement (no blank, no question) backed by one truth word (对, 错, √, ×, 正确, 错误) is a 判断. */
const TRUTH_BACK = /^(?:对|错|正确|错误|√|×|✓|✗|✔|✘)[。.]?$/;
const ASKS = /（\s*）|\(\s*\)|_{2,}|＿{2,}|[？?]/;

/** One Anki note (front, back and an extra field, as text): our own export's layout, a cloze (填空,
 * the back its 解析), a statement judged by its back, or a question and its answer. */
export function ankiNote(front: string, back: string, extra: string, tags: string[]): RawItem | string {
  if (!front) return '缺少正面内容';
  const own = back ? fromOwnAnki(front, back, tags) : null;
  if (own) return own;
  const isCloze = /\{\{c\d+::/.test(front);
  if (isCloze)
    return { stem: front, options: [], answer: '', explanation: [back, extra].filter(Boolean).join('\n'), tags };
  if (!back) return '缺少背面（答案）';
  const judged = TRUTH_BACK.test(back) && !ASKS.test(front) && !/\n\s*[A-H][.．、]/.test(front);
  return { stem: front, options: [], answer: back, explanation: extra, tags, ...(judged ? { type: '判断' } : {}) };
}
