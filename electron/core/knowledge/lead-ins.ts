// Words that only mark the thesis after them — the lesson drawn (实践证明，, …的经验反复证明，),
// a stress (这里需要特别指出，, 这里还要特别强调，), a call to see it (我们一定要充分认识到，) — are left
// off: what follows them stands alone (quote-candidates.ts).

/** 实践证明，, 这再次表明，, 我国三十多年的经济建设经验反复证明，, 从…到现在的五年的事实进一步证明，:
 * the thesis after it is the lesson drawn from what was told. */
export const LESSON_LEAD =
  /^(?:这|[^，,。；;“]{0,24}?(?:事实|实践|历史|经验))(?:都)?(?:将|必将|再次|进一步|充分|反复|雄辩地|已经)?(?:表明|说明|证明)[，,]/;

/** 这里需要特别指出，, 这里还要特别强调，, 必须强调，, 同时也要注意，, 我们一定要充分认识到，, 毫无疑问，:
 * a mark of stress on the sentence it opens. (A bare 强调，/指出， opens reported words, and 必须看到，
 * the problems listed next: neither is one.) */
const STRESS_LEAD =
  /^(?:(?:这里|在这里)(?:还|也)?(?:需要|必须|应当|要)?|(?:还|也)?(?:需要|必须|应当|要))(?:特别|着重|再次)?(?:强调指出|强调|指出)[，,]|^(?:同时)?(?:也)?要注意[，,]|^(?:我们)?(?:一定|必须|应该|应当)?要?(?:充分|清醒地)?认识到[，,]|^毫无疑问[，,]/;

/** 通过这一阶段的集中学习，我深刻体会到，, 通过学习，我深刻认识到，: a 学习研讨 发言's account of what its speaker
 * learned; the thesis after it is the point. (A report's 我们深刻认识到，只有…才能… stays whole, quote-candidates.ts.) */
const LEARNED_LEAD =
  /^(?:通过[^，,。；;“”]{0,20}?(?:学习|研讨|调研|实践|培训)[，,])?我(?!们)(?:更加|进一步|深深|深刻|切身|真切|充分|越来越)?地?(?:体会|认识|感受|感悟|领悟|意识|体悟)到[，,：:]/;

/** 说一千道一万，, 说到底，, 归根结底，, 一句话，: the sum of what was said before; the thesis after it is what a
 * part of a speech comes down to (说到底 inside a sentence, 乡村振兴，说到底是…, is part of the thesis). */
const SUMMING_LEAD = /^(?:说一千[，,、]?道一万|千说万说|说到底|归根到底|归根结底|总而言之|一句话)[，,]/;

/** The marking lead of a sentence, and whether it draws a lesson. */
export function markingLead(text: string): { length: number; lesson: boolean } | null {
  const lesson = LESSON_LEAD.exec(text) ?? SUMMING_LEAD.exec(text);
  if (lesson) return { length: lesson[0].length, lesson: true };
  const stress = STRESS_LEAD.exec(text) ?? LEARNED_LEAD.exec(text);
  return stress ? { length: stress[0].length, lesson: false } : null;
}
