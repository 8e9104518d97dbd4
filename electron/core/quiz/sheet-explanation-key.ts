// A sheet row whose 答案 cell is empty (or that has no 答案 column at all) may name its key only in the
// 解析 cell (`解析：本题选C，因为…`, `本题答案为ABD`), as banks typed for 问卷星 or 考试星 often do. The
// 解析 is the key only where it concludes unambiguously (explanation-key.ts: every conclusion names the
// same letters); a 解析 that only quotes the rule or hesitates (`本题选C还是D？`) keys nothing, and the
// row is refused saying what to fix: a guessed key would be worse than none.
import { explanationKey, explanationVerdict } from './explanation-key.js';

export const NO_SHEET_KEY =
  '缺少答案：答案列为空，解析中也没有明确写出选哪一项（如“本题选C”）：请在答案列写明答案后再导入';

/** The row's key: its own answer cell, else the letters its 解析 concludes with, else null: refuse with
 * NO_SHEET_KEY; a 判断 row by the 解析's verdict, other rows with no options (填空) never by the 解析. */
export function sheetRowKey(answer: string, explanation: string, options: string[], type: string): string | null {
  if (answer.trim() || !explanation.trim()) return answer;
  // A 判断 row (named so) by the 解析's verdict on the statement (故本题说法错误).
  if (options.length < 2) {
    if (!/判断|是非/.test(type)) return answer;
    const truth = explanationVerdict(explanation);
    return truth === null ? null : truth ? '错误' : '正确';
  }
  return explanationKey(explanation, options);
}
