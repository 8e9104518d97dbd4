// Why a written-answer item (简答, 论述, 案例分析 …) with no answer is refused, said so a group leader
// knows what to add: the importer never writes a 参考答案 itself, and the item cannot be practised
// without one. Items of no such 题型 keep the plain 缺少答案.
const WRITTEN = /^(简答|论述|问答|案例分析|材料分析|分析|思考|讨论|综合|辨析|阐述|论证)/;

export function noAnswerReason(type: string | undefined): string {
  const named = (type ?? '').trim().replace(/题$/, '');
  if (!WRITTEN.test(named)) return '缺少答案';
  const kind = `${named}题`;
  return `缺少答案：这道${kind}没有参考答案（题目下没有“答案：……”，卷末也没有它的答案），学习书架不会替你拟写答案。请在题目下补上参考答案后再导入，或删去这道题`;
}
