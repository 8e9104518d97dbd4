// A column's or a catalogue's list of titles and days, with no abstracts: a 政府信息公开目录 table
// (`索引号 | 名称 | 文号 | 成文日期`), a 公众号's 合集 (`#基层党建`, each item a title, its day and a
// read count), a platform's channel list. None of its rows is an article; a page that is only such
// a list holds no document to import, and the list must not stand in for one.
import { textOf, type Doc, type El } from './html-dom.js';
import type { Removed } from './html-body.js';
import { dateOnlyLine } from '../dates.js';
import { MONTH_DAY } from './html-teasers.js';

export const TITLE_LIST = '标题列表';

const isDay = (t: string) => !!dateOnlyLine(t) || MONTH_DAY.test(t.trim());
/** A title: words (eight Han characters or more: no 索引号 or 文号), not a sentence of a text. */
const TITLE = /^(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){8})[^。！？]{8,80}$/;

const leaves = (el: El) => [...el.querySelectorAll('*')].filter((e) => !e.children.length && textOf(e));

/** A row of a title and its day: a leaf that is a day, another (or a link) that is a title, and
 * little else (an 索引号, a 文号, a counter). `linked`: the title must be a link. */
function titleRow(row: El, linked: boolean): boolean {
  const text = textOf(row);
  if (text.length > 160 || /[。！？]/.test(text)) return false;
  const parts = leaves(row);
  if (!parts.some((p) => isDay(textOf(p)))) return false;
  const titles = (linked ? [...row.querySelectorAll('a')] : parts).filter((p) => TITLE.test(textOf(p)));
  return titles.length === 1;
}

/** Three or more rows of titles and days, holding most of the block's text. A list without links
 * (scripts open its rows) counts only when its class, or its rows', calls it a list or its items. */
function titleList(el: El): boolean {
  const rows = [...el.children];
  if (rows.length < 3) return false;
  const listed = /list/i.test(el.className) || /list/i.test(el.parentElement?.className ?? '');
  // (学习强国's channel: `div.text-link-item` rows whose script opens the article.)
  const hits = rows.filter((r) => titleRow(r, !listed && !/item/i.test(r.className)));
  if (hits.length < 3) return false;
  return hits.reduce((n, r) => n + textOf(r).length, 0) >= 0.7 * textOf(el).length;
}

/** The text introduces the list (`决定废止以下3件规范性文件`, `名单如下：`, a sentence closed by a colon): a
 * table of documents that is part of a notice, not a column's list. A heading's `相关链接：` is no sentence. */
export function introducedList(el: El): boolean {
  const before = el.tagName === 'TBODY' ? el.parentElement?.previousElementSibling : el.previousElementSibling;
  const t = before ? textOf(before) : '';
  return /以下|如下|下列/.test(t) || (t.length >= 15 && /[:：]\s*$/.test(t));
}

/** Removes every list of titles and days from the page, before the article is looked for. */
export function removeTitleLists(doc: Doc, removed: Removed[]): void {
  for (const el of [...doc.querySelectorAll('ul,ol,tbody,table,div,section,dl')]) {
    if (!el.isConnected || !titleList(el) || introducedList(el)) continue;
    removed.push({ reason: TITLE_LIST, text: textOf(el).slice(0, 120) });
    el.remove();
  }
}
