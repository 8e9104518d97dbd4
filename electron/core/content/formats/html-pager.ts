// An article the site split over several pages (`共3页　第1页　下一页　尾页`, `上一页 1 2 3 下一页`):
// a save holds only the page that was open, so the import says the rest is missing.
import { textOf, walk, type Doc } from './html-dom.js';

const NEXT = /下一页|下页|尾页|末页/;
const COUNT = /共\s*(\d{1,3})\s*页/;

/** The note for a page that shows an article's pager, or null. Only a short block with a next-page
 * link and a page count, a `第N页` or page numbers (`2`, `[2]`) as links: `下一篇` (the next article)
 * is no pager. */
export function pagedArticleNote(doc: Doc): string | null {
  for (const el of walk(doc.body ?? doc.documentElement)) {
    const t = textOf(el);
    if (t.length > 80 || !NEXT.test(t) || el.closest('li')) continue;
    const numbers = [...el.querySelectorAll('a,b,span,strong,em')].filter((a) =>
      /^[[【(（]?\d{1,3}[\]】)）]?$/.test(textOf(a)),
    );
    const count = COUNT.exec(t)?.[1];
    if (!count && !/第\s*\d{1,3}\s*页/.test(t) && numbers.length < 2) continue;
    if (count === '1') continue;
    const total = count ? `（共${count}页）` : '';
    return `网页上的文章分页显示${total}，只导入了保存的这一页；其余各页请分别打开、保存后再导入。`;
  }
  return null;
}
