// Work told as done over a period, which narration-words.ts does not catch by its endings: a measure
// taken again and again (国家多次提高教师工资标准, 先后颁布…), a span of past work the sentence opens on
// (经过前几年的改革，…), a first change made (初步改变…的局面). A record of what was done, not a general
// truth (sentence-style.ts counts it as narration).
export const RECORDED =
  /(?:多次|先后|相继|连续[几两三四五六七八九十]+[年次])[^，,。；;]{0,2}(?:提高|调整|增加|降低|召开|修订|颁布|出台|发布|举办|上调)|^经过[^，,。；;]{0,8}年的[^，,。；;]{0,8}[，,]|初步(?:改变|扭转)/;

/** 去年，国家财政出现一些赤字，银行信贷也出现一些差额; 明年先从…试点; 更值得注意的是，…很不合理: a sentence opening
 * on the year it tells (去年, 今年, 明年), or on the lead to a problem of the moment, is about that year or that
 * problem, whatever its form (an echo of two clauses does not make a record general). */
// (今年困难比预料的多，结果比预想的好: a year weighed against what was expected is judged, not told.)
export const OF_THE_MOMENT = /^(?:去年|今年|明年)(?![^。！]*比)|^(?:更|尤其)?值得(?:注意|重视|警惕)的是[，,]/;
