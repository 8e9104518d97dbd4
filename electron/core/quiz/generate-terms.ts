// 提法 → 填空 (“四议____”) and 单选 of the right formulation among formulations of the same kind
// (term-distractors.ts). Facts are the sentences the 提法 occurs in; only lexicon and rule 提法 are asked. No 多选
// “下列哪些提法出现在《…》中”: it tests recall of a list, not meaning (lead's ruling, questions-outside14.json).
import { buildOptions } from './options.js';
import { hashString, seededRng, shuffle } from './rng.js';
import { splitClauses, sentenceAt } from '../text/sentences.js';
import { askable, inLexicon, numeralPattern, termDistractors } from './term-distractors.js';
import { blankPart } from './term-blank-part.js';
import { blankFit } from './blank-fit.js';
import { modifiesActor, opensFrame } from './fact-cut.js';
import { termContexts } from './term-contexts.js';
import { saysNothing } from './quote-worth.js';
import { docLabel, paragraphText } from './source.js';
import { openListAt } from './generate-series.js';
import { localVoice } from './local-voice.js';
import { cutFromWord, eraBeforeNoun, nestedModifier, shownInPart } from './cut-term.js';
import { openSlotBlank } from './local-blanks.js';
import { unsaidListItem } from './list-item.js';
import { rivalSlot, shippedParagraphs } from './slot-rivals.js';
import { holdsOwnTitle, ownPledge, wholeOpeningClause } from './import-lines.js';
import { localReportedWords, localSaidUnquoted } from './local-words.js';
import { TURN_LABEL } from './fact-text.js';
import { nameLabelLength } from './name-label.js';
import { memberCandidates } from './member-quota.js';
import { hanChars } from '../text/normalize.js';
import { lexicon } from '../knowledge/lexicon.js';
import { SAYING_SHARE, sayingIn } from '../knowledge/sayings.js';
import type { QuestionDraft, QuizSource, SourceTerm } from './types.js';

const MAX_FACT = 90;

/** Usable 提法: a lexicon or rule formulation of at least two Han characters. */
function usable(term: string): boolean {
  return (
    /^[\p{Script=Han}0-9A-Za-z·+、]{2,16}$/u.test(term) &&
    (term.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2 &&
    askable(term)
  );
}

function factFor(src: QuizSource, t: SourceTerm): { start: number; end: number; text: string } | null {
  const p = paragraphText(src, t.docId, t.paragraph);
  if (p === null || p.slice(t.start, t.start + t.term.length) !== t.term) return null;
  let s = sentenceAt(p, t.start);
  if (!s) return null;
  // A press conference's turn label (答：我们坚持藏粮于地、…) or an interviewee's name label (魏春林：…; name-label.ts) is
  // no part of the words: the stem starts after it.
  const label =
    TURN_LABEL.exec(s.text)?.[0].length ??
    (s.start === 0 ? nameLabelLength(s.text, src.docs.get(t.docId)?.paragraphs ?? []) : 0);
  if (label && t.start >= s.start + label) s = { start: s.start + label, end: s.end, text: s.text.slice(label) };
  // In a user's import, a sentence cut at ； before a clause that goes on with the same subject (中国梦是历史的、现实的，
  // 也是未来的；是我们这一代的，更是青年一代的): its subject is fixed only by the whole (questions-imported53.json).
  const next = t.docId.startsWith('u:') && /[；;]$/.test(s.text) ? sentenceAt(p, s.end) : null;
  if (next && /^(?:也|更|又|还|都)?是/.test(next.text))
    s = { start: s.start, end: next.end, text: p.slice(s.start, next.end) };
  if (s.text.length > MAX_FACT) {
    // Long sentence: keep it from its start (so the subject stays) to the clause after the term.
    const clauses = splitClauses(s);
    const i = clauses.findIndex((c) => t.start >= c.start && t.start < c.end);
    let j = Math.min(clauses.length - 1, i + 1);
    // Never end on a clause that frames the next one (…全党必须从…的高度): the sentence reads cut.
    while (j < clauses.length - 1 && opensFrame(clauses[j]!.text)) j++;
    const to = clauses[j];
    if (i < 0 || !to) return null;
    s = { start: s.start, end: to.end, text: p.slice(s.start, to.end) };
    if (s.text.length > MAX_FACT + 40 || t.start + t.term.length > s.end) return null;
  }
  // A heading (（九）坚持人与自然和谐共生。) or a bare phrase is no context for a question.
  // Nor is a sentence that points back (“这些…”, “这对…”, “但是，达到了这个目标”, “到那时”) or
  // opens a numbered list (“四是…”, “再次，关于…的问题”), nor news narration (“近日,浦东召开…”, “某某指出,…”,
  // “他强调，…”), nor a speaker's address to the hall (“同志们，新征程上，…”), nor a line that says nothing (quote-worth.ts:
  // 现将…报告如下，请予评议).
  if (
    s.text.length < t.term.length + 10 ||
    /^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+[、是要]|^[\p{P}]|^这|^那|^其|^此/u.test(s.text) ||
    POINTS_BACK.test(s.text) ||
    NEWS.test(s.text) ||
    OPINION.test(s.text) ||
    saysNothing(s.text)
  )
    return null;
  // Nor, in a user's import, a sentence the import joined to the document's title (import-lines.ts).
  const doc = src.docs.get(t.docId);
  if (doc && t.docId.startsWith('u:') && holdsOwnTitle(s.text, doc.title)) return null;
  return s;
}

let variantsOf: Map<string, string[]> | null = null;

/** Whether the text writes a longer form of the 提法 where it occurs (统筹【山水林田湖草】沙系统治理: the lexicon's
 * variant 山水林田湖草沙 is written there, its occurrence recorded under the shorter canonical term): a blank of the
 * canonical length would cut the formulation and leave its last part behind (questions-imported26.json). */
export function writtenLonger(src: QuizSource, t: SourceTerm): boolean {
  const p = paragraphText(src, t.docId, t.paragraph);
  variantsOf ??= new Map(lexicon().map((e) => [e.term, e.variants ?? []]));
  const forms = variantsOf.get(t.term) ?? [];
  return p !== null && forms.some((f) => f.length > t.term.length && f.startsWith(t.term) && p.startsWith(f, t.start));
}

/** A view a news item reports of a named person (全国政协委员、某大学教授林静认为，____建设的关键在教师; 省社科院教授
 * 滕云峰认为，我市应…主动融入____战略): one person's wording, no authoritative line, and its 提法 slot is open to any
 * of its kind (questions-imported19.json held out, questions-imported26.json). */
const OPINION = /^(?!我)[^，,。；;！!？?]{2,30}?(?:认为|建议|坦言|谈到|表示)[，,：:]/;

const OTHER_PLAN = /“(十[一二三四五]?|[一二三四五六七八九])五”/;
const POINTS_BACK =
  /^(但是|但|而且|并且|因此|所以|为此|对此|同时|此外|另外|然而|总之|其中|如果|虽然|尽管|因为|由于|首先|其次|再次|最后|第[一二三四五六七八九十]+)|这(个|些|种|样|项|次|一)|那时|上述|前述/;
const NEWS =
  /^(近日|日前|昨天|今天|本报|记者|同志们)|^[^，,。：:]{1,8}(指出|强调|表示|要求|说)[，,：:]|\p{Script=Han},\p{Script=Han}/u;

export function generateFromTerms(src: QuizSource, perTerm = 2): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const byTerm = new Map<string, SourceTerm[]>();
  for (const t of src.terms) {
    if (!usable(t.term)) continue;
    const list = byTerm.get(t.term);
    if (list) list.push(t);
    else byTerm.set(t.term, [t]);
  }
  const all = [...byTerm.keys()];
  const contexts = termContexts(src);
  const byParagraph = new Map<string, Set<string>>();
  for (const t of src.terms) {
    const k = `${t.docId}\u0001${t.paragraph}`;
    byParagraph.set(k, (byParagraph.get(k) ?? new Set()).add(t.term));
  }
  const termsIn = (docId: string, paragraph: number) => byParagraph.get(`${docId}\u0001${paragraph}`) ?? new Set();
  // A 提法 inside a longer one (新时代 in 习近平新时代中国特色社会主义思想), or running straight into
  // another (新时代|中国特色社会主义思想), is part of a name there: its blank asks for a fragment.
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const t of src.terms) {
    const k = `${t.docId}\u0001${t.paragraph}`;
    spans.set(k, [...(spans.get(k) ?? []), { start: t.start, end: t.start + t.term.length }]);
  }
  const partOfName = (t: SourceTerm) => {
    const end = t.start + t.term.length;
    return (spans.get(`${t.docId}\u0001${t.paragraph}`) ?? []).some(
      (o) => (o.start <= t.start && end <= o.end && o.end - o.start > t.term.length) || o.start === end,
    );
  };
  const docList = [...src.docs.values()];
  let library: string[] | null = null;
  const inLibrary = (han: string) =>
    (library ??= docList
      .filter((d) => !d.id.startsWith('u:'))
      .map((d) => hanChars(d.paragraphs.map((p) => p.text).join('')))).some((b) => b.includes(han));
  const shipped = shippedParagraphs(docList);
  // The library's speakers: words quoted from them in an import are a learner's to study.
  let speakers: string[] | null = null;
  const knownSpeaker = (clause: string) =>
    (speakers ??= [...new Set(docList.filter((d) => !d.id.startsWith('u:')).flatMap((d) => d.speakers))]).some((n) =>
      clause.includes(n),
    );
  for (const [term, occ] of byTerm) {
    const rng = seededRng(hashString('term:' + term));
    /** The question `t` gives as the term's `made`-th (0: a 填空, then 单选), or none. */
    const ask = (t: SourceTerm, made: number): QuestionDraft | null => {
      const doc = src.docs.get(t.docId);
      const fact = doc && !partOfName(t) && !writtenLonger(src, t) ? factFor(src, t) : null;
      if (!doc || !fact) return null;
      const rel = t.start - fact.start;
      // A 提法 repeated in its sentence would give the blank away; so would all of it but its last
      // character (主体功能区 beside 主体功能定位, 爱国者治港 beside 爱国者治澳, 人工智能+ beside 人工智能).
      if (fact.text.indexOf(term) !== fact.text.lastIndexOf(term)) return null;
      if (term.length >= 4 && fact.text.replace(term, '\u0001').includes(term.slice(0, -1))) return null;
      if (shownInPart(term, fact.text.replace(term, '\u0001'))) return null; // most of it in another word (cut-term.ts)
      // A local voice's 提法 that is an item of an open list (顺民意、解民忧、【惠民生】: 暖民心) the library never says.
      const open = openListAt(fact.text, rel, rel + term.length);
      if (open && localVoice(doc, docList) && !inLibrary(hanChars(open))) return null;
      // Nor an item of any 、 list the library never says beside its neighbours (深入村（社区）、【两新组织】), nor a slot
      // any 提法 fills (推动【绿色发展】的实际成效, 习近平总书记强调的“【…】”; local-blanks.ts).
      const span = { start: rel, end: rel + term.length, text: term };
      if (localVoice(doc, docList) && (unsaidListItem(fact.text, span, inLibrary) || openSlotBlank(fact.text, span)))
        return null;
      // In a user's import, a slot with a rival as standard as the key (slot-rivals.ts: 维护世界和平的【坚定力量】),
      // or a 提法 cut from a longer word (打赢【脱贫攻坚】战, 村“【两委】”会议; cut-term.ts).
      if (doc.id.startsWith('u:') && rivalSlot(fact.text, span, shipped, made === 0)) return null;
      if (doc.id.startsWith('u:') && cutFromWord(fact.text, span, inLibrary)) return null;
      // Nor a period's name set before what it dates (落实【新时代】党的建设总要求), nor a 提法 qualifying a noun that
      // qualifies the object (健全【脱贫攻坚】国家投入形成资产的…机制; cut-term.ts).
      if (doc.id.startsWith('u:') && (eraBeforeNoun(fact.text, span) || nestedModifier(fact.text, span))) return null;
      // Nor the writer's own pledge (我将…为“十五五”开好局…贡献自己的力量; import-lines.ts), nor words quoted from someone
      // only the import knows (职工王师傅…说：“‘十五五’的好日子…”; local-words.ts).
      if (doc.id.startsWith('u:') && ownPledge(fact.text)) return null;
      const paragraph = paragraphText(src, t.docId, t.paragraph) ?? '';
      const inParagraph = { start: t.start, end: t.start + term.length };
      if (localVoice(doc, docList) && localReportedWords(paragraph, inParagraph, knownSpeaker)) return null;
      if (doc.id.startsWith('u:') && localSaidUnquoted(fact.text, rel, knownSpeaker)) return null; // 副局长吴刚说，要…
      // Nor, as a 填空, a 提法 that is the whole opening clause (import-lines.ts).
      if (made === 0 && doc.id.startsWith('u:') && wholeOpeningClause(fact.text, span)) return null;
      // So would the plan before or after it (“七五”计划…比“六五”期间), or a gloss in brackets
      // right after it (“三河三湖”（淮河海河辽河、太湖巢湖滇池）).
      if (numeralPattern(term) === '规划' && OTHER_PLAN.test(fact.text.replace(term, ''))) return null;
      if (/^[”"’]?[（(]/.test(fact.text.slice(rel + term.length))) return null;
      // A 提法 modifying the people or body after it (面对小康社会人民群众…) is asked elsewhere.
      if (modifiesActor(fact.text.slice(rel + term.length).replace(/^[”"’]/, ''))) return null;
      // A sentence of the 党章 or a classic that the text repeats (基层党组织是党在社会基层组织中的战斗
      // 堡垒… in a county speech) is named by its source, not by the text repeating it.
      const saying = sayingIn(fact.text);
      const work = saying && saying.coverage >= SAYING_SHARE ? (saying.saying.work ?? null) : null;
      const base = {
        factKind: 'term' as const,
        docId: t.docId,
        paragraph: t.paragraph,
        start: fact.start,
        end: fact.end,
        fact: fact.text,
        explanation: `提法“${term}”，见${docLabel(doc)}。`,
        tags: ['提法'],
      };
      if (made === 0) {
        // Only a shared formulation (of the lexicon, or in two documents): one text's own (实施“五大工程”)
        // is known by its numeral alone.
        const shared = inLexicon(term) || new Set(occ.map((o) => o.docId)).size >= 2;
        const quoted =
          shared && /[“"]$/.test(fact.text.slice(0, rel)) && /^[”"]/.test(fact.text.slice(rel + term.length));
        const part = blankPart(term, quoted, doc.id.startsWith('u:'));
        // The blanked part must not stand elsewhere in the sentence (“三个____” beside 高于…高于).
        const partText = term.slice(part.start, part.end);
        if (fact.text.split(partText).length > 2) return null;
        return {
          ...base,
          kind: '填空',
          stem: `补全提法（${work ? `语出${work}` : docLabel(doc)}）：`,
          options: [],
          correct: [],
          blanks: [{ start: rel + part.start, end: rel + part.end, text: term.slice(part.start, part.end) }],
        };
      } else {
        // None that could be read as a right answer (blank-fit.ts); without two, no question:
        // a second right answer is worse than none.
        const blank = blankFit(contexts, {
          key: term,
          frame: contexts.frameAt(t.docId, t.paragraph, t.start),
          near: termsIn(t.docId, t.paragraph),
          paragraph: paragraphText(src, t.docId, t.paragraph) ?? '',
          // Not the frame itself (____基本实现: 基本 says nothing of 基本公共服务均等化).
          rest: fact.text.slice(0, Math.max(0, rel - 3)) + '\n' + fact.text.slice(rel + term.length + 3),
          // In a user's import (the library's questions are judged as they are).
          wholeObject: doc.id.startsWith('u:') && /^[”"]?(?:[，,。；;！!]|$)/.test(fact.text.slice(rel + term.length)),
          after: fact.text.slice(rel + term.length).replace(/^[”"]/, ''),
          before: fact.text.slice(0, rel).replace(/[“"]$/, ''),
        });
        const distractors = termDistractors(
          term,
          all,
          fact.text.replace(term, ''),
          blank,
          doc.year,
          src.firstSeen,
          doc.id.startsWith('u:'),
        );
        const opts = buildOptions(term, distractors.slice(0, 6), rng);
        if (!opts) return null;
        const shown = fact.text.slice(0, rel) + '____' + fact.text.slice(rel + term.length);
        return {
          ...base,
          kind: '单选',
          stem: `根据${work ?? docLabel(doc)}：${shown}\n横线处应为哪个提法？`,
          options: opts.options,
          correct: [opts.correct],
          blanks: [{ start: rel, end: rel + term.length, text: term }],
        };
      }
    };
    let made = 0;
    for (const t of shuffle(occ, rng)) {
      if (made >= perTerm) break;
      const q = ask(t, made);
      if (!q) continue;
      out.push(q);
      made++;
    }
    // Besides the shared quota, a member's import gets one 填空 of its own (member-quota.ts).
    const docOf = (o: SourceTerm) => src.docs.get(o.docId);
    for (const t of memberCandidates(term, occ, (o) => factFor(src, o)?.text ?? null, docOf, inLibrary)) {
      const q = ask(t, 0);
      if (q) {
        out.push(q);
        break;
      }
    }
  }
  return out;
}
