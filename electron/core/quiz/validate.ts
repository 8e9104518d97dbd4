// Well-formedness of a question, shared by generation, authoring and import: every reason is a
// Chinese sentence shown to the user.
import { normOption } from './options.js';
import type { QuestionDraft } from './types.js';

const PUNCT_ONLY = /^[\p{P}\p{S}\s]*$/u;
const PARTICLES = new Set(['的', '地', '得', '了', '着', '过', '和', '与', '及', '之', '而', '也', '在', '是']);

export function validateDraft(d: QuestionDraft): string[] {
  const errors: string[] = [];
  if (!d.stem.trim() && !d.fact.trim()) errors.push('题干为空');
  if (d.kind === '填空') {
    if (d.blanks.length === 0) errors.push('填空题没有空');
    let last = -1;
    for (const b of d.blanks) {
      if (b.start < 0 || b.end > d.fact.length || b.end <= b.start)
        errors.push(`空的位置超出原文（${b.start}–${b.end}）`);
      else if (d.fact.slice(b.start, b.end) !== b.text) errors.push(`空“${b.text}”与原文不符`);
      else if (PUNCT_ONLY.test(b.text)) errors.push('空不能只包含标点');
      else if (PARTICLES.has(b.text)) errors.push(`空不能是虚词“${b.text}”`);
      if (b.start < last) errors.push('空的位置重叠或顺序错误');
      last = b.end;
    }
    const covered = d.blanks.reduce((n, b) => n + (b.end - b.start), 0);
    // A bare sentence must keep some visible text; a question stem (问答-style import) may ask for the whole answer.
    if (!d.stem.trim() && d.fact && covered >= d.fact.replace(/[\p{P}\s]/gu, '').length)
      errors.push('不能把整句都挖空');
    return errors;
  }
  const n = d.options.length;
  if (d.kind === '判断' ? n !== 2 : n < 2)
    errors.push(d.kind === '判断' ? '判断题应有“正确”“错误”两个选项' : '选项少于两个');
  if (d.options.some((o) => !o.trim())) errors.push('存在空选项');
  if (new Set(d.options.map(normOption)).size !== n) errors.push('选项重复');
  if (d.correct.some((i) => i < 0 || i >= n)) errors.push('答案不在选项范围内');
  if (new Set(d.correct).size !== d.correct.length) errors.push('答案重复');
  if (d.kind === '多选' ? d.correct.length < 1 : d.correct.length !== 1)
    errors.push(d.kind === '多选' ? '多选题至少要有一个正确答案' : '单选题和判断题只能有一个正确答案');
  for (const b of d.blanks) if (d.fact.slice(b.start, b.end) !== b.text) errors.push(`答案位置“${b.text}”与原文不符`);
  return errors;
}
