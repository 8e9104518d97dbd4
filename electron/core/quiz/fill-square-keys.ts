// 填空 keyed in 【】: after underlines (每______【五】年, 任期______年至______年。【三；五】), or standing in
// the sentence for the words a learner fills in (党的最高理想和最终目标是实现【共产主义】。), as 应知应会
// papers print them. A bracket that labels (【单选题】, 【答案】, 【解析】, 【例】) is no blank.

/** 填空 keys in 【】: one right after each underline (每______【五】年), or one at the sentence's end
 * for all of them, parted by ；、， as many as the underlines (任期______年至______年。【三；五】). */
export function squareKeys(stem: string): { stem: string; answer: string } | null {
  const lines = [...stem.matchAll(/_{2,}|＿{2,}/g)];
  const square = [...stem.matchAll(/【([^【】]+)】/g)];
  if (!lines.length || !square.length) return null;
  const each =
    square.length === lines.length &&
    square.every((m, i) => /^[_＿]{2,}[\s　]*$/.test(stem.slice(lines[i]!.index!, m.index)));
  const last = square[square.length - 1]!;
  // One underline: the bracket's whole text (政治意识、大局意识) is its answer.
  const parts = lines.length === 1 ? [last[1]!.trim()] : last[1]!.split(/[；;、，,]/).map((p) => p.trim());
  const end =
    square.length === 1 &&
    last.index! > lines[lines.length - 1]!.index! &&
    /^[\s　。.．！!？?]*$/.test(stem.slice(last.index! + last[0].length));
  if (!each && !(end && parts.length === lines.length && parts.every(Boolean))) return null;
  let out = stem;
  for (const m of square) out = out.replace(m[0], '');
  return { stem: out.trim(), answer: (each ? square.map((m) => m[1]!.trim()) : parts).join('；') };
}

/** 【】 holding a label or a blank's number, not an answer. */
const LABEL =
  /^(?:\d{0,2}|[单多]选|单项|多项|判断|填空|简答|论述|问答|名词解释|材料|题型|难度|分值|考点|知识点|图片?|例|注|出处|来源|点评|(?:正确|参考|标准)?答案.*|解析.*|分析.*|详解.*)(?:题|选择题)?$/;

/** A question (简述【四个意识】的内容？) asks for a written answer: its 【】 are emphasis, not blanks. */
const ASKS = /[？?]|^(?:简述|试述|论述|谈谈|结合|请)|什么|如何|怎样|为什么|哪些|哪几/;

/** 实现【共产主义】, 每【五】年举行一次，由【中央委员会】召集: each 【】 inside the sentence is a blank
 * whose answer it holds. Only where the stem has no other blank (underlines, empty brackets) and every
 * 【】 stands inside the sentence's words (text before or after it), none a label. */
export function inlineSquareKeys(stem: string): { stem: string; answer: string } | null {
  if (/_{2,}|＿{2,}|[（(]\s*[)）]/.test(stem)) return null;
  const square = [...stem.matchAll(/【\s*([^【】\n]+?)\s*】/g)];
  if (!square.length || square.some((m) => LABEL.test(m[1]!))) return null;
  // 【党章】 第一条…, 【2023年】：…: a tag opening the stem, set apart by a gap or a colon.
  if (/^【[^【】]*】[\s　:：，,、.．]/.test(stem.trim())) return null;
  // 【纪律】党员必须遵守纪律: a heading word opening the stem and said again in it is a tag, not a blank.
  const opening = /^【\s*([^【】]+?)\s*】/.exec(stem.trim());
  if (opening && stem.trim().slice(opening[0].length).includes(opening[1]!)) return null;
  const words = stem.replace(/【[^【】\n]*】/g, '').replace(/[\s　。.．！!？?]/g, '');
  if (!/[\u4e00-\u9fff]{2}/.test(words) || ASKS.test(stem.trim())) return null;
  let out = stem;
  for (const m of square) out = out.replace(m[0], '（ ）');
  return { stem: out.trim(), answer: square.map((m) => m[1]!.trim()).join('；') };
}
