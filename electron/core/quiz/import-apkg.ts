// Anki packages (.apkg): a zip holding the deck's SQLite collection (collection.anki21, or
// collection.anki2 from older Anki) and its media. Each note's fields (notes.flds, parted by \x1f)
// are named by its note type (col.models); they are read as the text export's front and back are
// (import-anki.ts). Anki 2.1.50+ may export only a zstd-compressed collection.anki21b beside a stub
// collection.anki2 that asks to update Anki: that file cannot be read here, and says what to do.
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { ApiError } from '../../contract/errors.js';
import { ankiNote } from './import-anki.js';
import type { Parsed } from './import-json.js';
import type { RawItem } from './import-normalize.js';
import { htmlToText } from './import-stem.js';

const NEW_FORMAT =
  '这个 Anki 牌组是新版 Anki（2.1.50 及以后）的压缩格式，学习书架读不了：请在 Anki 中重新导出为“Anki 牌组包（*.apkg）”，勾选“支持旧版 Anki（较慢/较大）”后再导入；或导出为“纯文本笔记（*.txt）”。';
const NOT_A_DECK = '这个文件不是有效的 Anki 牌组包（.apkg）：请在 Anki 中用“导出”→“Anki 牌组包”重新导出后再导入。';

// Field names as Anki's own note types (English and Chinese UI) and shared decks write them.
const QUESTION = /^(?:front|question|text|正面|文字|问题|题目|题干|试题|问)$/i;
const OPTIONS = /^(?:options?|choices?|选项)$/i;
const ANSWER = /^(?:back|answer|背面|答案|正确答案|答)$/i;
const EXTRA = /^(?:back extra|extra|explanation|analysis|背面额外|额外|解析|备注|说明|出处)$/i;

interface Model {
  fields: string[];
}

function models(db: Database.Database): Map<string, Model> {
  const out = new Map<string, Model>();
  const row = db.prepare('select models from col').get() as { models?: string } | undefined;
  if (row?.models) {
    for (const m of Object.values(JSON.parse(row.models) as Record<string, { id: number; flds?: { name: string }[] }>))
      out.set(String(m.id), { fields: (m.flds ?? []).map((f) => f.name) });
  }
  return out;
}

/** The note's question (with its options), answer and extra by field name, else by position. */
function noteFields(names: string[], values: string[]): [string, string, string] {
  const text = values.map((v) => htmlToText(v).trim());
  const find = (re: RegExp) => names.findIndex((n) => re.test(n.trim()));
  let q = find(QUESTION);
  let a = find(ANSWER);
  const o = find(OPTIONS);
  let e = find(EXTRA);
  if (q < 0) q = 0;
  if (a < 0) a = [1, 2, 3].find((i) => i !== o && i !== e && i < text.length) ?? -1;
  if (e === a) e = -1;
  const front = [text[q], o >= 0 ? text[o] : ''].filter(Boolean).join('\n');
  return [front, a >= 0 ? (text[a] ?? '') : '', e >= 0 ? (text[e] ?? '') : ''];
}

export function parseApkgBank(data: Buffer): Parsed {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), {
      filter: (f) => /^collection\.anki2(?:1b?)?$/.test(f.name),
    });
  } catch {
    throw new ApiError('BAD_INPUT', NOT_A_DECK);
  }
  const bytes = files['collection.anki21'] ?? (files['collection.anki21b'] ? null : files['collection.anki2']);
  if (bytes === null) throw new ApiError('BAD_INPUT', NEW_FORMAT);
  if (!bytes) throw new ApiError('BAD_INPUT', NOT_A_DECK);
  let db: Database.Database;
  try {
    db = new Database(Buffer.from(bytes), { readonly: true });
  } catch {
    throw new ApiError('BAD_INPUT', NOT_A_DECK);
  }
  try {
    const types = models(db);
    const notes = db.prepare('select mid, flds, tags from notes order by id').all() as {
      mid: number | bigint;
      flds: string;
      tags: string;
    }[];
    const rows = notes.map((n): RawItem | string => {
      const values = n.flds.split('\x1f');
      const [front, back, extra] = noteFields(types.get(String(n.mid))?.fields ?? [], values);
      return ankiNote(front, back, extra, n.tags.split(/\s+/).filter(Boolean));
    });
    return { format: 'anki', rows };
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError('BAD_INPUT', NOT_A_DECK);
  } finally {
    db.close();
  }
}
