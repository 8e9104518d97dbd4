/** Who a sentence saved from a document is prefilled as said by: the one speaker of a speech or of a
 * report delivered by its speaker (政府工作报告), whose own words its sentences are. A meeting report's
 * or an article's sentences are its writer's narration, not the words of the people it names: no
 * one is prefilled there, and the user types the speaker when the sentence quotes someone. */
export function savedQuoteSpeaker(doc: { type: string; speakers: readonly string[] }): string | null {
  return (doc.type === '讲话' || doc.type === '文件') && doc.speakers.length === 1 ? doc.speakers[0]! : null;
}
