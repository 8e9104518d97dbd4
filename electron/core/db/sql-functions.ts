// JavaScript functions the library's SQL may call: the text module's search folding (speaker and
// title comparisons) and a pinyin sort key (title order as Chinese readers expect, 按拼音).
import type Database from 'better-sqlite3';
import { foldForSearch } from '../text/normalize.js';
import { pinyinLib } from '../text/pinyin-lib.js';

const sortKeys = new Map<string, string>();

/** Pinyin without tones, syllables spaced, so a plain binary comparison orders titles by reading. */
export function zhSortKey(text: string): string {
  let key = sortKeys.get(text);
  if (key === undefined) {
    key = pinyinLib().pinyin(text, { toneType: 'none', nonZh: 'consecutive', v: true }).toLowerCase();
    if (sortKeys.size > 50_000) sortKeys.clear();
    sortKeys.set(text, key);
  }
  return key;
}

export function registerSqlFunctions(db: Database.Database): void {
  db.function('fold', { deterministic: true }, (s: unknown) => (s == null ? null : foldForSearch(String(s))));
  db.function('zh_sort_key', { deterministic: true }, (s: unknown) => (s == null ? null : zhSortKey(String(s))));
}
