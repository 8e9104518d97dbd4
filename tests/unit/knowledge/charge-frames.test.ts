// The 历史决议's and later texts' ways of rejecting the period's words without 错误 beside them
// (charge-frames.ts): so-called lines with what was done under them, labels pinned on people, a
// claim reported and denied; and the uses of 所谓, 打成, 戴上 that stay study material.
import { describe, expect, it } from 'vitest';
import { isCriticisedLine } from '../../../electron/core/knowledge/superseded-lines.js';

describe('lines the 历史决议 and 党史 texts reject by their frame', () => {
  it.each([
    // 所谓 with what it hid or did
    '所谓“二月逆流”，实际上是老同志们在怀仁堂的一次正当抗争。',
    '县里根本不存在所谓以县长为首的“黑司令部”。',
    '此后，所谓“揪叛徒”的风潮在各地蔓延，许多单位陷于瘫痪。',
    '对所谓“黑帮”的批斗，使大批干部遭到迫害。',
    '所谓“走白专道路”，是强加在青年教师身上的罪名。',
    '1967年春，厂里发生所谓“三月夺权”，一派群众组织夺取了厂党委的全部权力。',
    '把斗争矛头指向所谓“党内资产阶级”。',
    // a label pinned on people
    '他被打成“三反分子”，下放到农场劳动。',
    '许多老干部被扣上“叛徒”“内奸”的帽子。',
    '一批教师被戴上“白专典型”的帽子。',
    '把文艺工作者污蔑为“黑线人物”。',
    '大批群众被诬陷为“五一六分子”。',
    // a claim reported and denied
    '“文化大革命”被说成是反修防止资本主义复辟的斗争，这种说法根本没有事实根据。',
    // labels and calls of the period named anywhere
    '老教授成了“反动学术权威”，天天挨批。',
    '那时候把知识分子叫作“臭老九”。',
    '祖传的字画被当作“封资修”烧掉了。',
    '县里提出“大批促大干”，各公社天天开批判会。',
    '社员种几棵果树，也被当作“资本主义尾巴”割掉了。',
  ])('%s', (s) => expect(isCriticisedLine(s)).toBe(true));
});

describe('uses of the same words that stay study material', () => {
  it.each([
    '正所谓“腹有诗书气自华”，读书能够帮助学生树立远大志向。',
    '所谓“当下感”，首先是价值取向。',
    '所谓“三严三实”，就是既严以修身、严以用权、严以律己，又谋事要实、创业要实、做人要实。',
    '这就是所谓“木桶效应”，短板决定容量。',
    '把老街打造成“网红打卡地”，带动了乡村旅游。',
    '劳动模范戴上了“大红花”，走上了领奖台。',
    '实践证明，“文化大革命”不是也不可能是任何意义上的革命或社会进步。',
    '知识分子是工人阶级的一部分，是社会主义事业的依靠力量。',
  ])('%s', (s) => expect(isCriticisedLine(s)).toBe(false));
});
