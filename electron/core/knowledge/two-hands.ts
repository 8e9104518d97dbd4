// 两手抓, the method of grasping two tasks at once, is named by its short name (坚持两手抓的战略方针, “两手抓”的
// 战略方针) and as often written out: 一手抓改革开放，一手抓打击犯罪；一手抓经济建设，一手抓民主法制 (1993, 十四大),
// 按照一手抓繁荣、一手抓管理的方针 (十六大). The written form is the formulation's own wording, so it needs no
// list and no count of documents, and one report using it is enough. A run of pairs joined by ； is one use,
// and so is a run that spells out a 两手抓 its sentence has just named. 两手抓、两手都要硬 is the lexicon's own
// entry and is left to it. Listed only (quiz/source.ts: no lexicon entry, no rule shape, so never asked).

export const TWO_HANDS = '两手抓';

/** The short name (not the lexicon's 两手抓、两手都要硬), or a run of 一手抓X，一手抓Y pairs joined by ；. */
const USES =
  /两手抓(?![、，,]两手都要硬)|一手抓[^，,。；;、！？!?\n]{1,16}[，,、]一手抓[^，,。；;！？!?\n]{1,16}(?:[；;]一手抓[^，,。；;、！？!?\n]{1,16}[，,、]一手抓[^，,。；;！？!?\n]{1,16})*/gu;

/** A paragraph this short is a heading (必须坚持两手抓的战略方针。): the paragraph after it spells it out. */
const HEADING = 40;

/** Where a folded paragraph names 两手抓: each use's start and length (`named`: the heading before it named it). */
function usesIn(folded: string, named: boolean): { start: number; length: number; literal: boolean }[] {
  const out: { start: number; length: number; literal: boolean }[] = [];
  if (!folded.includes('手抓')) return out;
  for (const m of folded.matchAll(USES)) {
    const literal = !m[0].startsWith('一手抓');
    if (!literal) {
      // A run that spells out the 两手抓 its sentence (or the heading before it) has named is that use.
      const from = Math.max(...['。', '！', '？', '!', '?', '\n'].map((end) => folded.lastIndexOf(end, m.index)));
      const before = folded.indexOf(TWO_HANDS, from + 1);
      if ((before !== -1 && before < m.index) || (named && from === -1)) continue;
    }
    out.push({ start: m.index, length: m[0].length, literal });
  }
  return out;
}

/** Every use of 两手抓 in a document's folded paragraphs, in order. */
export function twoHandsPlaces(folded: readonly string[]): { paragraph: number; start: number; length: number }[] {
  const out: { paragraph: number; start: number; length: number }[] = [];
  let named = false;
  folded.forEach((text, paragraph) => {
    const uses = usesIn(text, named);
    for (const { start, length } of uses) out.push({ paragraph, start, length });
    named = text.length <= HEADING && uses.some((u) => u.literal);
  });
  return out;
}
