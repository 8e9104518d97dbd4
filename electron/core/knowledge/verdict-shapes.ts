// Sentences shaped like a judgement that record something else, none a 金句 however neat its form:
// the speaker's verdict on a policy of his own and its results (实行积极财政政策是完全正确的，取得的
// 成效是明显的), an event hailed (香港回归祖国是中华民族的盛事，也是全世界瞩目的一件大事), a plan's feature
// pointed at (着重于提高经济效益，这是六五计划的一个显著特点), a shortcoming told (…的效益太低).

const VERDICT = /是(?:完全|十分|非常|很|基本|相当)?(?:正确|必要|及时|有效|得当|成功|明显|显著|有力)的$/;
const RESULTS = /(?:成效|效果|成绩|成果)[^，,；;]{0,4}(?:明显|显著|巨大|突出)的?$/;

/** Every clause a verdict on a policy (是完全正确的) or on its results (成效是明显的): a report's
 * self-assessment (“一国两制”方针是正确的，具有强大的生命力 goes on to say why, and stays). */
export function selfAssessed(text: string): boolean {
  const clauses = text.replace(/[。！；;]\s*$/, '').split(/[，,]/);
  return clauses.every((c) => VERDICT.test(c) || RESULTS.test(c)) && clauses.some((c) => VERDICT.test(c));
}

/** …是中华民族的盛事, …是全世界瞩目的一件大事: an event of its year hailed. */
const EVENT_HAILED = /是[^，,；;]{0,16}(?:盛事|喜事|盛会|一件大事)[。！]?$/;

/** …，这是六五计划的一个显著特点: what a plan stresses, pointed at as its feature. */
const FEATURE = /[，,]这(?:就)?是[^，,；;。]{0,20}(?:特点|特征)[。！]?$/;

/** 矛盾的焦点是经济活动的效益太低: a shortcoming of the moment told; so is a quantity too high named as a
 * cause (负债率过高是影响国有企业活力的一个重要因素). */
const SHORTCOMING =
  /^[^，,；;]{2,16}是[^，,；;]{2,16}(?:太低|太高|过低|过高|偏低|偏高)[。！]?$|^[^，,；;是]{2,10}(?:太|过|偏)(?:低|高|大|小|多|少|快|慢)是[^，,；;]{2,24}(?:因素|原因)[。！]?$/;

/** Whether a sentence records a verdict, an event, a plan's feature or a shortcoming rather than judging. */
export function recordsVerdict(text: string): boolean {
  return selfAssessed(text) || EVENT_HAILED.test(text) || FEATURE.test(text) || SHORTCOMING.test(text);
}
