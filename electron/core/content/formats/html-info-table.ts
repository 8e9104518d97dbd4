// The info block over a policy document (中国政府网, the 政府信息公开 pages of every level): its
// labels (发文机关, 发布机构, 成文日期, 发布日期, 来源) and their values, however the CMS lays them out.
import { textOf, type Doc } from './html-dom.js';

const INFO_LABEL = /^(?:发文机关|发布机构|成文日期|发布日期|发布时间|来源|信息来源|稿件来源)$/;
const LABEL_TEXT = /^[\u4e00-\u9fff\s]{2,8}[:：]$/;

/** The info block over a policy document (中国政府网 and the 政府信息公开 pages of other levels):
 * label cells (`<td><b>成文日期：</b></td>`, `<th>发文机关：</th>`, `<span>发布日期：</span>`) and
 * the value in the next cell, or after the label in the same line. */
export function infoCells(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of doc.querySelectorAll('td,th,dt,span,b,strong,label')) {
    const t = textOf(el);
    const key = t.replace(/[\s:：]/g, '');
    if (t.length > 12 || !INFO_LABEL.test(key) || out.has(key)) continue;
    // The next cell, unless it is the next label (`<span>发文机关：</span>某某厅 <span>成文日期：</span>`):
    // then the text after the label on its line, up to the next label.
    const next = el.nextElementSibling ? textOf(el.nextElementSibling) : '';
    let value = LABEL_TEXT.test(next) ? '' : next;
    const line = el.parentElement ? textOf(el.parentElement) : '';
    const at = line.indexOf(t);
    if (!value && at >= 0 && line.length <= 120) value = line.slice(at + t.length);
    value = value.replace(/\s+[\u4e00-\u9fff\s]{2,8}[:：].*$/, '').trim();
    if (value && value.length <= 40) out.set(key, value);
  }
  return out;
}
