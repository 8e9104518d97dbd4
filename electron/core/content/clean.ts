// Cleaning: removes site boilerplate, download-site notices, ads, wiki licence templates,
// inline pinyin and repeated blocks; repairs broken lines and layout spaces. Returns the
// clean lines plus what was removed (the CleanReport) and metadata found in removed lines.
import { fullWidthCjkPunctuation, unifyRadicals } from '../text/normalize.js';
import { readHanYear, writeHanYear } from '../text/han-year.js';
import { dateOnlyLine, findDate, findLabelledDate } from './dates.js';
import { cleanSource, labelledSource, repostCardSource } from './formats/html-source.js';
import { stripDraftForm } from './draft-form.js';
import {
  dropRelatedTail,
  dropRepeats,
  dropRunningLines,
  joinCutToolbar,
  releaseTail,
  splitLeadingParts,
} from './clean-passes.js';
import {
  isProse,
  joinBrokenLines,
  printedLines,
  removeInnerSpaces,
  splitSpacedParagraphs,
} from '../text/line-repair.js';
import type { CleanReport } from './types.js';
import { stripOfficialFrame } from './official-frame.js';
import { outletWriter } from './header-outlet.js';
import { keepsSpaces } from './header-labels.js';
import { stripEmojiEdges } from '../text/emoji.js';
import { stripStageMarks } from './stage-marks.js';
import { LINE_RULES } from './clean-line-rules.js';
import { PIECE_SOURCE_LINE } from './contents-split.js';
import { wechatByline } from './wechat-byline.js';
import { GramSet } from '../text/regex-literals.js';

export interface CleanHints {
  source?: string;
  date?: string;
  /** The day of a bracketed 来源 note closing a copied text: where the text first appeared. */
  originDate?: string;
  /** A handout mark above the title said the paper is spoken at a meeting (`交流发言材料之三`). */
  spoken?: boolean;
  /** A note on the writer (`（作者为……研究员）`) was taken off: the text is a signed article. */
  signed?: boolean;
}

export interface CleanResult {
  lines: string[];
  hints: CleanHints;
  report: CleanReport;
}

/** `blocks`: each line is a paragraph of the file's own markup (HTML, Word), never rejoined. */
export type TextKind = 'plain' | 'wiki' | 'blocks';

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN = new RegExp(`\\(([a-zü]*[${TONE}][a-zü${TONE}]*)\\)`, 'g');
const ORPHAN_PINYIN = new RegExp(`[?？]([a-zü]*[${TONE}][a-zü${TONE}]*)\\)`, 'g');
const COVER_MONTH =
  /^(?:(?:19|20)\d\d|[一二][〇○零0一二三四五六七八九]{3})\s*年\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月$/;
/** Whether `text` gives a day (`…年…日`) in the year a cover's month line names, in either numerals (a cover's
 * `二〇一九年三月` over a 落款's `2019年2月26日`). */
function dayOfYearIn(text: string, monthLine: string): boolean {
  const year = readHanYear(monthLine.slice(0, 4));
  const forms = `${year}|${writeHanYear(year)}`;
  return new RegExp(`(?:${forms})\\s*年[^\\n年]{1,8}日`).test(text.replace(/[○零]/g, '〇'));
}
const META_LINE = /^(?:本文|文章|稿件|信息)?(?:来源|來源|转自|转载自|轉自)\s*(?:[:：]|[丨|｜])\s*\S/;
const BRACKETED_SOURCE = /^[（(]\s*((?:来源|來源)\s*[:：][^（）()。！？；]{2,50})[)）]$/;
/** A page's posting label (not a bare 时间/日期, which a speech header uses for the day it was given). */
const POSTED_LINE = /(?:发布时间|發布時間|發佈時間|发布日期|發布日期|发稿时间|更新时间)\s*[:：]\s*/;
/** A copied info line that opens on the posting day or the author (`2024-05-06 09:12　来源：某某日报　作者：王某`,
 * `2024年06月05日 16时05分　来源：…`, `作者：王某　来源：某某日报　2024-05-06`). */
const DATED_INFO =
  /^(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}(?::\d\d(?::\d\d)?|时\d{1,2}分(?:\d{1,2}秒)?))?|(?:作者|记者|本报记者)\s*[:：][^:：]{2,20}?)[\s\u3000|｜]*(?:来源|來源|稿源)\s*[:：]/;
/** A platform's byline copied under the account's name: `2023-05-06 09:00 · 湖南 · 头条号`. */
const PLATFORM_STAMP = /^((?:19|20)\d\d-\d\d-\d\d)(?:\s+\d{1,2}:\d\d)?(?:\s*[·•]\s*[\u4e00-\u9fff]{2,6}){1,3}$/;
const ACCOUNT_NAME = /^[\u4e00-\u9fffA-Za-z0-9·]{2,20}$/;
/** A newspaper's print note closing a copied article: `（2023年06月07日　第01版）`, `《 人民日报 》（ 2023年06月12日
 * 07 版）` gives its day (and the paper). */
const EDITION_NOTE =
  /^(?:《\s*([\u4e00-\u9fff]{2,12})\s*》\s*)?[（(]\s*((?:19|20)\d\d年\d{1,2}月\d{1,2}日)[\s\u3000]*第?\s*\d{1,2}\s*版\s*[)）]$/;

/** A newspaper's masthead line typed over a clipping (`某某日报　2025年4月9日　星期三　第2版`): the paper
 * and its day, no title. Only the paper's name (ending in 报, but not a document's: `情况通报`, `工作简报`),
 * the day and, after it, the weekday and page. */
const MASTHEAD =
  /^《?([\u4e00-\u9fff]{1,9}(?<![通简汇公快情战捷喜海画电预申举呈上])报)》?[\s\u3000]+((?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:[\s\u3000]*(?:星期|周)[一二三四五六日天])?(?:[\s\u3000]*第?\s*\d{1,2}\s*版(?:[:：][\u4e00-\u9fff]{2,8})?)?$/;

const nextLine = (rows: string[], n: number) => rows.slice(n + 1).find((l) => l.trim()) ?? '';

/** Wiki rows: drop the licence template and footnotes after the last body block. */
function stripWikiTail(text: string, report: CleanReport): string {
  const blocks = text.split(/\n{5,}/);
  const licence = /公有领域|公有領域|Public domain|本模板|著作权法|著作權法|^\s*↑|版权|版權|维基文库|維基文庫/;
  while (blocks.length > 1 && licence.test(blocks[blocks.length - 1]!)) {
    report.removed.push({ reason: '维基文库版权模板', text: blocks.pop()!.trim().slice(0, 200) });
  }
  return blocks.join('\n\n').replace(/\[\s*\n?\s*(?:[A-Z]+ )?\d+\s*\n?\s*\]/g, '');
}

const PHOTO_CREDIT_AFTER_CAPTION =
  /([。！？])[ \t\u3000]*([（(][^（）()\n。！？]{2,30}(?:[ \t\u3000]|[/／])摄[)）])[ \t]*$/gm;

const STAFF_AFTER_SENTENCE =
  /([。！？”])[ \t\u3000]*([（(【[][ \t]*(?:责任编辑|责编|编辑)[ \t]*[:：][ \t]*[\u4e00-\u9fff·]{2,5}(?:[、，,][\u4e00-\u9fff·]{2,5})*[ \t]*[)）】\]])[ \t]*$/gm;

/** `titled`: the file's markup already gave the title (a PDF's large type, Word's Title style), so a
 * 简报's name over the first line is no title. `compiled`: a 汇编 with a 目录, whose pieces' `来源：…` lines stay. */
export function cleanText(input: string, kind: TextKind = 'plain', titled = false, compiled = false): CleanResult {
  const report: CleanReport = { removed: [] };
  const hints: CleanHints = {};
  let text = unifyRadicals(input)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ');
  if (kind === 'wiki') text = stripWikiTail(text, report);

  const pinyin: string[] = [];
  // `重?fù)`: the page lost the character itself (shown as ?) but kept its reading; mark the gap
  // with □, the usual placeholder for a missing glyph, instead of silently dropping it.
  text = text.replace(PINYIN, (m) => (pinyin.push(m), '')).replace(ORPHAN_PINYIN, (m) => (pinyin.push(m), '□'));
  if (pinyin.length)
    report.removed.push({ reason: `拼音注音（${pinyin.length}处）`, text: pinyin.slice(0, 20).join(' ') });
  // Full-width indents mark paragraph starts: turn them into line breaks; but not the spaces of a
  // label spaced out to a longer one's width (`日　　期：`, `主　持　人：`), nor of a spaced heading (`目　　录`).
  text = text.replace(/[ \t]*\u3000{2,}/g, (m, at: number) => (keepsSpaces(text, at, m.length) ? m : '\n'));
  // A caption's photo credit after its sentence (`开幕式现场。（记者　某某　摄）`) goes on a line of its
  // own, where it is read as the credit it is.
  text = text.replace(PHOTO_CREDIT_AFTER_CAPTION, '$1\n$2');
  // The editor's credit typed into the last paragraph after its full stop (`……落到实处。（责任编辑：某某）`)
  // goes on a line of its own too, where the staff-line rule drops it.
  text = text.replace(STAFF_AFTER_SENTENCE, '$1\n$2');

  const kept: string[] = [];
  // Whether the text kept so far is only its title line (none when the file's type marked the title): counted to two
  // at most, since it is asked of every line of a file that may hold 400,000.
  const underTitle = () => {
    let lines = 0;
    for (const l of kept) if (l && ++lines > 1) return false;
    return lines === (titled ? 0 : 1);
  };
  // The WeChat account under a copied title, and the account a repost card names as the text's
  // first publisher: below a 来源 line, the card over the account.
  let account: string | undefined;
  let cardSource: string | undefined;
  let cardName: string | null = null;
  // Text pasted from a printed file: the title printed again atop each page, after the page number.
  let firstLine: string | null = null;
  let afterPageNumber = false;
  const pageMarks: number[] = [];
  let updated: string | undefined;
  const rows = stripDraftForm(joinCutToolbar(text.split('\n')), report);
  // (a post's `🔥标题`, `👇👇👇`; a hall's `（掌声）`)
  const rowLines = rows.map((row) => stripStageMarks(stripEmojiEdges(row)).trim());
  // Only the line rules whose words some line holds are run on each line (regex-literals.ts).
  const grams = new GramSet(rowLines.join('\n'));
  const lineRules = LINE_RULES.filter((r) => grams.mayMatch(r.re));
  for (let n = 0; n < rows.length; n++) {
    let line = rowLines[n]!;
    if (!line) {
      kept.push('');
      continue;
    }
    firstLine ??= line.replace(/\s+/g, '');
    if (afterPageNumber && line.replace(/\s+/g, '') === firstLine) {
      report.removed.push({ reason: '页眉', text: line });
      continue;
    }
    afterPageNumber = false;
    // A month alone under the title, or first when the markup gave the title (`2016年2月`, `二〇一九年三月`):
    // a cover's date line, no text and no day. (A 汇编's cover, its compiler over the month, is the split's.)
    // Only when the text gives a day of that year elsewhere (the 落款): a month alone is an undated speech's one
    // sign of its period (`在扩大的工作会议上的讲话` / `1962年1月`), which the history reader needs.
    if (COVER_MONTH.test(line) && underTitle() && dayOfYearIn(text, line)) {
      report.removed.push({ reason: '封面日期', text: line });
      continue;
    }
    // A page's 来源/发布时间 line copied with its text, in either order (`发布时间：2023-02-17　来源：某某
    // 日报`, `发布日期：…　信息来源：…　浏览次数：128`): its publisher and date, and the line goes.
    const posted = POSTED_LINE.exec(line);
    const info = (posted || DATED_INFO.test(line)) && line.length < 100 && !/[。！？]/.test(line);
    const wechat = wechatByline(line, false, underTitle());
    if (wechat) {
      account ??= cleanSource(wechat.account) ?? undefined;
      hints.date ??= wechat.day;
      report.removed.push({ reason: '来源信息', text: line });
      continue;
    }
    const stamp = PLATFORM_STAMP.exec(line);
    if (stamp) {
      hints.date ??= stamp[1]!;
      // The account's name alone on the line above, under the title.
      const above = kept.filter(Boolean);
      if (above.length >= 2 && ACCOUNT_NAME.test(above[above.length - 1]!)) {
        const name = kept.splice(kept.lastIndexOf(above[above.length - 1]!), 1)[0]!;
        account ??= cleanSource(name) ?? undefined;
        report.removed.push({ reason: '来源信息', text: name });
      }
      report.removed.push({ reason: '来源信息', text: line });
      continue;
    }
    // A WeChat repost card copied with the text: its account first published it; the card's
    // nickname line under it goes too.
    const card = repostCardSource(line);
    if (card) {
      cardSource ??= card;
      report.removed.push({ reason: '来源信息', text: line });
      cardName = card;
      continue;
    }
    if (cardName && line.replace(/[*.\s]+$/, '').replace(/^\*+/, '') === cardName) {
      report.removed.push({ reason: '来源信息', text: line });
      cardName = null;
      continue;
    }
    cardName = null;
    const edition = EDITION_NOTE.exec(line) ?? MASTHEAD.exec(line);
    if (edition) {
      hints.date ??= findDate(edition[2]!) ?? undefined;
      if (edition[1]) hints.source ??= edition[1];
      report.removed.push({ reason: '版面信息', text: line });
      continue;
    }
    // A 汇编 has no one source: a piece's `来源：…` line under its title names that piece's (contents-split.ts).
    if (compiled && PIECE_SOURCE_LINE.test(line.replace(/[\s\u3000]+\S+$/, (d) => (dateOnlyLine(d) ? '' : d)))) {
      kept.push(line);
      continue;
    }
    // `（来源：人民日报　2019年03月06日）` closing a copied article: the original's info line in brackets, not
    // text. Its day ranks as a note of where the text first appeared (below a day under the title).
    const closing = BRACKETED_SOURCE.exec(line);
    if (closing) {
      hints.source ??= labelledSource(closing[1]!) ?? undefined;
      hints.originDate ??= findDate(closing[1]!) ?? undefined;
      report.removed.push({ reason: '来源信息', text: line });
      continue;
    }
    if ((META_LINE.test(line) && line.length < 120) || info) {
      const source = labelledSource(line);
      if (source) hints.source ??= source;
      // A publication label on the line wins over an update label before it; an update label's day is
      // the date only when no line gives a publication day (`更新时间：…` on its own line first).
      const published = findLabelledDate(line, false);
      const date = published ?? findDate(posted ? line.slice(posted.index + posted[0].length) : line) ?? findDate(line);
      if (date && !published && posted && /更新/.test(posted[0])) updated ??= date;
      else if (date) hints.date ??= date;
      report.removed.push({ reason: '来源信息', text: line });
      continue;
    }
    // An app's byline right under the title (`央视新闻客户端` over the day, `人民日报客户端　王立新`): the
    // outlet published the text (the banner rule below would drop its name as an app's).
    // (Only near the top: a long file's every line must not count the lines kept so far.)
    const outlet = n < 12 && kept.filter(Boolean).length === 1 ? outletWriter(line, nextLine(rows, n)) : null;
    if (outlet) {
      hints.source ??= outlet;
      report.removed.push({ reason: '来源信息', text: line });
      continue;
    }
    const rule = lineRules.find((r) => r.re.test(line));
    if (rule) {
      report.removed.push({ reason: rule.reason, text: line });
      if (rule.reason === '作者简介') hints.signed = true;
      afterPageNumber = rule.reason === '页码';
      if (afterPageNumber) pageMarks.push(kept.length);
      continue;
    }
    const more = /(查看更多|阅读全文|展开全文)\s*$/.exec(line);
    if (more && line.length > more[0].length) {
      report.removed.push({ reason: '查看更多', text: more[1]! });
      line = line.slice(0, more.index).trimEnd();
    }
    kept.push(line);
  }

  dropRunningLines(kept, pageMarks, report);
  // (Only a copy's: a Word or PDF handout's `推荐阅读` over the books it names is its own text; a Word file
  // under a 公众号's account line was copied from the app, list and all.)
  if (kind === 'plain' || account) dropRelatedTail(kept, report);
  hints.source ??= cardSource ?? account;
  hints.date ??= updated;
  releaseTail(kept, hints, report);

  // Over-long lines that use spaces as paragraph breaks (pasted from a download site).
  let lines: string[] = [];
  // A file's own paragraphs stay as they are, unless they are a printed page's lines (OCR), whose
  // half-width commas and colons between Chinese characters are the OCR's, set full-width.
  const printed = printedLines(kept);
  if (printed) kept.splice(0, kept.length, ...kept.map(fullWidthCjkPunctuation));
  for (const line of kind === 'blocks' && !printed ? kept : joinBrokenLines(kept)) {
    for (const part of splitSpacedParagraphs(line)) lines.push(part);
  }
  lines = splitLeadingParts(lines, report);
  lines = lines.map((l) => (isProse(l) ? removeInnerSpaces(l) : l.replace(/\s{2,}/g, ' ')));
  lines = dropRepeats(lines, report);
  const frame = stripOfficialFrame(lines, report, titled);
  if (frame.issuer) hints.source ??= frame.issuer;
  if (frame.date) hints.date ??= frame.date;
  if (frame.spoken) hints.spoken = true;
  return { lines: frame.lines, hints, report };
}
