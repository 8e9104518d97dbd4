// Round speech54: a text's words in marks relayed by a speaker, a speaker who talks from his work (`结合工作谈体会时说`),
// answers that only name what was asked, and a reporter's word on someone's mood (tests/eval/knowledge/
// quotes-speech54.json). Each rule here failed on the code before the round.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { echoesQuestion } from '../../../electron/core/knowledge/echo-answer.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';

type Type = '讲话' | '文章' | '会议报道';
const quotes = (type: Type, title: string, lines: string[], speaker?: string) =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: speaker ? [{ name: speaker, role: null }] : [], occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

const STUDY = [
  '9月6日，市委理论学习中心组围绕全面依法治市举行专题学习。市委书记骆志刚主持并讲话。',
  '骆志刚指出，党的十五大报告强调，“发展民主必须同健全法制紧密结合，实行依法治国。”全市各级领导干部要带头尊法学法守法用法。',
  '骆志刚说，依法办事不是束缚手脚，而是给干事的人系上安全带。',
  '市长关海涛在交流发言中表示，政府的权力清单，就是群众的明白账。',
  '市纪委书记凌云结合工作谈体会时说，监督越严，干部越安全。',
];

describe('a text’s words in marks, relayed by a speaker', () => {
  it('are offered as nobody’s and take no speaker’s slot (党的十五大报告强调，“……”)', () => {
    const got = quotes('会议报道', '市委理论学习中心组举行专题学习', STUDY, '骆志刚');
    expect(got).toContainEqual([null, '发展民主必须同健全法制紧密结合，实行依法治国']);
    expect(got).toContainEqual(['骆志刚', '依法办事不是束缚手脚，而是给干事的人系上安全带']);
    expect(got).toContainEqual(['关海涛', '政府的权力清单，就是群众的明白账']);
    // (The duty the speaker draws from it stays out: it is his work list.)
    expect(got.map((g) => g[1])).not.toContain('全市各级领导干部要带头尊法学法守法用法');
  });
});

describe('a speaker who talks from his work', () => {
  it('is named (市纪委书记凌云结合工作谈体会时说，……)', () => {
    const got = quotes('会议报道', '市委理论学习中心组举行专题学习', STUDY, '骆志刚');
    expect(got).toContainEqual(['凌云', '监督越严，干部越安全']);
  });
});

describe('an answer that only names what was asked', () => {
  it('echoes the whole stem (`最大的难点是人才。` after `最大的难点在哪里？`)', () => {
    expect(echoesQuestion('最大的难点是人才。', '问：最大的难点在哪里？')).toBe(true);
    expect(echoesQuestion('医生留得住，群众才信得过。', '问：最大的难点在哪里？')).toBe(false);
  });

  it('calls it simple however long (`初衷很简单，就是…` after `…初衷是什么？`)', () => {
    const q = '问：这两年县里在医共体建设上下了不少功夫，初衷是什么？';
    expect(echoesQuestion('初衷很简单，就是让群众少往城里跑。', q)).toBe(true);
    expect(echoesQuestion('道理很简单，群众满意才是硬标准。', q)).toBe(false);
  });
});

describe('a reporter’s word on someone’s mood', () => {
  it('is narration (`看着满山的茶树，韦国良信心满满。`), a pledge is not', () => {
    expect(fragmentReason('看着满山的茶树，韦国良信心满满。')).toBeTruthy();
    expect(fragmentReason('说起今后的打算，杨德胜信心满满。')).toBeTruthy();
    expect(fragmentReason('对于未来，我们信心满满。') ?? '').not.toMatch(/神情/);
  });
});
