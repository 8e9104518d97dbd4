// Whose voice a document carries, for the questions that ask where words come from. A user's
// import by a county secretary, a village head or a teacher is a local voice: the year it was
// given is no knowledge, and a short maxim in it (纪律是党的生命线, 亲其师，信其道, 蓝图已经绘就，
// 奋进正当其时) is a saying it repeats, not its speaker's coinage, though no list names it.
import { lexicon, lexiconMatcher } from '../knowledge/lexicon.js';
import { foldForSearch } from '../text/normalize.js';
import type { QuestionDraft, SourceDoc } from './types.js';

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
export const MAXIM_HAN = 12;

/** Whether a user's import with a local voice is what `text` comes from (not dated for a learner). */
export const localVoice = (doc: SourceDoc, docs: readonly SourceDoc[]) =>
  doc.id.startsWith('u:') && !datedForLearner(doc, docs);

let historical: Set<string> | null = null;

/** Whether `text`, in a user's import with a local voice, holds a current 提法 of the lexicon. Such a
 * line is built on the Party's wording: central texts repeated without a frame (思政课是落实立德树人
 * 根本任务的关键课程, 锲而不舍落实中央八项规定精神…, 中国式现代化是在改革开放中不断推进的…) or a local gloss
 * on them. Neither its speaker nor this text is what a learner can name as its source. */
export function localTifaLine(text: string, doc: SourceDoc, docs: readonly SourceDoc[]): boolean {
  if (!localVoice(doc, docs)) return false;
  historical ??= new Set(lexicon().flatMap((e) => (e.category === '历史提法' ? [e.term] : [])));
  return lexiconMatcher()
    .find(foldForSearch(text))
    .some((m) => !historical!.has(m.term));
}

/** Whether `text`, a document's own words (no frame names whose they are), is a short maxim in a
 * user's import with a local voice: asked neither which document nor who said it. */
export function localMaxim(text: string, doc: SourceDoc, docs: readonly SourceDoc[]): boolean {
  if (!localVoice(doc, docs)) return false;
  const n = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return n <= MAXIM_HAN || (n <= DEFINITION_HAN && DEFINITION.test(text));
}

/** Whether a question asks for the words themselves: a blank to fill or to pick (严格落实“____”、主题党日…).
 * Of a user's import with a local voice only these are asked. Which speech a line comes from, who said it,
 * which 提法 a text holds (多选) and 判断 were judged good once in some 300 such questions of the imported
 * draws (questions-imported*.json): a county's speech is no source a learner names, its credit is not
 * certain (a county head's 军民团结如一人，试看天下谁能敌 is 毛泽东's), and the 提法 it holds are everywhere. */
export const asksWords = (d: QuestionDraft) => d.kind === '填空' || d.stem.includes('____');

/** Han characters up to which a one-clause definition (营商环境是一个地方的核心竞争力; 基层党组织是联系群众的
 * 桥梁纽带) is a saying local texts pass round: no comma, no “we” or “our county”, X是…的Y. */
const DEFINITION_HAN = 16;
const DEFINITION =
  /^(?![^。！]*(?:我|咱|本[省市县区镇乡村]))[^，,；;：:]{2,10}(?:就|都)?是[^，,；;：:]{1,10}的[^，,；;：:的]{2,6}[。！]?$/u;

/** Han characters from which a clause is a wording of its own (抓项目就是抓发展), not a common phrase. */
const SLOGAN_CLAUSE_HAN = 6;

/** Whether `text`, in a user's import with a local voice, has a clause that another document, not
 * by its speaker, says too (`bodies`: each document's Han characters). Two county leaders both
 * saying 抓项目就是抓发展 show a slogan in circulation: the line built on it (抓项目就是抓发展，
 * 谋项目就是谋未来) is asked neither which speech nor who said it. */
export function localSlogan(
  text: string,
  doc: SourceDoc,
  docs: readonly SourceDoc[],
  bodies: ReadonlyMap<string, string>,
): boolean {
  if (!localVoice(doc, docs)) return false;
  const parts = text
    .split(/[，,；;。！？!?：:、]/)
    .map((c) => (c.match(/\p{Script=Han}/gu) ?? []).join(''))
    .filter((c) => c.length > 0);
  // The whole sentence said elsewhere is the caller's case (docsSaying); here a part of it.
  if (parts.length < 2) return false;
  const clauses = parts.filter((c) => c.length >= SLOGAN_CLAUSE_HAN);
  return docs.some(
    (d) =>
      d.id !== doc.id &&
      !d.speakers.some((s) => doc.speakers.includes(s)) &&
      clauses.some((c) => bodies.get(d.id)?.includes(c)),
  );
}

/** Whether the words, in a user's import with a local voice, are cited from a person only that import
 * knows: a deputy at a review, a villager or a press officer a news item quotes (报告提出的目标任务实事求是;
 * 抱团才能闯市场，这是我最早的想法). What they tell of their own work or the meeting is no study material, and a
 * blank in it asks what only the document knows. A person a shipped document names or whose speeches it
 * holds (习近平, 焦裕禄) is known: his words, quoted in the import, stay. `bodies`: each document's Han. */
export function localPersonQuoted(
  who: string,
  doc: SourceDoc,
  docs: readonly SourceDoc[],
  bodies: ReadonlyMap<string, string>,
): boolean {
  if (!localVoice(doc, docs) || doc.speakers.includes(who)) return false;
  return !docs.some((d) => !d.id.startsWith('u:') && (d.speakers.includes(who) || !!bodies.get(d.id)?.includes(who)));
}
