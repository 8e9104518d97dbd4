// Who runs the site a page is on, when the page names no publisher: the owner its footer names
// (`版权所有`, `主办：`), a <title> that is only a paper's or organ's name, and the organ behind a
// `……门户网站`.
import { ISSUER } from '../title-patterns.js';
import { TITLE_SEP } from './html-title-split.js';
import { PUBLICATION } from './html-headline-place.js';
import { textOf, walk, type Doc, type El } from './html-dom.js';

const FOOTER_OWNER =
  /([\u4e00-\u9fff]{2,20}?)\s*版权所有|版权所有\s*[:：]?\s*([\u4e00-\u9fff]{2,20})|主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff]{2,20})/;

/** The owner named in the footer's copyright line, read inside the innermost element holding it
 * (in the whole page text, the article's last words would run into `版权所有`). Linear: only
 * the elements' own text nodes are tested.. */
export function footerSite(doc: Doc): string | null {
  if (!doc.body) return null;
  let line: El | null = null;
  for (const el of walk(doc.body))
    for (const n of el.childNodes)
      if (n.nodeType === 3 && /版权所有|主办(?:单位)?\s*[:：]/.test(n.nodeValue ?? '')) line = el;
  const m = FOOTER_OWNER.exec(textOf(line));
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** A <title> that is only the paper's or site's name (a 数字报 article page titled `学习时报`), or an
 * organ's (a department's site titling every page `南岭县人民政府办公室`), over a headline found
 * elsewhere: the publication itself, before the footer's owner (`学习时报社`). */
export function bareSiteTitle(titleTag: string, headline: string | null): string | null {
  const t = titleTag.trim();
  return headline && headline !== t && (PUBLICATION.test(t) || (t.length <= 20 && ISSUER.test(t))) ? t : null;
}

/** `标题 临澄县人民政府`: a <title> that is the page's headline and, after a plain space, the name
 * of an organ or a publication (a CMS that joins them with a space, not `_`). */
export function spacedTitleSite(titleTag: string, headline: string | null): string | null {
  if (!headline) return null;
  const t = titleTag.replace(/\s+/g, ' ').trim();
  if (!t.startsWith(`${headline.replace(/\s+/g, ' ').trim()} `)) return null;
  const rest = t.slice(headline.trim().length + 1);
  return rest.length <= 20 && (ISSUER.test(rest) || PUBLICATION.test(rest)) ? rest : null;
}

/** Who publishes a site: `某某日报数字报`/`电子版` is the paper; an organ's `门户网站`/`官方网站`
 * (`南岭市人民政府门户网站`) is the organ. */
export function publisherOfSite(site: string): string {
  // A platform (`“学习强国”学习平台`, `智慧党建云平台`, `学习强国版权所有` in a footer) carries what outlets and branches
  // post: it publishes none of it.
  if (/平台$|^“?学习强国”?$/.test(site)) return '';
  const paper = site.replace(/报(?:数字报|数字版|电子版|电子报)$/, '报');
  // `中华人民共和国某某部政府门户网站`: a ministry's portal, not a 政府.
  const organ = /^(.+)(?:门户网站|官方网站)$/.exec(paper)?.[1]?.replace(/(?<=[部委局厅署])政府$/, '');
  return organ && ISSUER.test(organ) ? organ : paper;
}

/** `标题_清风云溪`, a <title> part no site word marks, with which the page's text opens (its banner):
 * the site's own name, printed at its top. */
export function bannerTitlePart(doc: Doc, titleTag: string): string | null {
  const part = /[_|｜]\s*([\u4e00-\u9fff]{2,12})\s*$/.exec(titleTag.trim())?.[1];
  const top = part && doc.body ? textOf(doc.body).slice(0, part.length + 1) : '';
  return part && (top === part || new RegExp(`^${part}[\\s\\u3000]`).test(top)) ? part : null;
}

/** The site a `<title>` names: its last part, unless that part is the headline itself (an organ's
 * name ends both: `…長者中心`); then a first part that is an organ's or a paper's name, as sites
 * that set the site first write it (`民政事務總署 - 新聞稿 - 標題`). */
export function titleSiteOf(titleTag: string, site: string | null, headline: string | null): string | null {
  const flat = (s: string) => s.replace(/\s+/g, '');
  if (!site || !headline || flat(site) !== flat(headline)) return site;
  const first = titleTag.trim().split(TITLE_SEP)[0]!;
  return first.length <= 20 && flat(first) !== flat(headline) && (ISSUER.test(first) || PUBLICATION.test(first))
    ? first
    : null;
}
