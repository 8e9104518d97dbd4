// Metadata from the text itself: title, date, source, speakers with role, occasion, place and
// type. Patterns run on the folded (simplified) text, which is length-preserving, so the values
// are cut from the original and traditional documents keep their script.
import type { Paragraph } from '../../contract/api.js';
import { detectScript, foldForSearch } from '../text/normalize.js';
import { isProse } from '../text/line-repair.js';
import { dateOnlyLine, findDateline, noteDay, normaliseDate, npcSessionYear } from './dates.js';
import { joinBroken } from './formats/word-lines.js';
import { isPersonName } from '../knowledge/person-name.js';
import { isNamedLeader } from '../knowledge/speakers.js';
import { speechNote } from '../knowledge/speech-note.js';
import { isBylineName } from '../knowledge/byline-name.js';
import { leadSpeakers } from './meeting-speakers.js';
import { docType, noteLines } from './doc-type.js';
import { lessonForm } from './lesson-form.js';
import { ATTACHMENT_HEAD, bylineOf, fieldsFirst, readHeader, SALUTATION } from './header.js';
import { recordLeadDay } from './header-dates.js';
import { originNote } from './origin-note.js';
import { readerCover } from './reader-cover.js';
import { cut } from './folded-cut.js';
import { brokenTitle, cleanTitle } from './title-join.js';
import { paragraphKinds } from './outline.js';
import type { Article } from './split.js';
import type { DocMetadata, ImportHints } from './import-hints.js';
import {
  CHRONICLE_TITLE,
  DATELINE,
  NEWS_LEAD,
  OCCASION_RE,
  OWN_REVIEW,
  SENTENCE_END,
  SUBTITLE,
  TITLE_BRACKET_NAME,
  TITLE_OCCASION,
  TITLE_ROLE_SPEECH,
  TITLE_TRAILING_NAME,
  TITLE_SPEECH,
} from './title-patterns.js';

const ASKING_HEADLINE = /^[^。！？!?]{4,40}[！？!?][（(][^（）()。！？]{2,30}[)）]$/;

function pad(n: string): string {
  return n.padStart(2, '0');
}

export { normaliseDate };
export type { DocMetadata, ImportHints };

export function deriveMetadata(
  article: Article,
  hints: ImportHints,
  found: { source?: string; date?: string; originDate?: string; spoken?: boolean; signed?: boolean },
  headings: readonly string[] = [],
): DocMetadata {
  // A 教案 form's title cell is the title, over any the file's type marked (the form's own name).
  const form = lessonForm(article.lines);
  let lines = form ? form.lines : fieldsFirst([...article.lines]);
  // A 学习读本's cover: the title the file's type marked on it is the book's, not the text's.
  const cover = form ? 0 : readerCover(lines);
  if (cover) lines = lines.slice(cover);
  let title = form?.title ?? (cover ? null : hints.title) ?? null;
  // An 附件 saved as a file of its own opens on its label (`附件1`): neither title nor text.
  if (ATTACHMENT_HEAD.test((lines[0] ?? '').trim()) && lines.length > 2) lines.shift();
  const first = lines[0] ?? '';
  // A headline may have commas (`惠民政策落地快，群众办事更方便`); it ends no sentence.
  // One that asks or exclaims before its column's bracket is a headline too (`冲锋，这里就是战场！（一线抗疫群英谱）`).
  const headline = (l: string | undefined) =>
    l !== undefined &&
    (!isProse(l) || (l.length <= 60 && !SENTENCE_END.test(l) && (!/[。！？]/.test(l) || ASKING_HEADLINE.test(l))));
  // A headline in two lines, who and what: `外交部：` + `合作才有出路，对抗没有前途`; an 引题
  // that runs into it: `某大学教授、翻译家张三——` + `五十余载，架设文化交流之桥`.
  if (!title && /^(?:[^。！？，]{2,20}[：:]|[^。！？]{4,40}——)$/.test(first) && headline(lines[1]) && lines.length > 2)
    title = `${lines.shift()!}${lines.shift()!}`;
  if (!title) title = brokenTitle(lines, headline);
  const second = lines[1] ?? '';
  // A main title over two lines above its `——在……上的讲话` subtitle (a .doc keeps the manual line
  // break of a Word title as a paragraph break).
  if (!title && headline(first) && headline(second) && !/^——/.test(second) && SUBTITLE.test(lines[2] ?? '')) {
    title = joinBroken(lines.splice(0, 2))[0]!;
  }
  if (!title && lines.length > 1 && headline(first) && first.length <= 80 && !SALUTATION.test(first))
    title = lines.shift()!;
  if (!title) {
    const lead = lines.find(isProse) ?? lines[0] ?? '';
    title = lead.slice(0, 24) + (lead.length > 24 ? '…' : '');
  }
  title = cleanTitle(title);
  // `在全县……上的讲话（2024年3月5日）`: the date set into the title line is the speech's.
  const dated = /^(.{4,}?)[\s\u3000]*[（(]([^（）()]{6,24})[)）]$/.exec(title);
  const titleDate = dated ? dateOnlyLine(dated[2]!) : null;
  if (titleDate) title = dated![1]!;
  // Byline and date lines under the title are metadata, not body.
  const header = readHeader(lines, title);
  lines = lines.filter((_, i) => !header.drop.has(i));
  const body = lines.join('\n');
  const foldedBody = foldForSearch(body);
  const foldedTitle = foldForSearch(title);
  const lead = lines.filter(isProse).slice(0, 2).join('\n');
  const foldedLead = foldForSearch(lead);

  const type = docType({
    hinted: hints.type,
    spoken: found.spoken,
    signed: found.signed,
    lectured: header.lectured,
    title,
    foldedTitle,
    lines,
    lead,
    foldedLead,
    body,
    foldedBody,
  });

  // Speakers: the byline, the title `某某在…上的讲话`, or `市委书记李强主持会议并强调` in the lead.
  const speakers: { name: string; role: string | null }[] = [...(hints.speakers ?? [])];
  // A byline under the title names a speaker only over a speech: over an article or a notice it is
  // the writer's (`县委书记　王军` over a signed commentary), unless a leader whose signed texts are speeches.
  const speaks = (name: string) => type === '讲话' || header.delivered || isNamedLeader(name);
  if (header.speaker && speaks(header.speaker.name) && !speakers.some((s) => s.name === header.speaker!.name))
    speakers.push(header.speaker);
  const titleSpeech = cut(title, foldedTitle, TITLE_SPEECH);
  // `习近平：在……上的讲话` (a news page's title): the name before the colon must be a person's.
  const titleName = titleSpeech?.[1];
  if (
    titleName &&
    !/^\d/.test(titleName) &&
    (!titleSpeech[2] || isPersonName(titleName)) &&
    !speakers.some((s) => s.name === titleName)
  )
    speakers.push({ name: titleName, role: null });
  // `县委书记王建国在……上的讲话`, `市委副书记、市长李红梅同志在……`: the role before the name.
  const roleSpeech = titleSpeech ? null : cut(title, foldedTitle, TITLE_ROLE_SPEECH);
  const titled = roleSpeech && isBylineName(roleSpeech[2]!) ? speakers.find((s) => s.name === roleSpeech[2]) : null;
  // A byline of the name alone (`吴国华` under the title) takes the post the title gives him.
  if (titled) titled.role ??= roleSpeech![1]!;
  else if (roleSpeech && isBylineName(roleSpeech[2]!)) speakers.push({ name: roleSpeech[2]!, role: roleSpeech[1]! });
  const trailingName = cut(title, foldedTitle, TITLE_TRAILING_NAME)?.[1];
  const bracketName =
    cut(title, foldedTitle, TITLE_BRACKET_NAME)?.[1] ??
    (trailingName && isBylineName(trailingName) ? trailingName : undefined);
  if (bracketName && isPersonName(bracketName) && !speakers.some((s) => s.name === bracketName))
    speakers.push({ name: bracketName, role: null });
  // `市委书记赵志明出席并讲话` in the lead: the one leader who spoke at the meeting (meeting-speakers.ts).
  // A speech's own lead names others (`刚才，孙海涛同志作了工作报告`): never its speaker.
  const leadText = lines.filter(isProse).slice(0, 4).join('\n');
  for (const s of type === '讲话' ? [] : leadSpeakers(leadText, body, type === '会议报道'))
    if (!speakers.some((x) => foldForSearch(x.name) === foldForSearch(s.name))) speakers.push(s);

  let occasion = hints.occasion ?? cut(title, foldedTitle, TITLE_OCCASION)?.[1] ?? header.occasion ?? null;
  if (!occasion) {
    for (const [re, needs] of OCCASION_RE) {
      if (!needs.some((w) => foldedLead.includes(w))) continue;
      const m = cut(lead, foldedLead, re);
      if (m) {
        const o = m[1]!.replace(/^(?:了|在)/, '');
        if (/^(的|从|这|此|本)|这次|此次/.test(o)) continue;
        occasion = o;
        break;
      }
    }
  }

  const dateline = cut(body, foldedBody, DATELINE);
  const opening = lines.slice(0, 3).join('\n');
  const wire = findDateline(opening, `${title}\n${opening}`);
  let place = hints.place ?? dateline?.[2] ?? wire?.place ?? null;
  const titlePlace = /^([\u4e00-\u9fff]{2,5})[:：]/.exec(title);
  if (!place && titlePlace) place = titlePlace[1]!;

  const note = originNote(lines);
  // A date under the title (a speech's `（1967年5月2日）`) is the text's own: a page republishing
  // it, or a 发布时间 line copied with it, says when it was posted, which may be decades later.
  // A notice's 落款 before the info table's day (a 生成日期 read as its 成文日期) is the day it was signed.
  const hinted = normaliseDate(hints.date);
  const signedEarlier = type === '文件' && hinted && header.signatureDate && header.signatureDate < hinted;
  // A wire's 电头 dates its story on a page reposting it days later (`新华社北京11月20日电` on a page of 11月22日), in
  // the page's year (the one before for a December wire on a January page). The next day is when a paper or an
  // account carries a wire: that page's day stands (sites70's rubric).
  const paged = hinted ?? header.date ?? normaliseDate(hints.pageDate ?? found.date);
  const wired = wire && paged ? noteDay(wire.day, paged) : null;
  const wireDay = wired && Date.parse(paged!) - Date.parse(wired) >= 2 * 86_400_000 ? wired : null;
  let date =
    (signedEarlier ? header.signatureDate : hinted) ??
    wireDay ??
    // (A 大事记's first entry's day, under the title, is that entry's, not the text's.)
    (CHRONICLE_TITLE.test(title) ? null : header.date) ??
    titleDate ??
    recordLeadDay(lines, title) ??
    // The 题注 over a speech gives the day it was given (`这是……2026年1月30日在……上的讲话`).
    (type === '讲话'
      ? noteLines(lines)
          .map((l) => noteDay(speechNote(l)?.day ?? null, normaliseDate(hints.pageDate)))
          .find(Boolean)
      : null) ??
    normaliseDate(hints.originDate ?? found.originDate) ??
    note.date ??
    // A notice's 落款 date is the day it was signed; the page that carries it says when it went up.
    (type === '文件' ? header.signatureDate : null) ??
    normaliseDate(hints.pageDate) ??
    normaliseDate(found.date) ??
    wire?.date ??
    header.signatureDate ??
    normaliseDate(hints.issueDate);
  // A year from a corpus row is refined by a full date in that year under the title.
  if (date && /^\d{4}$/.test(date) && header.date?.startsWith(date)) date = header.date;
  // `2019年政府工作报告` is that year's report; a news title's year is often the past one
  // (`2016年全市居民消费价格上涨1.8%`, printed the next January), so only report-like titles give a year.
  if (!date) {
    const y = /^(1[89]\d\d|20\d\d)年.*(?:报告|规划|计划|纲要|要点|决议|讲话|致辞|工作会议)$/.exec(title);
    if (y) date = y[1]!;
  }
  if (!date) date = npcSessionYear(foldedTitle);
  if (!date && dateline?.[3]) date = `${dateline[3]}-${pad(dateline[4]!)}-${pad(dateline[5]!)}`;

  const source =
    hints.source ??
    article.source ??
    found.source ??
    header.source ??
    note.source ??
    dateline?.[1] ??
    wire?.agency ??
    hints.site ??
    null;

  // The 作者 of a speech is its speaker, and of an article only when a leader whose signed articles
  // are his speeches (求是's `作者：习近平`); a commentator or a news story's reporter (a story opens on its
  // dateline or its day: `新华社北京3月5日电`, `3月1日，…`, `近日，…`) speaks no one's words.
  const news = !!dateline || !!wire || NEWS_LEAD.test(lines.find(isProse) ?? '');
  const byAuthor = (a: string) => type === '讲话' || (type === '文章' && !news && isNamedLeader(a));
  if (hints.author && byAuthor(hints.author) && !speakers.some((s) => s.name === hints.author))
    speakers.unshift({ name: hints.author, role: null });

  // A byline in the body: a speech signed at its end (`中共某市委书记　吴建华`) names its speaker; a
  // file holding a second speech under its own byline has two speakers, so neither owns the text.
  for (const by of lines.map(bylineOf)) {
    if (!by || speakers.some((s) => s.name === by.name)) continue;
    if (speakers.length > 0 || type === '讲话') speakers.push(by);
  }
  // A speech in a collection: its speaker is named in the 题注 only (`这是某某同志在……上讲话的主要部分。`).
  const noted = type === '讲话' && speakers.length === 0 ? lines.map(speechNote).find((n) => n) : null;
  if (noted) speakers.push({ name: noted.name, role: noted.role });

  // A 述职报告 or 民主生活会 发言提纲 is the writer's own review: the names on it speak for no one, unless
  // the title says who gave it where (`李建国同志在……民主生活会上的对照检查发言`).
  if (OWN_REVIEW.test(foldedTitle)) {
    const said = speakers.find((s) => s.name === (titleSpeech ? titleName : roleSpeech?.[2]));
    speakers.splice(hints.speakers?.length ?? 0);
    if (said) speakers.push(said);
  }
  const paragraphs: Paragraph[] = paragraphKinds(lines, headings);
  return { title, type, date, source, speakers, occasion, place, script: detectScript(title + body), paragraphs };
}
