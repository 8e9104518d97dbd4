// Whose voice a document carries, for the questions that ask where words come from. A user's
// import by a county secretary, a village head or a teacher is a local voice: the year it was
// given is no knowledge, and a short maxim in it (纪律是党的生命线, 亲其师，信其道, 蓝图已经绘就，
// 奋进正当其时) is a saying it repeats, not its speaker's coinage, though no list names it.
import type { SourceDoc } from './types.js';

/** Sources of the national reports: their speakers are the leaders of their time. */
export const NATIONAL = /国务院|全国代表大会|全国人民代表大会/;

/** Whether a learner can know the year of a document: one of the library's, or a user's import
 * given by a national leader (a speaker of the library's national reports). The year of a county
 * secretary's speech or of a notice the user imported is no knowledge, and its lines (流行口号,
 * central wording repeated) would be dated to it. */
export function datedForLearner(doc: SourceDoc, docs: readonly SourceDoc[]): boolean {
  // A library text with neither speaker nor issuing body (a news feature, an unsigned local speech)
  // is dated by nothing a learner studies: its opening couplet is no year's words.
  if (!doc.id.startsWith('u:')) return doc.speakers.length > 0 || doc.source !== null;
  return doc.speakers.some((s) =>
    docs.some((d) => !d.id.startsWith('u:') && d.source !== null && NATIONAL.test(d.source) && d.speakers.includes(s)),
  );
}

/** Han characters up to which a sentence is a maxim: the set sayings local texts repeat run to
 * 6–12 (打铁必须自身硬, 权力就是责任，责任就要担当); a local leader's own lines say more
 * (办事效率再提高一点，审批时限再压缩一点…). */
const MAXIM_HAN = 12;

/** Whether `text`, a document's own words (no frame names whose they are), is a short maxim in a
 * user's import with a local voice: asked neither which document nor who said it. */
export function localMaxim(text: string, doc: SourceDoc, docs: readonly SourceDoc[]): boolean {
  if (!doc.id.startsWith('u:') || datedForLearner(doc, docs)) return false;
  return (text.match(/\p{Script=Han}/gu)?.length ?? 0) <= MAXIM_HAN;
}
