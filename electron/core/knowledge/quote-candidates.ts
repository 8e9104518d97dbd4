// Candidate 金句 of one document, each with a speaker that is certain or none:
// - quotations in a citation frame (quote-frames.ts): the framed speaker;
// - the document's own sentences: its 报告人 / 讲话人 when the document is a speech or report with
//   exactly one known speaker; none for articles and unknown speakers. Meeting reports (会议报道)
//   are the reporter's narration, so their own sentences are never candidates, except the theses the
//   meeting itself states (meeting-theses.ts), credited to nobody.
// Sentences that carry someone else's words (a long quotation, or “X说/指出…” without marks,
// whoever X is: 总书记, 他, 俗话, 会议; reported-speech.ts) are not the document speaker's own.
import { splitSentences } from '../text/sentences.js';
import { hanCount } from '../text/char-counts.js';
import { foldForSearch, foldQuoteMarks } from '../text/normalize.js';
import { selfQuotes } from './quote-frames.js';
import { speakingPeople } from './narrated-names.js';
import { reportedSpans } from './reported-speech.js';
import { TASK_START } from './sentence-tasks.js';
import { citesInside, CUE, generalSecretaryAlias, isNamedLeader, speakersIn, type OwnName } from './speakers.js';
import { pronounSpeakers } from './pronoun-speaker.js';
import { speechReferences } from './relayed-speech-ref.js';
import { nextParagraphWords, reportedWords } from './reported-candidates.js';
import { continuedWords } from './continued-words.js';
import { HOST_PROCEDURE, transcriptTurns, TURN_PLEDGE, WORDS_PRAISED, type Turn } from './transcript-turns.js';
import { bylineTurns, SELF_ACCOUNT, TURN_ASIDE } from './byline-turns.js';
import { isCountedPast, isLocalAccount, isTimeFirstAccount } from './local-account.js';
import { givenNameAliases } from './given-name-alias.js';
import { parentAliases } from './article-subjects.js';
import { isCreditable } from './uncredited.js';
import { isCriticisedLine } from './superseded-lines.js';
import { isFrameOnly } from './sentence-fragment.js';
import { recalledPeriodSpeech, withinRecalled } from './recalled-speech.js';
import { leadingThesis, trailingMaxim } from './trailing-maxim.js';
import { joinShortCouplets, listMembers } from './semicolon-series.js';
import { speechNoteSpeaker } from './speech-note.js';
import { citedParagraphs } from './cited-paragraphs.js';
import { CONCLUSION_LEAD } from './conclusion-lead.js';
import { unknownFrames } from './unknown-frames.js';
import { unnamedVoices } from './unnamed-voices.js';
import { markingLead } from './lead-ins.js';
import { openingJudgement } from './opening-judgement.js';
import type { CandidateDoc, QuoteCandidate } from './quote-candidate-types.js';
import { frameCandidates } from './frame-candidates.js';
import { meetingTheses } from './meeting-theses.js';
import { onlyNot } from './judgement-words.js';
import { SAYING_SHARE, sayingIn } from './sayings.js';
import { echoesQuestion } from './echo-answer.js';

export type { CandidateDoc, QuoteCandidate } from './quote-candidate-types.js';

const LONG_QUOTE = /“[^“”]{8,}”|"[^"\n]{8,}"/g;
// A footnote mark (“…的民族。”⑧这是…) closes the sentence before, not this one.
// (`实践证明，`, `这里需要特别指出，`: lead-ins.ts.) `我们重申，` only marks the thesis after it; so do `但是，`/
// `当然，` before a judgement of its own (但是，人民生活的改善，必须建立在生产发展的基础上), which only turns to it.
// (一是大幅度增加政府支出，这是…最有效的措施: a list number before an item judged in its own sentence is
// left off like a lead; the item stands with its judgement.)
const LEAD =
  /^(?:同志们|各位代表|朋友们)[，,！!：:]\s*|^——\s*|^对[^，,。；]{2,16}(?:来说|而言)[，,]|^[①-⑳]+|^[一二三四五六七八九十]是(?=[^，,。；]{2,20}[，,]这是)|^我们(?:郑重)?重申[，,]|^(?:但是|当然)[，,](?=[^。；;]*(?:是|必须|决不|绝不))/;
/** 我们坚信，两岸关系和平发展是…历史潮流: a judgement the speaker declares a belief in stands by
 * itself; a belief in what will follow (我们相信，…一定能…) is a hope, and keeps its lead. */
function beliefLead(text: string): RegExpExecArray | null {
  // (`我们始终认为，企业的难处就是政府的痛处`: a judgement the speaker says he holds.)
  const m = /^我们(?:始终|一直|历来)?(?:坚信|深信|坚定地相信|相信|认为)[，,]/.exec(text);
  return m && !/一定|必将|必定|必然/.test(text) ? m : null;
}
const MAX_OWN = 80;
/** A series joined by ； (semicolon-series.ts) is remembered member by member: it may be longer. */
const MAX_SERIES = 120;
/** A sentence opening on a turn (但, 但是, 然而, 可是, 不过). */
const TURN = /^\s*(?:但|然而|可是|不过)/;

function ownCandidates(doc: CandidateDoc, paragraph: number, folded: string, speaker: string | null): QuoteCandidate[] {
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

function narratesSpeaker(doc: CandidateDoc, name: string): boolean {
  const aliases = [name, ...(name === '周恩来' ? ['周总理'] : [])].map(foldForSearch);
  const cue = new RegExp(`(?:${aliases.join('|')})(?:同志|总理)?[^，。]{0,10}?${CUE}`);
  // (The 题注 `这是某某同志在……上讲话的一部分。` names the speaker; it does not narrate him.)
  return doc.paragraphs.some((p) => cue.test(foldForSearch(p.text)) && !speechNoteSpeaker(p.text));
}

export function quoteCandidates(doc: CandidateDoc): QuoteCandidate[] {
  const names = doc.speakers.map((s) => s.name);
  // A text that narrates its speaker in the third person (“周总理指出…”, a 摘要 by a reporter) is
  // not the speaker's own words.
  const narrated = names.length === 1 && narratesSpeaker(doc, names[0]!);
  const own = (doc.type === '讲话' || doc.type === '文件') && names.length === 1 && !narrated ? names[0]! : null;
  // The words of a document whose deliverer is not credited stay the document's own, without a name.
  const ownSpeaker = isCreditable(own) ? own : null;
  const out: QuoteCandidate[] = [];
  const cited = citedParagraphs(doc.paragraphs);
  const news = doc.type === '会议报道' || doc.type === '文章';
  const foldedAll = doc.paragraphs.map((p) => foldQuoteMarks(foldForSearch(p.text)));
  // (Folding is unit by unit: the whole text folded is the paragraphs folded, joined.)
  const whole = foldedAll.join('\n');
  // A name found in the folded text is credited as the text writes it (劉志華 in a traditional text).
  const original = doc.paragraphs.map((p) => p.text).join('\n');
  const asWritten = (name: string) => {
    const at = whole.indexOf(name);
    return at < 0 ? name : original.slice(at, at + name.length);
  };
  // Frames may also name the people a report narrates speaking, and 总书记 where the text names 习近平总书记.
  const reporters = speakingPeople(doc.type, whole).map(asWritten);
  const people = [...new Set([...names, ...reporters])];
  // `国强书记强调，“……”` where the text names 县委书记李国强 once.
  const aliases =
    doc.type === '会议报道' || doc.type === '讲话'
      ? givenNameAliases(whole, people.map(foldForSearch)).map((o) =>
          typeof o === 'string' ? o : ([o[0], asWritten(o[1])] as const),
        )
      : [];
  // (`父亲常对我说：“……”` in a memoir that names `我的父亲周德厚`.)
  const parents = doc.type === '文章' ? parentAliases(whole).map((o) => [o[0], asWritten(o[1])] as const) : [];
  const frameNames: OwnName[] = [...people, ...aliases, ...parents, ...generalSecretaryAlias(whole)];
  const foldedParas = doc.paragraphs.map((p, i) => (p.kind === 'p' ? foldedAll[i]! : null));
  // `……没有发言权。”他还说过：“……”`: 他 is the one person the sentence before is about.
  const refs = speechReferences(foldedParas, frameNames);
  // (A name the text gives under a post is found folded: credited as written, 麥詠琪 in a traditional text.)
  const pronouns = pronounSpeakers(foldedParas, frameNames).map((ps, i) => [
    ...ps.map((p) => (isNamedLeader(p.name) ? p : { ...p, name: asWritten(p.name) })),
    ...refs[i]!,
  ]);
  const heads = foldedAll.filter((_, i) => doc.paragraphs[i]!.kind !== 'p');
  // A page of remarks under bylines (发言摘登): each byline's turn, a certain name's or nobody's — also in a file
  // typed 讲话 (`交流发言（摘要）`), whose bylines say it holds several people's words.
  const bylines = bylineTurns(foldedAll);
  const titled = doc.title ? [...heads, foldForSearch(doc.title)] : heads;
  const turns = (doc.type === '讲话' ? [] : transcriptTurns(foldedParas, titled)).map((t) =>
    t ? { ...t, name: asWritten(t.name) } : undefined,
  );
  const bylineTurn = (i: number) => {
    const b = bylines[i];
    return b?.name ? { name: asWritten(b.name), at: b.at } : undefined;
  };
  doc.paragraphs.forEach((p, i) => {
    const folded = foldedParas[i];
    if (folded == null || speechNoteSpeaker(p.text)) return;
    // Words framed as an uncredited person's (“林彪同志指出…”) are never offered as 金句.
    const allFramed = frameCandidates(doc, i, folded, frameNames, pronouns[i]!);
    const framed = allFramed.filter((c) => !c.speaker || isCreditable(c.speaker));
    out.push(...framed);
    // A model's words in a speech, framed by a cue with nobody certain before it, and elsewhere the words of a voice
    // the text does not name (`一位老党员这样说`): nobody's.
    const taken = new Set(allFramed.map((c) => c.start));
    for (const u of doc.type === '讲话' ? unknownFrames(folded, taken) : unnamedVoices(folded))
      if (!taken.has(u.start))
        out.push({ paragraph: i, ...u, text: p.text.slice(u.start, u.end), speaker: null, source: 'frame' });
    // `我在去年的全会上讲过：“……”`: a speech's speaker quoting himself.
    if (ownSpeaker && doc.type === '讲话')
      for (const q of selfQuotes(folded))
        if (!framed.some((f) => f.start === q.start))
          out.push({ paragraph: i, ...q, text: p.text.slice(q.start, q.end), speaker: ownSpeaker, source: 'frame' });
    // `他指出，……`, `李强在讲话中强调，……`: a named person's words without marks, as his own sentences.
    const reported = [
      ...reportedWords(folded, frameNames, pronouns[i]!),
      // (In a news report or an article; a speech's or a document's `列宁曾经指出：⏎…` is a citation told over.)
      ...nextParagraphWords(news && cited[i] ? foldedParas[i - 1] : null, folded, frameNames, pronouns[i - 1] ?? []),
    ];
    // `张文斌指出：“……”要选优配强……。`: in a report, an instruction right after a person's words is his.
    const said = [...framed, ...reported].filter((w): w is typeof w & { speaker: string } => !!w.speaker);
    const continued = doc.type === '会议报道' ? continuedWords(folded, said, frameNames) : [];
    for (const w of [...reported, ...continued])
      if (isCreditable(w.speaker))
        out.push({
          paragraph: i,
          start: w.start,
          end: w.end,
          text: p.text.slice(w.start, w.end),
          speaker: w.speaker,
          source: 'own',
          reported: true,
          ...(doc.type === '会议报道' || doc.type === '文章' ? { retold: true } : {}),
        });
    const turn = turns[i] ?? bylineTurn(i);
    // (`大家的发言很实在。`, `我们将…`: a remark on the meeting, or a pledge, in a byline's turn.)
    const aside = !turns[i] && turn ? TURN_ASIDE : null;
    // (`我们乡山多地少`, `全乡共有党员1326名`: the speaker's account of his own place, in any byline's turn.)
    const byline = turns[i] ? null : bylines[i];
    const account = (text: string) => !!byline && isLocalAccount(text, byline.places);
    // An answer in a transcript: the answerer's sentences, without his label (nor that of a turn run in after).
    for (let t: Turn | undefined = turn; t; t = t.next)
      for (const c of ownCandidates(doc, i, folded, t.name)) {
        if ((t.host && HOST_PROCEDURE.test(foldForSearch(c.text))) || (t.end !== undefined && c.end > t.end)) continue;
        if (aside?.test(c.text)) continue;
        // (`郑志远：我们始终认为，……`: a lead the turn's label hid from ownCandidates is left off too.)
        const label = Math.max(c.start, t.at);
        const hidden = c.start < t.at ? p.text.slice(label, c.end) : '';
        const start = label + ((LEAD.exec(hidden) ?? beliefLead(hidden))?.[0].length ?? 0);
        const text = p.text.slice(start, c.end);
        // (`最难的是销路。` after `…最难的是什么？`: the question's words filled in.)
        const echo = !p.text.slice(t.at, start).trim() && echoesQuestion(text, foldedAll[i - 1]);
        // (`刚当选那年，村里账上只有三百块钱。`: how things were when the speaker came, counted.)
        const then = isCountedPast(text);
        if (
          c.end - start >= 5 &&
          !account(text) &&
          !echo &&
          !then &&
          !SELF_ACCOUNT.test(text) &&
          !TURN_PLEDGE.test(foldForSearch(text))
        )
          out.push({ ...c, start, text });
      }
    // (A byline by post alone: its words are nobody's, in a report as in a speech.)
    const unnamed = !turn && bylines[i] ? bylines[i] : null;
    if (unnamed)
      for (const c of ownCandidates(doc, i, folded, null))
        if (c.start >= unnamed.at && !account(c.text)) out.push({ ...c, speaker: null });
    if (!turn && !unnamed && doc.type !== '会议报道' && !cited[i])
      out.push(...ownCandidates(doc, i, folded, ownSpeaker));
    // (What the meeting itself states, `会议指出，……`, is its thesis, nobody's: meeting-theses.ts.)
    if (doc.type === '会议报道' && !turn) out.push(...meetingTheses(i, folded, p.text));
    // (`《决定》指出，……`, `省报社论强调，……` in a news story, `党的十七大报告提出，“……”` in a speech: a text's thesis,
    // nobody's; reported, so not its own.)
    else if ((doc.type === '文章' || doc.type === '讲话') && !turn && !cited[i])
      out.push(...meetingTheses(i, folded, p.text, true));
  });
  // A line the Party has superseded, or one the text quotes to reject it, is never offered; nor the
  // period's words a later text recalls (a 1958 work site's resolve a memoir quotes); nor a turn's story told from a
  // time (local-account.ts), nor a frame cut off from its words (sentence-fragment.ts), nor praise of another's words.
  const recalled = recalledPeriodSpeech(doc.paragraphs.map((p) => p.text));
  const line = (t: string) =>
    !isCriticisedLine(t) && !isTimeFirstAccount(t) && !isFrameOnly(t) && !WORDS_PRAISED.test(t);
  return out.filter((c) => line(c.text) && !withinRecalled(recalled, c.paragraph, c.start, c.end));
}
