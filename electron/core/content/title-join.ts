// A document's title set over two or three paragraphs (a .doc, a Word file typed line by line, a
// PDF): the shapes of a broken title that run on, and the title's own cleaning.
import { DOC_TITLE_END, ISSUER, SPEECH_TITLE } from './title-patterns.js';

/** `关　于　做　好……的　通　知`, `讲　话`: a title letter-spaced one character at a time. */
const LETTER_SPACED = /^[\u4e00-\u9fff《》“”（）、](?:[\s\u3000]+[\u4e00-\u9fff《》“”（）、])+$/;

/** A 公文's title ends on its kind; such a title is never set with a gap between two phrases, as a
 * headline or a speech's main title may be (`守护绿水青山　建设幸福河湖`). */
const OFFICIAL_KIND =
  /(?:通知|意见|办法|决定|规定|方案|通报|批复|公告|通告|细则|报告|纪要|请示|总结|汇报|要点|规划|计划)$/;

/** The gap at `at` parts a quoted slogan of two phrases as long as each other (`“学党章　守党规”主题党日活动方案`,
 * the ideographic space a PDF's text layer gives as a space): the slogan's own gap. */
function pairedSlogan(t: string, at: number): boolean {
  const open = t.lastIndexOf('“', at);
  const close = t.indexOf('”', at);
  if (open < 0 || close < 0 || t.lastIndexOf('”', at) > open) return false;
  const halves = t.slice(open + 1, close).split(' ');
  return halves.length === 2 && halves[0]!.length >= 2 && halves[0]!.length === halves[1]!.length;
}

export function cleanTitle(title: string): string {
  let t = title.trim();
  // A half-width space between two characters (or a quote's or bracket's end and a character) of a
  // 公文's title is a scan's (OCR) or a PDF's gap.
  // (Not after an organ's name: joint issuers are set apart by a space, `某某县财政局 某某县农业农村局关于…`.)
  // The kind word may hold the gap itself (`……的通 知`).
  if (OFFICIAL_KIND.test(t.replace(/ /g, '')))
    t = t.replace(/(?<=[\u4e00-\u9fff”’》）]) (?=[\u4e00-\u9fff“‘《（])/g, (gap, at: number) =>
      ISSUER.test(t.slice(0, at)) || pairedSlogan(t, at) ? gap : '',
    );
  return (LETTER_SPACED.test(t) ? t.replace(/[\s\u3000]+/g, '') : t)
    .replace(/\d*字?范文稿?$|\d+字$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An organ's name, or joint organs' names set apart by spaces (`中共某某县委　某某县人民政府`). */
const issuers = (line: string) => line.split(/[\s\u3000]+/).every((name) => ISSUER.test(name));

/** A body's session that adopts a 决议 or 决定 (`第十四届全国人民代表大会第二次会议`, `……第三次全体会议`). */
const SESSION = /^[\u4e00-\u9fff]{4,40}第[一二三四五六七八九十]{1,3}次(?:全体)?会议$/;

/** The title when the first lines are the pieces of one (they leave `lines`), else null. */
export function brokenTitle(lines: string[], headline: (l: string | undefined) => boolean): string | null {
  const first = lines[0] ?? '';
  // Over three: `某某县人民政府办公室` + `关于印发某某县2025年森林防灭火` + `工作方案的通知`: the subject's
  // two lines are one, then it is joined to its organ as below.
  const [l1, l2] = [lines[1] ?? '', lines[2] ?? ''];
  if (
    issuers(first) &&
    /^关于/.test(l1) &&
    !DOC_TITLE_END.test(l1) &&
    headline(l2) &&
    DOC_TITLE_END.test(l2) &&
    !/关于/.test(l2) &&
    lines.length > 3
  )
    lines.splice(1, 2, `${l1}${l2}`);
  // A long title set in two paragraphs: `中共某某县委员会` + `关于……的通知`, `在全县……` + `……上的讲话`.
  const second = lines[1] ?? '';
  if (headline(first) && headline(second) && !/^[—－-]/.test(second) && lines.length > 2) {
    const joined = `${first}${second}`;
    // Only the two shapes of a broken document title: a news headline over its 副题 stays apart.
    const issuerAndSubject =
      /^关于/.test(second) && DOC_TITLE_END.test(second) && (issuers(first) || SESSION.test(first));
    const speech = SPEECH_TITLE.test(joined) && !first.includes('上的');
    // `……关于印发《某某县2024年` + `……工作要点》的通知`: a 《》 left open runs on into the next line.
    const openBook = /《[^》]*$/.test(first) && /^[^《]*》/.test(second) && DOC_TITLE_END.test(second);
    // `某某县人民政府关于印发` + `《……办法》的通知`, `中共某某县委关于加强新时代` + `基层党组织建设的意见`,
    // `关于做好2025年春季森林防火` + `工作的通知` (no organ before it): a `关于` line, opening the page or after
    // an organ's name, that does not end as a title runs on into the line that does.
    const issuerCut = /^(.*?)关于[^《》]*$/.exec(first);
    const cutVerb =
      !!issuerCut &&
      (issuerCut[1] === '' || ISSUER.test(issuerCut[1]!)) &&
      !DOC_TITLE_END.test(first) &&
      !/关于/.test(second) &&
      DOC_TITLE_END.test(second);
    // `……关于印发《……实施方案》` + `的通知`, `在全市……会议上的` + `讲话`: a line that stops on 的, or
    // one the kind word alone finishes, is the title's end carried over.
    const kindTail = isKindTail(first, second);
    if ((issuerAndSubject || speech || openBook || cutVerb || kindTail) && joined.length <= 80) {
      lines.splice(0, 2);
      return joined;
    }
  }
  return null;
}

/** The second line is only the title's kind (`的通知`, `讲话`) and the first cannot end a title without it. */
function isKindTail(first: string, second: string): boolean {
  const kind = second.replace(/^的/, '');
  if (kind.length > 4 || DOC_TITLE_END.exec(kind)?.index !== 0 || DOC_TITLE_END.test(first)) return false;
  return second.startsWith('的') || first.endsWith('的');
}
