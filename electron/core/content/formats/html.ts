// .html/.htm (and HTML sniffed from content): page metadata from the whole document, the article
// body via Readability with a density fallback, kept as plain text lines only (no markup survives:
// scripts, styles, hidden elements and form controls are removed before extraction). The headline
// goes to the title hint, never into the body; 引题 and 副标题 stay as the first lines.
import { dateOnlyLine, findDateline } from '../dates.js';
import { isByline } from '../header.js';
import { SPEECH_TITLE } from '../title-patterns.js';
import { isBylineName } from '../../knowledge/byline-name.js';
import { originNote } from '../origin-note.js';
import { captionSpeakerLine } from './html-caption-speaker.js';
import { chromeReason, REPOST_NOTE } from './page-chrome.js';
import type { Doc } from './dom-types.js';
import { parseDocument, precleanDocument, textOf, walk, type El } from './html-dom.js';
import { extractBody } from './html-body.js';
import { readPageMeta } from './html-meta.js';
import { dropWordPageTitle } from './html-word-page.js';
import { renderScriptWrites } from './html-script-writes.js';
import { ABSTRACT_LIST, emptyPageReason } from './html-empty-reason.js';
import { scriptArticle } from './html-script-article.js';
import { pagedArticleNote } from './html-pager.js';
import { CUT_OFF_NOTE, cutOffSave } from './html-cut-off.js';
import { classedSource, cleanSource, repostOutlet, SOURCE_LINE, tailSource, unknownOrigin } from './html-source.js';
import type { Removed } from './html-body.js';
import { TITLE_LIST } from './html-title-lists.js';
import type { RawSource } from './types.js';
import { editionDay, pagePieces, piecesLines, pieceSources, paperOf } from './html-articles.js';

/** `url`: the address a container (.mht) says the page was saved from; `whole`: the markup is known complete
 * (an EPUB's page), so no last paragraph of it is a save cut short. */
export function readHtml(name: string, saved: string, url: string | null = null, whole = false): RawSource[] {
  const html = renderScriptWrites(saved);
  const doc = parseDocument(html);
  precleanDocument(doc);
  dropWordPageTitle(doc);
  // A page of several whole articles (a 每日要闻 page, a 版面): one source per article (html-articles.ts).
  const h1 = doc.querySelector('h1');
  const pageTitle = doc.querySelector('title')?.textContent ?? '';
  const pieces = pagePieces(doc, { title: pageTitle, h1: h1 ? textOf(h1) : '' });
  const paper = pieces ? paperOf(pageTitle) : null;
  const edition = paper ? editionDay(doc, paper) : null;
  const meta = readPageMeta(doc, html, url);
  const classed = classedSource(doc);
  const heads = [meta.title, meta.kicker, meta.subtitle].filter((x): x is string => !!x);
  // (A theme title is a speech's under its `——在……上的讲话` 副题.)
  const speech = [meta.title, meta.subtitle?.replace(/^[—－-]+/, '')].some((t) => SPEECH_TITLE.test(t ?? ''));
  const furniture = speechFurniture(meta.titleEl, speech);
  const captioned = furniture.some((l) => !dateOnlyLine(l)) ? null : captionSpeakerLine(doc, meta.title);
  if (captioned) furniture.push(captioned);
  meta.titleEl?.remove();
  const cards = meta.account ? removeNameCards(doc, meta.account) : [];
  const paged = pagedArticleNote(doc);
  const body = extractBody(doc, heads);
  body.removed.push(...cards);
  // A shell (a loading line, a teaser) over an article kept whole in the script's data: the data's text.
  const data = scriptArticle(html, meta.title);
  const fromData = !!data && data.join('').length > 2 * body.lines.join('').length;
  if (fromData) {
    body.removed.push(...body.lines.map((text) => ({ reason: '脚本数据前的摘要', text })));
    body.lines = data;
  }
  const cutOff = whole || fromData ? null : cutOffSave(saved, body.lines);
  if (cutOff) {
    body.lines = cutOff.lines;
    body.removed.push(...cutOff.removed);
  }
  // A 来源 line inside the article (a repost's `来源：微信公众号“新华网”`) names the source when the
  // header does not; the publishing account comes after it.
  // (A `发布者：` office names who posted the page; a 来源 in the text names where the text came from.)
  const source =
    (meta.poster ? (sourceInBody(body.removed) ?? tailSource(body.lines)) : null) ??
    meta.source ??
    sourceInBody(body.removed) ??
    // A 通稿 an account reposts under its 电头 (`新华社北京3月5日电`): the agency's, not the account's.
    findDateline(body.lines.slice(0, 3).join('\n'), '')?.agency ??
    meta.account ??
    classed;
  // `来源：网络` over or under the text: the site that reposted it did not publish it.
  const unknown = meta.originUnknown || body.removed.some((r) => r.reason === '来源信息' && unknownOrigin(r.text));
  const site = source || !unknown ? meta.site : null;
  // The 来源 line's date (`来源：《某某日报》2023年6月5日`) is when the text first appeared.
  const origin = originNote(body.removed.filter((r) => r.reason === '来源信息').map((r) => r.text));

  // A list of titles and days taken away, what is left holds no sentence: the page was the list
  // (a catalogue under its banner and footer), not an article.
  // A 专题 or 专栏 page keeps its intro (a paragraph or two) over the list it is: no article either.
  const listed = body.removed.some((r) => r.reason === TITLE_LIST || r.reason === ABSTRACT_LIST);
  const topic = [pageTitle.split(/[_|｜]| - /)[0]!, meta.title ?? ''].some((t) => /(?:专题|专栏)$/.test(t.trim()));
  const listOnly =
    (body.removed.some((r) => r.reason === TITLE_LIST) && !body.lines.some((l) => /[。！？]/.test(l))) ||
    (listed && topic && body.lines.join('').length <= 400);
  if (listOnly) body.lines = [];
  const empty = emptyPageReason(html, body.lines, body.removed);
  const top = [meta.kicker, meta.subtitle].filter((x): x is string => !!x);
  top.push(...furniture);
  const split = pieces ? piecesLines(body.lines, pieces, meta.title, top) : null;
  if (pieces && split) {
    const sources = pieceSources(
      name,
      pieces,
      split,
      { date: meta.date ?? edition, source: paper ?? source, site: paper ?? site },
      top,
    );
    sources[0]!.removed = body.removed;
    return sources;
  }
  return [
    {
      text: [...top, ...body.lines].join('\n'),
      kind: 'blocks',
      hints: {
        ...(meta.title ? { title: meta.title } : {}),
        // A policy page's 成文日期 dates the document; any other page date says when it was posted.
        ...(meta.signed ? { date: meta.signed } : meta.date ? { pageDate: meta.date } : {}),
        ...(origin.date ? { originDate: origin.date } : {}),
        // The paper a dated 来源 note in the text names printed it first; the page's own 来源 line
        // names who passed it on.
        ...(source || origin.source ? { source: origin.source ?? source! } : {}),
        ...(site ? { site } : {}),
        ...(meta.author ? { author: meta.author } : {}),
        ...(meta.speaker ? { speakers: [meta.speaker] } : {}),
      },
      headings: top,
      removed: body.removed,
      origin: name,
      ...(empty ? { emptyReason: empty } : {}),
      ...(paged || cutOff ? { note: paged ?? CUT_OFF_NOTE } : {}),
    },
  ];
}

/** The account's name card that 公众号 templates set atop the article (`共青团中央` over its slogan
 * `有态度 有温度 全网青年都在关注`), or its sign-off under it (`某某发布 · 权威发布`): the block
 * around the bare name, or the name and a slogan after a dot or bar, while it stays a few words
 * with no sentence in it. */
function removeNameCards(doc: Doc, account: string): Removed[] {
  const removed: Removed[] = [];
  const small = (el: El) => {
    const t = textOf(el);
    return t.length <= account.length + 30 && !/[，。！？；]/.test(t);
  };
  const isCard = (t: string) =>
    t === account || (t.startsWith(account) && /^\s*[·•|｜丨]\s*[^，。！？；\s]{2,12}$/.test(t.slice(account.length)));
  for (const el of [...walk(doc.body ?? doc.documentElement)]) {
    if (!el.isConnected || el.children.length || !isCard(textOf(el))) continue;
    let card = el;
    while (card.parentElement && card.parentElement !== doc.body && small(card.parentElement))
      card = card.parentElement;
    removed.push({ reason: '公众号名片', text: textOf(card) });
    card.remove();
  }
  return removed;
}

/** (A text has one origin: 来源 lines naming different ones are its entries', as a 大事记 kept whole cites each
 * entry's office, and none is the text's.) */
function sourceInBody(removed: Removed[]): string | null {
  const names = new Set<string>();
  for (const r of removed) {
    // (`本文转自：人民日报`, a repost note, names the text's source as a 来源 line does.)
    const named = r.reason === '来源信息' || (r.reason === '转载声明' && REPOST_NOTE.test(r.text));
    const name = named ? (repostOutlet(r.text) ?? cleanSource(SOURCE_LINE.exec(r.text)?.[1])) : null;
    if (name) names.add(name);
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** Byline and date lines right under a speech title (extractors drop bylines; `speech`: the title is a
 * speech's, so a name alone is one too): kept for the header
 * reader, which turns them into speaker and date. */
function speechFurniture(titleEl: El | null, speech: boolean): string[] {
  const out: string[] = [];
  // Some sites set the speaker's line over a speech's title (`市委书记　王建国` / `在……上的讲话`).
  const above = speech ? titleEl?.previousElementSibling : null;
  if (above && (isByline(textOf(above)) || isBylineName(textOf(above)))) {
    out.push(textOf(above));
    above.remove();
  }
  let sib = titleEl?.nextElementSibling ?? null;
  for (let i = 0; sib && i < 3; i++) {
    const next = sib.nextElementSibling;
    const t = textOf(sib);
    // Under a speech's title (`在……上的讲话`) the speaker may be named alone (`赵志刚`).
    if (!isByline(t) && !dateOnlyLine(t) && !(speech && i === 0 && isBylineName(t))) break;
    out.push(t);
    sib.remove();
    sib = next;
  }
  // A 党课 or 宣讲 page names its lecturer in a block of its own under the info line (`主讲人：…` over
  // `时长：12分30秒`): only that label, past the info line, says who spoke.
  if (sib && chromeReason(textOf(sib)) === '来源信息')
    for (let i = 0, blk = sib.nextElementSibling; blk && i < 2; i++, blk = blk.nextElementSibling) {
      const line = [...blk.querySelectorAll('p,div,span,li'), blk].find((e) => LECTURER.test(textOf(e)));
      if (line && textOf(line).length <= 40 && !/[。！？]/.test(textOf(line))) {
        out.push(textOf(line));
        line.remove();
        break;
      }
    }
  return out;
}

const LECTURER = /^(?:主讲人|主讲|宣讲人|报告人)[:：]/;
