// Candidate 金句 of one document, each with a speaker that is certain or none:
// - quotations in a citation frame (quote-frames.ts): the framed speaker;
// - the document's own sentences: its 报告人 / 讲话人 when the document is a speech or report with
//   exactly one known speaker; none for articles and unknown speakers. Meeting reports (会议报道)
//   are the reporter's narration, so their own sentences are never candidates, except the theses the
//   meeting itself states (meeting-theses.ts), credited to nobody.
// Sentences that carry someone else's words (a long quotation, or “X说/指出…” without marks,
// whoever X is: 总书记, 他, 俗话, 会议; reported-speech.ts) are not the document speaker's own.
import { foldForSearch, foldQuoteMarks } from '../text/normalize.js';
import { selfQuotes } from './quote-frames.js';
import { speakingPeople } from './speaking-people.js';
import { CUE, generalSecretaryAlias, isNamedLeader, type OwnName } from './speakers.js';
import { pronounSpeakers } from './pronoun-speaker.js';
import { speechReferences } from './relayed-speech-ref.js';
import { nextParagraphWords, reportedWords } from './reported-candidates.js';
import { continuedWords } from './continued-words.js';
import { transcriptTurns, WORDS_PRAISED } from './transcript-turns.js';
import { bylineTurns, TURN_ASIDE } from './byline-turns.js';
import { isLocalAccount, isTimeFirstAccount } from './local-account.js';
import { givenNameAliases } from './given-name-alias.js';
import { isFeature, parentAliases } from './article-subjects.js';
import { heroAliases } from './hero-aliases.js';
import { isCreditable } from './uncredited.js';
import { isCriticisedLine } from './superseded-lines.js';
import { isFrameOnly } from './sentence-fragment.js';
import { recalledPeriodSpeech, withinRecalled } from './recalled-speech.js';
import { speechNoteSpeaker } from './speech-note.js';
import { citedParagraphs } from './cited-paragraphs.js';
import { unknownFrames } from './unknown-frames.js';
import { unnamedVoices } from './unnamed-voices.js';
import type { CandidateDoc, QuoteCandidate } from './quote-candidate-types.js';
import { frameCandidates } from './frame-candidates.js';
import { meetingTheses } from './meeting-theses.js';
import { ownCandidates } from './own-candidates.js';
import { turnAnswers } from './turn-answers.js';
import { unsureWordsFrom } from './unsure-pronoun.js';
import { toldWriterBySubject } from './told-writer.js';
import { acceptanceTurn, citationStart } from './award-citation.js';

export type { CandidateDoc, QuoteCandidate } from './quote-candidate-types.js';

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
  const reporters = speakingPeople(doc.type, whole, foldForSearch(doc.title ?? '')).map(asWritten);
  const people = [...new Set([...names, ...reporters])];
  // (A 通讯 on one person: its writer's own sentences are the story told, article-subjects.ts.)
  const feature = doc.type === '文章' && isFeature(whole);
  // `国强书记强调，“……”` where the text names 县委书记李国强 once; `侯书记常说：` in a 通讯 on 村党支部书记侯振宇.
  // (In any article: `“护林老周”` in its headline, then `”老周说。`.)
  const aliases =
    doc.type === '会议报道' || doc.type === '讲话' || doc.type === '文章'
      ? givenNameAliases(whole, people.map(foldForSearch), foldForSearch(doc.title ?? '')).map((o) =>
          typeof o === 'string' ? o : ([o[0], asWritten(o[1])] as const),
        )
      : [];
  // (`父亲常对我说：“……”` in a memoir that names `我的父亲周德厚`.)
  const parents = doc.type === '文章' ? parentAliases(whole).map((o) => [o[0], asWritten(o[1])] as const) : [];
  // (`黄书记常跟我们讲：` in a story of `黄文军同志先进事迹报告会`, an article or a report of the meeting.)
  const heroes = doc.type === '文章' || doc.type === '会议报道' ? heroAliases(whole, people.map(foldForSearch)) : [];
  const frameNames: OwnName[] = [...people, ...aliases, ...parents, ...heroes, ...generalSecretaryAlias(whole)];
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
    // (A 颁奖词: nobody's words, whoever the page names around it; set apart by its label and written as a tribute,
    // weighed as a text's words in marks are.)
    const citation = citationStart(folded);
    if (citation >= 0) {
      const words = {
        ...doc,
        paragraphs: doc.paragraphs.map((q, k) => (k === i ? { ...q, text: q.text.slice(citation) } : q)),
      };
      for (const c of ownCandidates(words, i, folded.slice(citation), null))
        out.push({ ...c, start: c.start + citation, end: c.end + citation, speaker: null, quoted: true });
      return;
    }
    // Words framed as an uncredited person's (“林彪同志指出…”) are never offered as 金句.
    const allFramed = frameCandidates(doc, i, folded, frameNames, pronouns[i]!);
    // (`他对我说：“……”` in a reporter's story about one person: the interview's words, told-writer.ts.)
    const framed = allFramed
      .filter((c) => !c.speaker || isCreditable(c.speaker))
      .map((c) => (toldWriterBySubject(c, folded, whole, doc.type, frameNames) ? { ...c, toMe: false } : c));
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
    // (`获奖感言：…` under a `获奖者：` line: the honouree's words.)
    const turn = turns[i] ?? bylineTurn(i) ?? acceptanceTurn(foldedAll, i);
    // (`大家的发言很实在。`, `我们将…`: a remark on the meeting, or a pledge, in a byline's turn.)
    const aside = !turns[i] && turn ? TURN_ASIDE : null;
    // (`我们乡山多地少`, `全乡共有党员1326名`: the speaker's account of his own place, in any byline's turn.)
    const byline = turns[i] ? null : bylines[i];
    const account = (text: string) => !!byline && isLocalAccount(text, byline.places);
    // (None of a paragraph's own sentences from a 他 whose person is not certain on: unsure-pronoun.ts.)
    const sure = (c: QuoteCandidate) => c.start < unsureWordsFrom(folded, pronouns[i]!, c.speaker);
    // An answer in a transcript: the answerer's sentences, without his label (nor that of a turn run in after).
    out.push(...turnAnswers(doc, i, folded, turn, { aside, account, asked: foldedAll[i - 1] }).filter(sure));
    // (A byline by post alone: its words are nobody's, in a report as in a speech.)
    const unnamed = !turn && bylines[i] ? bylines[i] : null;
    if (unnamed)
      for (const c of ownCandidates(doc, i, folded, null))
        if (c.start >= unnamed.at && sure(c) && !account(c.text)) out.push({ ...c, speaker: null });
    if (!turn && !unnamed && doc.type !== '会议报道' && !cited[i] && !(feature && !ownSpeaker))
      out.push(...ownCandidates(doc, i, folded, ownSpeaker).filter(sure));
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
