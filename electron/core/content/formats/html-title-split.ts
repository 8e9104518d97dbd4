// A page's `<title>` split into its headline and its site (`标题_栏目_站名`, a 数字报's dated title,
// a bilingual title's Chinese half).
import { editionTitle } from './html-edition-title.js';
import { ISSUER } from '../title-patterns.js';

// A hyphen inside a Latin or numbered name (`CCTV-1`, `COVID-19`) joins it: no separator.
export const TITLE_SEP = /\s*(?:_|\||｜|--|－－|——|—|–|-(?<![A-Za-z0-9]-(?=[A-Za-z0-9]))|－)\s*/;
export const SITE_WORD =
  /网|站|政府|公所|委员会|频道|新闻|中心|门户|官网|平台|日报|晚报|在线|发布|客户端|传媒|报社|电视台|融媒|\.com|\.cn|cctv|the paper|人民|新华|要闻|动态|时政|滚动|文件|首页|栏目|专题|党校|行政学院|妇联|工会|团委|科协|文联|侨联|残联/i;

/** `标题_栏目_站名` → the headline part and the site part. */
export function splitTitle(raw: string): { head: string; site: string | null; edition?: string | null } {
  let head = raw.replace(/\s+/g, ' ').trim();
  let site: string | null = null;
  const dated = editionTitle(head); // a 数字报's `<title>`: paper, edition day, headline
  if (dated?.edition) return dated;
  const reversed = reversedTitle(head);
  if (reversed) return reversed;
  for (let i = 0; i < 3; i++) {
    const parts = head.split(TITLE_SEP);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1]!;
    // (An organ's name is a site too: `标题-某某学院党委组织部`, the 党委 office's own pages.)
    if (last.length > 24 || !(SITE_WORD.test(last) || (last.length <= 20 && ISSUER.test(last)))) break;
    // `专题｜标题-站名`: past the site, a part longer than all before it is the headline, not a column.
    if (site && last.length > parts.slice(0, -1).join('').length) break;
    // `央视网(cctv.com)`: the site's name without its address.
    site ??= last.replace(/\s*[（(](?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)[)）]$/i, '') || last;
    const at = head.lastIndexOf(last);
    head = head
      .slice(0, at)
      .replace(new RegExp(`${TITLE_SEP.source}$`), '')
      .trim();
  }
  // `某某日报数字报-标题`: a 数字报 page names the edition first.
  if (!site && dated) ({ head, site } = dated);
  // A bilingual page's `中文标题 English Title` (or `中文标题 | English Title`): the Chinese headline,
  // which the page prints as its own. Or the English set first (`English Title 中文标题`).
  const english = BILINGUAL.exec(head) ?? ENGLISH_FIRST.exec(head);
  return { head: english ? english[1]! : head, site };
}

/** A site's name as it ends (`某某省人民政府`, `某某网`, `某某融媒体中心`), set first in a reversed <title>. */
const SITE_END = /(?:网|网站|门户|政府|日报|晚报|客户端|融媒体中心|新闻中心|频道|平台)$/;

/** `站名 - 栏目 - 标题` (or `站名|栏目|标题`, `站名 - 标题`): a CMS that sets the site first, a column or two, then the
 * headline, the one part neither a site's name nor a short column's. With no column, the headline must be long and
 * longer than the site (`建设数字政府 - 溪桥县政务公开` is a headline over its site). */
function reversedTitle(raw: string): { head: string; site: string } | null {
  const parts = raw.split(TITLE_SEP);
  if (parts.length < 2 || parts.length > 4) return null;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (first.length < 4 || first.length > 20 || !SITE_END.test(first) || SITE_END.test(last) || last.length < 6)
    return null;
  if (parts.length === 2 && (last.length < 10 || last.length <= first.length)) return null;
  if (parts.slice(1, -1).some((c) => c.length > 10 || /[，,。：:！？!?“”]/.test(c))) return null;
  return { head: last, site: first };
}

const BILINGUAL = /^(.*[\u4e00-\u9fff][」》”）)]?)(?:\s+|\s*[|｜_—–-]\s*)[A-Z][\w'’,.:&-]*(?:\s+[\w'’,.:&-]+){2,}$/;
const ENGLISH_FIRST = /^[A-Z][\w'’,.:&-]*(?:\s+[\w'’,.:&-]+){2,}(?:\s+|\s*[|｜_—–-]\s*)([“《「]?[\u4e00-\u9fff].*)$/;
