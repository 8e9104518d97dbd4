// Numbers and dates in reports (`全国累计选派驻村第一书记51.8万人`) → 填空, 单选 and 判断.
// The blank is the value with its magnitude (51.8万); the unit (人) stays visible. Distractors
// are values with the same unit found elsewhere in the library, closest in size first.
import { buildOptions } from './options.js';
import { hashString, seededRng } from './rng.js';
import { splitClauses, splitSentences } from '../text/sentences.js';
import { docLabel } from './source.js';
import {
  clauseAskable,
  keepsOrder,
  libraryClauses,
  listedFigure,
  PART_OF_YEAR,
  roundedKey,
  saidWithAnotherFigure,
  sectionOf,
  sentenceAskable,
  valueOf,
} from './number-stem.js';
import type { QuestionDraft, QuizSource, SourceDoc } from './types.js';
import { contradicts, distractorsFor, keyStandsApart, magnitude, type NumberFact } from './number-options.js';

// 个百分点 before 个: a change in points (1.7个百分点) is no count of things (40个部门).
const UNITS =
  '个百分点|万亿元|亿元|万元|元|万人次|万人|亿人|人|万户|户|万公里|公里|万吨|亿吨|吨|万亩|亿亩|亩|万个|个|倍|项|家|所|座|%|年';
const NUMBER = new RegExp(`(\\d+(?:\\.\\d+)?)(万亿|亿|万)?(${UNITS})`, 'g');

function findFacts(doc: SourceDoc, inLibrary: (clause: string) => boolean): NumberFact[] {
  const out: NumberFact[] = [];
  doc.paragraphs.forEach((p, pi) => {
    if (p.kind !== 'p') return;
    for (const whole of splitSentences(p.text)) {
      // “33，212万吨”: a figure grouped with a comma is cut by the clauses and unreadable once blanked.
      if (GROUPED.test(whole.text) || !sentenceAskable(whole.text)) continue;
      // “……” ends what a figure is about (a trailing narration is not part of its clause).
      const cut = whole.text.indexOf('……');
      const sentence = cut > 0 ? { start: whole.start, end: whole.start + cut, text: whole.text.slice(0, cut) } : whole;
      // A short sentence is asked whole (it names what the figure is about); a long one by clause.
      const clauses = sentence.text.length <= 60 ? [sentence] : splitClauses(sentence);
      clauses.forEach((c, ci) => {
        // A clause that depends on the one before (“其中…”, “比上年增加…”) takes it along, so the
        // question says what the figure is about — back to one that stands alone (收入，2000年分别
        // 达到…，平均每年增长…: the last needs the first, not only the year's).
        let from = ci;
        while (from > 0 && leansBack(clauses[from]!.text)) from--;
        // The part of a year the sentence opens on (今年1至8月，…，…) goes with each of its figures.
        for (let k = from - 1; k >= 0; k--)
          if (PART_OF_YEAR.test(clauses[k]!.text)) {
            if (c.end - clauses[k]!.start <= 70) from = k;
            break;
          }
        const clause =
          from < ci ? { start: clauses[from]!.start, end: c.end, text: p.text.slice(clauses[from]!.start, c.end) } : c;
        const han = clause.text.match(/\p{Script=Han}/gu)?.length ?? 0;
        if (clause.text.length > 70 || han < 6 || DEPENDENT.test(clause.text)) return;
        if (!clauseAskable(clause.text, doc.year, sectionOf(doc.paragraphs, pi))) return;
        if (doc.id.startsWith('u:') && inLibrary(clause.text)) return;
        for (const m of clause.text.matchAll(NUMBER)) {
          const [, value = '', mag, unit = ''] = m;
          const at = m.index ?? 0;
          // “增长1倍多” is no figure to learn.
          if (unit === '倍' && (Number(value) < 2 || clause.text[at + value.length + 1] === '多')) continue;
          // A handful of things (3家企业党支部, 5个方面) is narration, not a figure to learn.
          if (!mag && /^[个项家所座户人]$/.test(unit) && Number(value) < 10) continue;
          // Full coverage (覆盖率100%, 均达到100%) is guessed without reading: judged acceptable in every draw
          // (questions-outside2.json, questions-imported9.json, questions-imported28.json).
          if (/^[%％]$/.test(unit) && !mag && Number(value) === 100) continue;
          // A duration (1个多月) is no fact worth a question.
          if (unit === '个' && /^[多]?月/.test(clause.text.slice(at + m[0].length))) continue;
          // A year is asked only as a target (到2035年…), later than the document: never an age (3年),
          // a date label (2020年度) or the year a review ends on (增加到2002年的10.2万亿元, in 2003).
          if (
            unit === '年' &&
            (!/^(1[89]|20)\d\d$/.test(value) ||
              !/(到|至|截至)$/.test(clause.text.slice(0, at)) ||
              (doc.year !== null && Number(value) <= doc.year) ||
              nextOfAnother(clause.text, Number(value)))
          )
            continue;
          // One of three like figures listed (水泥产能1.5亿吨、炼铁产能…、焦炭产能…): a minor count (questions-outside14.json).
          if (listedFigure(clause.text, at, unit)) continue;
          // Skip digits glued to other digits or letters (ids, ranges such as 3-5).
          const before = clause.text[at - 1] ?? '';
          // “2，211亿”: a comma grouping thousands makes the figure unreadable once blanked.
          if (/[，,]/.test(before) && /\d/.test(clause.text[at - 2] ?? '')) continue;
          if (/[\d.．\-—~～A-Za-z\s]/.test(before) || /^\s\d/.test(clause.text.slice(at + value.length))) continue;
          const text = value + (mag ?? '');
          out.push({
            doc,
            paragraph: pi,
            clause,
            blank: { start: at, end: at + text.length, text },
            unit,
            value: Number(value) * magnitude(mag),
          });
        }
      });
    }
  });
  return out;
}

/** Whether the clause names the year before or after `year` too (自2024年11月…至2025年2月底): the
 * span gives the year away — a season's campaign ends the year after it starts. */
function nextOfAnother(clause: string, year: number): boolean {
  for (const m of clause.matchAll(/(?<!\d)((?:1[89]|20)\d\d)年/g)) if (Math.abs(Number(m[1]) - year) === 1) return true;
  return false;
}

/** Any figure of a clause, for counting them. */
const FIGURE = /\d+(?:\.\d+)?/g;

const GROUPED = /\d[，,]\d{3}(?!\d)/;

/** A clause that cannot stand alone: it continues the previous clause's subject. */
const DEPENDENT =
  /^(其中|特别是|比上年|比去年|同比|增长|下降|提高|降低|分别|占|共计|合计|累计|达到|超过|年均|平均|增加|减少|带动|由|从|较|比|为|约|近)/;

/** Whether a clause needs the one before it: it continues its subject, or opens on a year. */
const leansBack = (text: string) => DEPENDENT.test(text) || /^(19|20)\d\d年/.test(text);

const BOUND_BEFORE =
  /(超过|多于|高于|不低于|不少于|不多于|至少|最少|至多|最多|突破|近|约|接近|逾|不到|不足|低于|不超过|小于|大于|力争|以上|左右)$/;
const BOUND_AFTER = /^(?:万亿|亿|万)?(?:[^\d，。；]{0,3})?(以上|以下|以内|左右|多|余|上下|之内|开外)/;

/** A figure of difference (比上年增加____元, 比年初计划少了近____元): the change, not the level a learner studies
 * (questions-figures69.json). */
const differenceFigure = (f: NumberFact) =>
  /比[^，,。；;]{0,10}(?:增加|减少|多|少|节约)了?(?:近|约)?$/.test(f.clause.text.slice(0, f.blank.start));

/** A count of who attended a meeting (出席这次全会的有中央委员【168】人，候补中央委员147人; 列席…): the meeting's
 * record, no figure a learner studies (questions-fillimported70.json). Its slot is counted like a difference's. */
const headcount = (f: NumberFact) => /^(?:出席|列席|参加)/.test(f.clause.text) && f.unit === '人';

/** Whether the figure is a bound or an approximation (超过3%、5%左右、1270万人以上). */
function boundOrApprox(f: NumberFact): boolean {
  const before = f.clause.text.slice(Math.max(0, f.blank.start - 3), f.blank.start);
  const after = f.clause.text.slice(f.blank.end, f.blank.end + 6);
  return BOUND_BEFORE.test(before) || BOUND_AFTER.test(after);
}

export function generateFromNumbers(src: QuizSource, perDoc = 12): QuestionDraft[] {
  const docs = [...src.docs.values()];
  const inLibrary = libraryClauses(docs);
  const facts = docs.map((d) => findFacts(d, inLibrary));
  const pool = new Map<string, NumberFact[]>();
  for (const f of facts.flat()) pool.set(f.unit, [...(pool.get(f.unit) ?? []), f]);
  const out: QuestionDraft[] = [];
  for (const docFacts of facts) {
    const seenClause = new Set<string>();
    let made = 0;
    for (const f of docFacts) {
      if (made >= perDoc) break;
      // One question per figure (a sentence may hold several; sets never take two of them), and
      // one per place: a clause taken along by the next (…15万元以上，其中50万元…) shows it again.
      const key = `${f.paragraph}#${f.clause.start + f.blank.start}`;
      if (seenClause.has(key)) continue;
      seenClause.add(key);
      // Counted as made, so the document's other figures keep the kinds they are asked as.
      if (saidWithAnotherFigure(f.doc.paragraphs, f.clause.text, f.blank) || differenceFigure(f) || headcount(f)) {
        made++;
        continue;
      }
      const rng = seededRng(hashString(f.doc.id + f.clause.text + f.blank.start));
      const label = docLabel(f.doc);
      const base = {
        factKind: 'number' as const,
        docId: f.doc.id,
        paragraph: f.paragraph,
        start: f.clause.start,
        end: f.clause.end,
        fact: f.clause.text,
        explanation: `${label}：${f.clause.text}`,
        tags: [f.unit === '年' ? '时间' : '数据'],
        blanks: [f.blank],
      };
      const shown = f.clause.text.slice(0, f.blank.start) + '____' + f.clause.text.slice(f.blank.end);
      // “超过3%”, “5%左右”: another value may still be true, so only 填空, never options or 判断.
      // A 判断 on a clause of several figures (收入17175元、5153元，增长9.8%和8.5%) leaves the
      // learner to guess which one was changed: asked as a 单选 instead.
      const pick = boundOrApprox(f) ? 0 : made % 3;
      const kindPick = pick === 2 && (f.clause.text.match(FIGURE)?.length ?? 0) > 2 ? 1 : pick;
      if (kindPick === 0) {
        out.push({ ...base, kind: '填空', stem: `根据${label}填空：`, options: [], correct: [] });
      } else {
        const others = distractorsFor(f, pool);
        const opts = buildOptions(f.blank.text, others, rng);
        // A key its options single out is asked as 填空 (a 判断 shows one value, so it may stay).
        if (!opts || (kindPick === 1 && keyStandsApart(f, opts.options))) {
          out.push({ ...base, kind: '填空', stem: `根据${label}填空：`, options: [], correct: [] });
        } else if (kindPick === 1) {
          out.push({
            ...base,
            kind: '单选',
            stem: `根据${label}：${shown}\n横线处应为？`,
            options: opts.options,
            correct: [opts.correct],
          });
        } else {
          // No figure 判断 is asked (round outside18). The draw and the contradicting value are still worked out
          // only to count the slot as when it was asked (half true, the rest a library value the text contradicts),
          // so the random stream and the document's other figures keep their kinds.
          const truthful = rng() < 0.5;
          // Not the key rounded (增长7% for 7.4%): roughly remembered, that reads as true. Nor a
          // value the clause's other figure refutes (现行8.4%的税率降至9%): the statement is then
          // false on its face.
          const wrong = opts.options.find(
            (o, i) =>
              i !== opts.correct &&
              contradicts(f, o) &&
              !roundedKey(f.blank.text, o) &&
              keepsOrder(f.clause.text, f.blank, f.unit, f.value, valueOf(o)),
          ) as string;
          // (A copied or changed figure asks for memory of one number, which the clause's 填空 and 单选 ask better.)
          if (!truthful && !wrong) continue;
        }
      }
      made++;
    }
  }
  return out;
}
