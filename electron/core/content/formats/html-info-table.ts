// The info block over a policy document (中国政府网, the 政府信息公开 pages of every level): its
// labels (标题, 发文机关, 发布机构, 成文日期, 发布日期, 来源, 索引号, 发文字号) and their values, however
// the CMS lays them out.
import { isBylineName } from '../../knowledge/byline-name.js';
import { bylineOf } from '../header.js';
import { textOf, type Doc, type El } from './html-dom.js';
import { simplifiedHan } from './page-chrome.js';

/** Other portals' words for the same fields, read as the 中国政府网 label: the issuer
 * (`发布机关`, `发文单位`, `发文机构`, `制发机关`), the title (`文件名称`, `名称`), the signing date
 * (`发文日期`, `成文时间`, `印发日期`, `生成日期`), the document number (`文件编号`). */
const ALIAS: Record<string, string> = {
  发布机关: '发文机关',
  发文单位: '发文机关',
  发文机构: '发文机关',
  制发机关: '发文机关',
  文件名称: '标题',
  名称: '标题',
  发文日期: '成文日期',
  成文时间: '成文日期',
  // `印发日期`: the day the issuer sent the document out under its 文号 (the 版记's 印发 day).
  印发日期: '成文日期',
  // The 政府信息公开目录 standard's 生成日期: the day the document was made, not posted.
  生成日期: '成文日期',
  文件编号: '文号',
  // The publisher under a news page's other words for 来源 (`資料來源`, `發布單位`, `出處`).
  资料来源: '来源',
  消息来源: '来源',
  // A 政府信息公开 table's 发布单位 is its issuer (joint ones set with spaces), as a traditional news
  // page's 發布單位 names the office that released it.
  发布单位: '发布机构',
  // A notice's (公告's) own words for the same: `公告單位`, `公告日期`.
  公告单位: '发布机构',
  公告日期: '发布日期',
  出处: '来源',
  // A 政策解读's `解读机关`/`解读单位`: the 部门 that wrote the 解读 is its source (sites71).
  解读机关: '来源',
  解读单位: '来源',
  解读部门: '来源',
  讲话领导: '讲话人',
};
const LABELS = [
  ...['标题', '发文机关', '发布机构', '成文日期', '发布日期', '发布时间', '来源', '信息来源', '稿件来源'],
  ...['索引号', '发文字号', '文号', '讲话人', '职务', ...Object.keys(ALIAS)],
];
const INFO_LABEL = new RegExp(`^(?:${LABELS.join('|')})$`);
const canon = (key: string) => ALIAS[key] ?? key;
const LABEL_TEXT = /^[\u4e00-\u9fff\s]{2,8}[:：]$/;
/** The labels inside a cell that holds them with their values (`<td>发文机关：某某县人民政府办公室</td>`,
 * `标　　题：…`), longest first so `发文字号` is not read as `文号`. */
const LABEL_IN_CELL = new RegExp(
  `(?:^|[\\s\u3000])(${[...LABELS]
    .sort((a, b) => b.length - a.length)
    .map((l) => [...l].join('[\\s\u3000]*'))
    .join('|')})[\\s\u3000]*[:：]`,
  'g',
);
/** A 信息公开 table's other column heads (`主题分类`, `有效性`): labels whose values are no field read here,
 * and never a value of one (`<th>发布机构</th><th>主题分类</th>` is two heads, not a head and its value). */
const OTHER_HEAD =
  /^(?:主题分类|主题词|公文种类|文种|体裁分类|组配分类|信息分类|服务对象|有效性|效力状态|时效性|公开方式|公开范围|公开形式|公开时限|所属主题|信息类别)$/;
const cellKey = (el: El) => simplifiedHan(textOf(el).replace(/[\s:：]/g, ''));
const isHead = (key: string) => INFO_LABEL.test(key) || OTHER_HEAD.test(key);

/** Labels in a header row over a row of values, as some 信息公开 templates set them (`<tr><th>索引号</th>
 * <th>发布机构</th><th>成文日期</th></tr><tr><td>…</td><td>某某局</td><td>2024-03-18</td></tr>`, or lists:
 * `<ul><li>发布机构</li>…</ul><ul><li>某某局</li>…</ul>`; a `<thead>` over a `<tbody>`): each label's value is
 * the cell under it. A row is
 * a header row when every cell is a label, two of them fields read here, and the next row (of the same
 * tag) has as many cells, none a label. */
function headerRows(doc: Doc, put: (label: string, value: string) => void) {
  for (const row of doc.querySelectorAll('tr,ul,ol,dl,div')) {
    const heads = [...row.children];
    if (heads.length < 2 || heads.some((c) => c.children.length > 1)) continue;
    const keys = heads.map(cellKey);
    if (!keys.every(isHead) || keys.filter((k) => INFO_LABEL.test(k)).length < 2) continue;
    const next = nextRow(row);
    const values = next?.tagName === row.tagName ? [...next.children] : [];
    if (values.length !== heads.length || values.map(cellKey).some(isHead)) continue;
    keys.forEach((k, i) => {
      if (INFO_LABEL.test(k)) put(k, textOf(values[i]!));
    });
  }
}

/** The row after `row`: its next sibling, or for a `<thead>`'s last row the first row of the body after it. */
function nextRow(row: El): El | null {
  const up = row.parentElement;
  if (row.nextElementSibling || row.tagName !== 'TR' || up?.tagName !== 'THEAD') return row.nextElementSibling;
  return up.nextElementSibling?.tagName === 'TBODY' ? (up.nextElementSibling.children[0] ?? null) : null;
}

/** The labels that make a block a policy page's info table (a 标题 elsewhere may be a search form's). */
const POLICY_KEYS = ['索引号', '发文机关', '发布机构', '成文日期', '发文字号', '文号'];

/** The info block over a policy document (中国政府网 and the 政府信息公开 pages of other levels):
 * label cells (`<td><b>成文日期：</b></td>`, `<th>发文机关：</th>`, `<span>发布日期：</span>`) and
 * the value in the next cell, or after the label in the same line or cell. */
export function infoCells(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  // A value read under another portal's word (`生成日期`) gives way to the label itself (`成文日期`)
  // when the table prints both.
  const byAlias = new Set<string>();
  const taken = (label: string) => out.has(canon(label)) && !(byAlias.has(label) && canon(label) === label);
  const put = (label: string, raw: string) => {
    const key = canon(label);
    if (taken(label)) return;
    const value = raw.replace(/\s+[\u4e00-\u9fff\s]{2,8}[:：].*$/, '').trim();
    // An empty cell's row read on: the text after it is the next field's (`成文日期：发布日期：2026-03-04`).
    const lead = /^([\u4e00-\u9fff\s]{2,8})[:：]/.exec(value)?.[1];
    if (lead && INFO_LABEL.test(simplifiedHan(lead.replace(/\s/g, '')))) return;
    // A title may run long; the other values are names, dates and numbers. A header row's next label
    // (`<td>文件名称</td><td>印发日期</td>` over a table of documents in the text) is no value.
    if (!value || value.length > (key === '标题' ? 100 : 40)) return;
    if (isHead(simplifiedHan(value.replace(/[\s:：]/g, '')))) return;
    out.set(key, value);
    if (key === label) byAlias.delete(key);
    else byAlias.add(key);
  };
  headerRows(doc, put);
  // A `<div>` cell holding only its label or value (`<div class="k">成文日期</div><div class="v">…`), a
  // `<p>` line of labels and values (`成文日期：…　发布日期：…`).
  for (const el of doc.querySelectorAll('td,th,dt,dd,li,span,b,strong,label,div,p')) {
    if (el.tagName === 'DIV' && el.children.length > 0) continue;
    const t = textOf(el);
    // Labels are read in simplified form (a traditional page's `發佈日期`, `資料來源`), values as printed.
    const key = simplifiedHan(t.replace(/[\s:：]/g, ''));
    if (t.length > 12 || !INFO_LABEL.test(key) || taken(key)) {
      if (/^(?:TD|TH|DD|LI)$/.test(el.tagName) && t.length <= 160) labelledCell(t, taken, put);
      // A `<p>` or `<div>` line is an info line only with two labels or more, and its 生成日期 is the
      // day a page was printed or generated (an OA system's footer), not the document's.
      else if (/^(?:P|DIV)$/.test(el.tagName) && t.length <= 160) labelledCell(t, taken, put, true);
      continue;
    }
    // The next cell, unless it is the next label (`<span>发文机关：</span>某某厅 <span>成文日期：</span>`):
    // then the text after the label on its line, up to the next label.
    const next = el.nextElementSibling ? textOf(el.nextElementSibling) : '';
    let value = LABEL_TEXT.test(next) ? '' : next;
    const line = el.parentElement ? textOf(el.parentElement) : '';
    const at = line.indexOf(t);
    if (!value && at >= 0 && line.length <= 120) value = line.slice(at + t.length);
    put(key, value);
  }
  return out;
}

/** `<td>发文机关：某某县人民政府 成文日期：2024-10-08</td>`: labels and values together in one cell, each
 * value up to the next label. Only a cell that begins with a label is read (not a sentence naming one). */
function labelledCell(
  t: string,
  taken: (key: string) => boolean,
  put: (key: string, value: string) => void,
  line = false,
) {
  const folded = simplifiedHan(t);
  // Folding keeps each character in place; the values are sliced from the text as printed.
  const found = folded.length === t.length ? [...folded.matchAll(LABEL_IN_CELL)] : [...t.matchAll(LABEL_IN_CELL)];
  if (!found.length || found[0]!.index !== 0 || (line && found.length < 2)) return;
  found.forEach((m, i) => {
    const key = m[1]!.replace(/[\s\u3000]/g, '');
    const end = found[i + 1]?.index ?? t.length;
    if (!taken(key) && !(line && key === '生成日期')) put(key, t.slice(m.index + m[0].length, end));
  });
}

/** The block is a policy page's info table (it has an 索引号, 发文机关, 成文日期 or 文号). */
export const isPolicyTable = (cells: Map<string, string>) => POLICY_KEYS.some((k) => cells.has(k));

/** The document title the info table gives, when the block is a policy page's (it has an 索引号,
 * 发文机关, 成文日期 or 文号 beside the 标题). */
export function infoTitle(cells: Map<string, string>): string | null {
  const title = cells.get('标题');
  return title && isPolicyTable(cells) ? title : null;
}

/** A 领导讲话 page's 讲话人 cell: post and name (`市委书记　李志强`), the name with its post in a 职务 cell, or
 * the name alone (no post guessed). */
export function tableSpeaker(cells: Map<string, string>): { name: string; role: string | null } | null {
  const who = cells.get('讲话人')?.trim();
  if (!who) return null;
  const role = cells.get('职务')?.trim() || null;
  if (isBylineName(who)) return { name: who, role };
  return bylineOf(who);
}
