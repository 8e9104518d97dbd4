// A document's own sentences as candidate 金句 of one paragraph, under the speaker the caller gives (quote-candidates.ts
// decides whose they are): not a heading, a quotation, reported or cited words, one member of a list, an answer to a
// question just asked; the marking lead (`实践证明，`, `同志们，`) left off; too long a sentence gives its opening
// judgement alone, and a leading thesis or a trailing maxim is offered on its own as well.
import { splitSentences } from '../text/sentences.js';
import { hanCount } from '../text/char-counts.js';
import { foldQuoteMarks } from '../text/normalize.js';
import { reportedSpans } from './reported-speech.js';
import { TASK_START } from './sentence-tasks.js';
import { citesInside, speakersIn } from './speakers.js';
import { leadingThesis, trailingMaxim } from './trailing-maxim.js';
import { joinShortCouplets, listMembers } from './semicolon-series.js';
import { CONCLUSION_LEAD } from './conclusion-lead.js';
import { markingLead } from './lead-ins.js';
import { openingJudgement } from './opening-judgement.js';
import type { CandidateDoc, QuoteCandidate } from './quote-candidate-types.js';
import { onlyNot } from './judgement-words.js';
import { SAYING_SHARE, sayingIn } from './sayings.js';

const LONG_QUOTE = /“[^“”]{8,}”|"[^"\n]{8,}"/g;
// A footnote mark (“…的民族。”⑧这是…) closes the sentence before, not this one.
// (`实践证明，`, `这里需要特别指出，`: lead-ins.ts.) `我们重申，` only marks the thesis after it; so do `但是，`/
// `当然，` before a judgement of its own (但是，人民生活的改善，必须建立在生产发展的基础上), which only turns to it.
// (一是大幅度增加政府支出，这是…最有效的措施: a list number before an item judged in its own sentence is
// left off like a lead; the item stands with its judgement.)
export const LEAD =
  /^(?:同志们|各位代表|朋友们)[，,！!：:]\s*|^——\s*|^对[^，,。；]{2,16}(?:来说|而言)[，,]|^[①-⑳]+|^[一二三四五六七八九十]是(?=[^，,。；]{2,20}[，,]这是)|^我们(?:郑重)?重申[，,]|^(?:但是|当然)[，,](?=[^。；;]*(?:是|必须|决不|绝不))/;
/** 我们坚信，两岸关系和平发展是…历史潮流: a judgement the speaker declares a belief in stands by
 * itself; a belief in what will follow (我们相信，…一定能…) is a hope, and keeps its lead. */
export function beliefLead(text: string): RegExpExecArray | null {
  // (`我们始终认为，企业的难处就是政府的痛处`: a judgement the speaker says he holds.)
  const m = /^我们(?:始终|一直|历来)?(?:坚信|深信|坚定地相信|相信|认为)[，,]/.exec(text);
  return m && !/一定|必将|必定|必然/.test(text) ? m : null;
}
const MAX_OWN = 80;
/** A series joined by ； (semicolon-series.ts) is remembered member by member: it may be longer. */
const MAX_SERIES = 120;
/** A sentence opening on a turn (但, 但是, 然而, 可是, 不过). */
const TURN = /^\s*(?:但|然而|可是|不过)/;

export function ownCandidates(
  doc: CandidateDoc,
  paragraph: number,
  folded: string,
  speaker: string | null,
): QuoteCandidate[] {
  const text = doc.paragraphs[paragraph]!.text;
  const quoted = [...folded.matchAll(LONG_QUOTE)].map((m) => [m.index, m.index + m[0].length] as const);
  const names = speakersIn(folded);
  const reported = reportedSpans(folded);
  const out: QuoteCandidate[] = [];
  // (Split where the folded marks close: `「……。」我們要…` opens its own sentence after 」.)
  const sentences = joinShortCouplets(splitSentences(foldQuoteMarks(text)));
  // The topic sentence: the first, or the second after a short heading-like instruction
  // (政府工作报告: “更大力度稳定和扩大就业。就业是民生之本。…”).
  const inList = listMembers(sentences);
  const s0 = sentences[0]?.text ?? '';
  // ——持续增进民生福祉，扎实推动共同富裕。坚持…: a dash item's short opening without a copula is
  // its heading (a plan's goals listed), not a saying (——中国式现代化是…的现代化 is one).
  const dashHeading = /^\s*——/.test(s0) && s0.length <= 26 && !/是/.test(s0);
  const topic =
    dashHeading || (s0.length <= 24 && (TASK_START.test(s0) || /^[（(][一二三四五六七八九十]+[）)]/.test(s0))) ? 1 : 0;
  // 走可持续发展之路。 / 标本兼治，重在治本。: a paragraph of one short line without a copula, before a
  // longer one, is the heading of what follows (a judgement, …是…所在, stays a thesis).
  const next = doc.paragraphs[paragraph + 1]?.text ?? '';
  // (厉行勤俭节约，反对奢侈浪费。: its characters are counted, not its marks.)
  // (A line that ends on no mark at all, `红色专列驶进村，旅游产业更红火`, is a heading up to 16.)
  const bare = !/[。！？!?…”’」』]\s*$/.test(text);
  // (营商环境没有最好，只有更好。, 脚上沾满泥土，心里才有真情。, 守住第一次，才能守住每一次。, 群众利益无小事。: the only/never antithesis, a
  // condition and what follows from it, or a well-known saying is the paragraph's point, not its heading.)
  // (Asked last: a saying is looked for only in a paragraph that may be a heading.)
  const point = () =>
    onlyNot(s0) || /[，,][^，,。]{0,10}(?:才|就|则|必)/.test(s0) || (sayingIn(s0)?.coverage ?? 0) >= SAYING_SHARE;
  const heading =
    sentences.length === 1 &&
    hanCount(s0) <= (bare ? 16 : 12) &&
    !/是/.test(s0) &&
    next.length > 2 * s0.length &&
    !point();
  sentences.forEach((s, index) => {
    if (heading) return;
    if (quoted.some(([a, b]) => a < s.end && b > s.start)) return;
    // “总书记指出，……”, “俗话说，……”, “他还强调，……”: reported words, whoever reports them.
    if (reported.some(([a, b]) => a < s.end && b > s.start)) return;
    // “邓小平同志说过，发展才是硬道理”: the words are someone else's, even without marks.
    if (citesInside(folded, names, s.start, s.end)) return;
    // 一手抓改革开放，一手抓打击犯罪；一手抓经济建设…；一手抓物质文明…: one member of a list of
    // three or more cut at ； is a fragment (the two halves of a long couplet may each stand).
    if (inList[index] || (index === 0 && dashHeading)) return;
    // …，必须经得起执政的考验；我们党正在领导改革开放，也必须经得起…: a second half that goes on
    // with 也/又/同样 leans on the first.
    if (/[；;]$/.test(sentences[index - 1]?.text ?? '') && /^[^。；;]{2,20}?[，,](?:也|又|同样)/.test(s.text)) return;
    // (…是吹牛皮、放大炮吗？不，是做得到的。既不是吹牛皮，也不是放大炮。: a denial just after a question answers it.)
    if (
      /^(?:既不|不是|并不|不[，,])/.test(s.text) &&
      sentences.slice(Math.max(0, index - 2), index).some((x) => /[？?]$/.test(x.text))
    )
      return;
    // 解析：土地改革的完成，彻底废除了…: a quiz paper's explanation of its answer, not a saying.
    if (/^(?:解析|答案|考点|题目)[：:]/.test(s.text)) return;
    const marked = markingLead(s.text);
    const lead = LEAD.exec(s.text) ?? CONCLUSION_LEAD.exec(s.text) ?? beliefLead(s.text);
    const lesson = marked?.lesson === true;
    const start = s.start + (marked ? marked.length : lead ? lead[0].length : 0);
    const t = text.slice(start, s.end).trim();
    if (t.length < 5) return;
    if (t.length > (/[；;]./.test(t) ? MAX_SERIES : MAX_OWN)) {
      const open = openingJudgement(t);
      if (open !== null)
        out.push({ paragraph, start, end: start + open, text: t.slice(0, open), speaker, source: 'own', clause: true });
      return;
    }
    const conceded = TURN.test(sentences[index + 1]?.text ?? '');
    out.push({
      paragraph,
      start,
      end: start + t.length,
      text: t,
      speaker,
      source: 'own',
      first: index === topic,
      ...(conceded ? { conceded } : {}),
      ...(lesson ? { lesson } : {}),
    });
    const head = leadingThesis(t);
    if (head !== null)
      out.push({ paragraph, start, end: start + head, text: t.slice(0, head), speaker, source: 'own' });
    const tail = trailingMaxim(t);
    if (tail !== null)
      out.push({ paragraph, start: start + tail, end: start + t.length, text: t.slice(tail), speaker, source: 'own' });
  });
  return out;
}
