// 判断题 keyed by formatting: of the √ and × (正确/错误, 对/错) printed after the statement, the
// right one red, highlighted or bold; or the one mark alone coloured. word-key-marks.ts decides
// whether the bank uses that kind of mark as its key.
//
// A statement marked as a whole (all of it red) is never read as “正确”: the mark cannot be told
// from emphasis or the line's own style, and an unmarked statement cannot be told from one whose
// mark was forgotten, so the other items would get “错误” on no evidence. Even a bank that marks
// every statement this way says nothing about which are false; the item is refused unless a
// typed key says what it is.
import { judgeTail } from './judge-tail.js';
import { cover, NAME, type Reading } from './word-mark-reading.js';
import { BOLD } from './word-run-marks.js';

export function readJudge(stem: string, stemMarks: number[], kind: number): Reading {
  const name = NAME[kind];
  const tail = judgeTail(stem);
  const end = tail ? tail.marks[0]!.start : stem.length;
  const statement = cover(stem.slice(0, end), stemMarks.slice(0, end), kind);
  const base = { kind, keyLike: false, sig: '' };
  // Bold whole lines are how many banks set every statement: no reason given for them.
  if (statement === 'all')
    return kind === BOLD
      ? base
      : {
          ...base,
          sig: 'all',
          soft: true,
          refuse: `整句都带有${name}标记，无法确定表示“正确”还是只是强调：请在答案行写明答案`,
        };
  if (!tail) return base;
  const covers = tail.marks.map((m) => cover(m.text, stemMarks.slice(m.start, m.start + m.text.length), kind));
  const marked = tail.marks.filter((_, i) => covers[i] === 'all');
  const sig = marked.map((m) => (m.truth ? 'T' : 'F')).join(',');
  if (!marked.length && !covers.includes('some')) return base;
  if (covers.includes('some'))
    return { ...base, sig, refuse: `判断符号只有部分文字带有${name}标记，无法确定答案：请在答案行写明答案` };
  if (statement === 'some')
    return { ...base, sig, refuse: `题干和判断符号都带有${name}标记，无法确定哪个是答案：请在答案行写明答案` };
  if (marked.length > 1)
    return { ...base, sig, refuse: `两个判断符号都带有${name}标记，无法确定答案：请在答案行写明答案` };
  return { ...base, sig, keyLike: true, key: marked[0]!.text, stem: tail.statement };
}
