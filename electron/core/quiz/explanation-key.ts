// A 解析 that ends by naming the answer (故选C, 本题正确答案为C, 所以答案是A): where it names other
// letters than the 答案 line, the paper contradicts itself and no reader can tell which is the key.
// A 解析 that only discusses other options (A项错误…, B、C均为…) names no answer and changes nothing.

/** 故选C, 所以选AB, 本题应选B, 答案为C, 正确答案是A, 正确选项为D: the letters the 解析 concludes with. */
const CONCLUDES =
  /(?:(?<![不可漏错多少])(?:应当?|故|所以|因此|因而|本题)?选(?:择)?|(?:正确)?答案(?:应)?(?:是|为)|正确选项(?:是|为))\s*[:：]?\s*([A-H](?:\s*[、,，]?\s*[A-H])*)\s*项?(?=[\s。．.，,；;！!）)]|$)/g;

/** The reason to refuse when the 解析 concludes with other letters than `correct`; null otherwise. */
export function explanationDisagrees(explanation: string, correct: number[]): string | null {
  const key = correct.map((i) => 'ABCDEFGH'[i]).join('');
  for (const m of explanation.matchAll(CONCLUDES)) {
    const named = [...new Set(m[1]!.replace(/[^A-H]/g, ''))].sort().join('');
    if (named !== key) return `答案“${key}”与解析中的“${m[0].trim()}”不一致：无法确定哪个是正确答案，请核对后再导入`;
  }
  return null;
}
