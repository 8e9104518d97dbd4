// Key audit 64, 金句 (填空 of a quote, 单选 这句话是谁说的): flagged where another answer may be right too — the
// sentence said elsewhere with other words in a blank's slot, two blanks a learner may fill either way round (____、
// ____), the line under another speaker in the library (a wrong option of 谁说的, or not the speaker a 填空's stem
// credits), or a document of several speakers. Flags are for a reader to judge (RUBRIC "Key audit 64").
import type { QuestionDraft, QuizSource, SourceDoc } from '../../electron/core/quiz/types.js';
import { bodyOf, han, slotRivals } from './key-audit-text.js';

const hanBodies = new WeakMap<SourceDoc, string>();
const hanBody = (d: SourceDoc) => hanBodies.get(d) ?? (hanBodies.set(d, han(bodyOf(d))), hanBodies.get(d)!);

/** Other documents holding every clause (≥ 4 Han) of the line word for word: "title（speakers）" each. */
function saidIn(d: QuestionDraft, src: QuizSource, who: (x: SourceDoc) => boolean): string[] {
  const parts = d.fact
    .split(/[，。；！？：、,.;!?:\s“”"]+/)
    .map(han)
    .filter((c) => c.length >= 4);
  const out: string[] = [];
  for (const x of src.docs.values())
    if (x.id !== d.docId && who(x) && parts.length && parts.every((c) => hanBody(x).includes(c)))
      out.push(`${x.title}（${x.speakers.join('、') || '无讲话人'}）`);
  return out;
}

/** Whether the speaker's name (or its surname with 总书记/同志) stands in the quote's paragraph before it or at
 * the end of the paragraph before: the frame that makes the speaker certain. */
function framed(d: QuestionDraft, doc: SourceDoc, who: string): boolean {
  const p = d.paragraph ?? -1;
  const near = (doc.paragraphs[p - 1]?.text ?? '').slice(-120) + (doc.paragraphs[p]?.text ?? '').slice(0, d.start ?? 0);
  const after = (doc.paragraphs[p]?.text ?? '').slice(d.end ?? 0, (d.end ?? 0) + 20);
  const names = [who, `${who[0]}总书记`, `${who[0]}主席`];
  return names.some((n) => near.includes(n) || after.includes(n));
}

export function auditQuote(d: QuestionDraft, src: QuizSource): string[] {
  const doc = src.docs.get(d.docId ?? '');
  if (!doc) return [];
  const flags: string[] = [];
  if (d.kind === '填空') {
    d.blanks.forEach((b, i) => {
      const rivals = slotRivals(d, src, [], i);
      if (rivals.length) flags.push(`空${i + 1}“${b.text}”别处同句他词：${rivals.join('；')}`);
    });
    for (let i = 1; i < d.blanks.length; i++)
      if (/^[、和与及同或]?$/.test(d.fact.slice(d.blanks[i - 1]!.end, d.blanks[i]!.start)))
        flags.push(`空${i}与空${i + 1}并列，可互换`);
    const credited = /^补全(.+)的金句/.exec(d.stem)?.[1];
    if (credited) {
      const others = saidIn(d, src, (x) => x.speakers.length > 0 && !x.speakers.includes(credited));
      if (others.length) flags.push(`他人亦说：${others.join('；')}`);
    }
  } else if (d.kind === '单选' && /谁说的/.test(d.stem)) {
    const wrong = d.options.filter((_, i) => !d.correct.includes(i));
    const others = saidIn(d, src, (x) => x.speakers.some((s) => wrong.includes(s)));
    if (others.length) flags.push(`错误选项亦说：${others.join('；')}`);
    const who = d.options[d.correct[0]!]!;
    if (!doc.speakers.includes(who) && !framed(d, doc, who)) flags.push(`讲话人“${who}”文中未见于句旁`);
    else if (doc.speakers.length > 1) flags.push(`本文讲话人：${doc.speakers.join('、')}`);
  }
  return flags;
}
