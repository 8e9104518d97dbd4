// Where a heading stands, for the headline finder (html-headline.ts): in a site's banner or header
// (a site's or 专题's name, not an article's headline), or alone as the <h1> of a publication's page.
import { idClass, textOf, type Doc, type El } from './html-dom.js';

const BANNER = /banner|logo|masthead|site-?name|^(?:header|head|top|g-header|topbar)$/;

/** (An <article>'s own <header> holds its headline: only a heading outside the article counts.) */
export function inBanner(el: El): boolean {
  if (el.closest('article,main')) return false;
  for (let a: El | null = el; a; a = a.parentElement)
    if (
      a.tagName === 'HEADER' ||
      idClass(a)
        .split(/\s+/)
        .some((t) => BANNER.test(t))
    )
      return true;
  return false;
}

/** A publication's name alone in <title> (a 数字报 page titled `学习时报`, with its byline under the
 * headline unlabelled): the page's one <h1>, when it reads as a headline and is not a link. */
export function soleH1(doc: Doc, titleTag: string): El | null {
  if (!PUBLICATION.test(titleTag.trim())) return null;
  const h1s = [...doc.querySelectorAll('h1')];
  const t = h1s.length === 1 ? textOf(h1s[0]!) : '';
  return t.length >= 6 && t.length <= 80 && !/[。！？]$/.test(t) && !h1s[0]!.closest('a') ? h1s[0]! : null;
}

export const PUBLICATION = /^[\u4e00-\u9fff]{2,12}(?:报|刊|杂志|网|台)$/;

const bare = (s: string) => s.replace(/[\s\u3000“”"]+/g, '');

/** Whether every character of `short` appears in `long`, in order. */
function within(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** A title the metas declare (`ArticleTitle`, og:title) that no heading prints as such, while one
 * heading prints it with words put in (`关于做好春耕生产工作的通知` over
 * `<h1>某某局关于做好2026年春耕生产工作的通知</h1>`): the CMS's short name; the printed one is the
 * headline. Only a heading outside the banner, at most three times as long. */
export function fullerHeading(doc: Doc, declared: string[]): El | null {
  const keys = declared.map(bare).filter((k) => k.length >= 6);
  for (const el of doc.querySelectorAll('h1,h2,h3')) {
    const t = bare(textOf(el));
    if (inBanner(el) || el.closest('a,li') || /[。！？]$/.test(t)) continue;
    if (keys.some((k) => t.length > k.length && t.length <= Math.min(80, k.length * 3) && within(k, t))) return el;
  }
  return null;
}

/** A block a saved page styles inline as a headline (`<td style="font-size:20px;font-weight:bold">`,
 * SingleFile and old table layouts): read as one when its text matches a title. */
export const styledHead = (el: El) =>
  /font-weight\s*:\s*(?:bold|[6-9]00)|font-size\s*:\s*(?:1[89]|[2-9]\d)px/i.test(el.getAttribute('style') ?? '');

/** The one <h1> of a block holding only headings, another of them printed (a 副题 or an 引题). */
export function headingsBlockH1(el: El): El | null {
  const kids = [...el.children];
  if (/^H[1-6]$/.test(el.tagName) || !kids.every((k) => /^H[1-6]$/.test(k.tagName))) return null;
  const h1s = kids.filter((k) => k.tagName === 'H1');
  return h1s.length === 1 && kids.some((k) => k.tagName !== 'H1' && textOf(k)) ? h1s[0]! : null;
}

/** The one heading that differs from the `<title>`'s headline only by a few characters inside it
 * (`…推出寒假親子…` in `<title>`, `…推出春季親子…` printed): the page's headline as edited after the
 * page went up, which the `<title>` did not follow. The printed words are the title. */
export function editedHeading(doc: Doc, titleHead: string): El | null {
  const want = titleHead.replace(/\s+/g, '');
  if (want.length < 8) return null;
  const close = (t: string) => {
    if (Math.abs(t.length - want.length) > 2 || t === want) return false;
    let pre = 0;
    while (pre < t.length && t[pre] === want[pre]) pre++;
    let suf = 0;
    while (suf < t.length - pre && t[t.length - 1 - suf] === want[want.length - 1 - suf]) suf++;
    return pre + suf >= Math.max(t.length, want.length) - 4 && pre >= 4;
  };
  const found = [...doc.querySelectorAll('h1,h2,h3,[class*="title"]')].filter(
    (el) => el.children.length === 0 && close(textOf(el).replace(/\s+/g, '')),
  );
  return found.length === 1 ? found[0]! : null;
}
