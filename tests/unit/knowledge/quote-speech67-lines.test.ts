// Round speech67 (tests/eval/knowledge/quotes-speech67.json): a 座谈会's attendees in turn (新型职业农民, 返乡大学生,
// 第二个发言, 介绍了…做法), 用她的话说, words 对大家/常对同事说, 县委书记强调指出 with the name in the lead, a 追记's hero and his
// diary, what a subject is (是…干部), 种粮大户, 老支书, a speaker's own lead (我最深的体会是), an interview's subtitle by calling.
import { describe, expect, it } from 'vitest';
import { soleSubject } from '../../../electron/core/knowledge/pronoun-subject.js';
import { quotes, whom } from './quote-lines-helpers.js';

describe('a 座谈会 whose attendees speak in turn', () => {
  it('credits 新型职业农民 and 返乡大学生 by the calling before the name, and 第二个发言。她认为', () => {
    const out = quotes(
      '市长与基层代表座谈',
      [
        '本报讯 市长严志国与新型职业农民、乡村医生、返乡大学生代表座谈。',
        '新型职业农民覃国庆在发言中说，种田不再靠力气，懂技术的农民最吃香。',
        '乡村医生卢秀梅第二个发言。她认为，守住村民的健康，就是守住乡村的未来。',
        '返乡大学生邓小川认为，回乡创业不是退路，而是新的出路。',
      ],
      '会议报道',
    );
    expect(out).toContainEqual(['覃国庆', '种田不再靠力气，懂技术的农民最吃香']);
    expect(out).toContainEqual(['卢秀梅', '守住村民的健康，就是守住乡村的未来']);
    expect(out).toContainEqual(['邓小川', '回乡创业不是退路，而是新的出路']);
  });

  it('reads 介绍了…做法。他表示 as his turn, not a briefing left open, even with the chair named before', () => {
    const out = whom(
      [
        '县委书记韦国强主持召开座谈会。',
        '驻村第一书记莫志刚介绍了村里发展林下经济的做法。他表示，驻村就要把心沉下去。',
      ],
      ['韦国强', '莫志刚'],
    );
    expect(out[1]).toEqual(['莫志刚']);
    const briefed = whom(
      ['县委书记韦国强到村里调研。', '村党支部书记莫志刚介绍了村里林下经济发展情况。他表示，要把心沉下去。'],
      ['韦国强', '莫志刚'],
    );
    expect(briefed[1]).toEqual([]);
  });
});

describe('whose words a lecture or a story gives', () => {
  it('credits 用她的话说 to the one the sentence before is about', () => {
    const out = whom(
      ['潘晓燕今年六十岁，退休后当起了宣讲员。用她的话说：“把政策讲明白，群众心里才亮堂。”'],
      ['潘晓燕'],
    );
    expect(out[0]).toEqual(['潘晓燕']);
  });

  it('credits words told 对大家 and 常对同事', () => {
    const out = quotes(
      '宣讲员把政策讲进村',
      [
        '本报讯 百姓宣讲员、退休教师罗德明在村里宣讲。',
        '宣讲结束时，罗德明对大家说，好日子是干出来的，等不来也靠不来。',
      ],
      '会议报道',
    );
    expect(out).toContainEqual(['罗德明', '好日子是干出来的，等不来也靠不来']);
  });

  it('credits a 追记 hero his diary (在日记中写道) and what he often told colleagues', () => {
    const out = quotes('把青春献给大山', [
      '把青春献给大山',
      '——追记驻村干部覃立新',
      '覃立新生前是县林业局派驻石岭村的驻村干部。',
      '整理遗物时，同事们在他的抽屉里发现了一本工作日记。他在日记中写道：“既然来到大山，就要为大山做点实事。”',
      '覃立新常对同事说，山里路远，但为民的心不能远。',
    ]);
    expect(out).toContainEqual(['覃立新', '既然来到大山，就要为大山做点实事']);
    expect(out).toContainEqual(['覃立新', '山里路远，但为民的心不能远']);
  });

  it('reads what a subject is (是…干部) as his own, but not one of kin', () => {
    expect(soleSubject('覃立新生前是县林业局派驻石岭村的驻村干部。', ['覃立新'], () => [])).toBe('覃立新');
    expect(soleSubject('覃立新是老党员黄德明的女儿。', ['覃立新'], () => [])).toBeNull();
  });

  it('credits a 种粮大户 who told his story after a leading clause, and 老支书 who held the speaker’s hand', () => {
    const out = quotes('“村晚”上的宣讲', [
      '本报讯 石岭村的“村晚”宣讲正在进行。',
      '接着，宣讲员、种粮大户黄永福讲述了自己流转土地种粮的经历。他说：“跟着好政策走，种粮也能奔小康。”',
    ]);
    expect(out).toContainEqual(['黄永福', '跟着好政策走，种粮也能奔小康']);
    const lesson = quotes(
      '党课讲稿｜扎根泥土',
      ['党课讲稿｜扎根泥土', '老支书冉有德拉着我的手说：“当干部就要吃苦在前、享受在后，群众才服你。”'],
      '讲话',
      ['樊志强'],
    );
    expect(lesson).toContainEqual(['冉有德', '当干部就要吃苦在前、享受在后，群众才服你']);
  });
});

describe('a post without its name, and a speaker’s own lead', () => {
  it('credits 县委书记强调指出 to the one 县委书记 the text names, not to one of two', () => {
    const lines = [
      '本报讯 全县工作推进会召开。县委书记黄卫国出席会议并讲话，县长蒙晓峰主持会议。',
      '县委书记强调指出，产业不是做“盆景”，而是要连成“风景”。',
    ];
    expect(quotes('全县工作推进会召开', lines, '会议报道')).toContainEqual([
      '黄卫国',
      '产业不是做“盆景”，而是要连成“风景”',
    ]);
    const two = quotes(
      '两县工作交流会召开',
      [lines[0]!.replace('县长蒙晓峰', '邻县县委书记蒙晓峰'), lines[1]!],
      '会议报道',
    );
    expect(two.some(([s, t]) => s !== null && t!.startsWith('产业不是'))).toBe(false);
  });

  it('leaves off 我最深的体会是 in a speaker’s own lines', () => {
    const out = quotes(
      '党课讲稿｜扎根泥土',
      ['党课讲稿｜扎根泥土', '驻村这两年，我最深的体会是，干部心里装着群众，群众心里才有干部。'],
      '讲话',
      ['樊志强'],
    );
    expect(out).toContainEqual(['樊志强', '干部心里装着群众，群众心里才有干部']);
  });

  it('credits 答： to the one an interview’s subtitle visits under a calling', () => {
    const out = quotes('让老手艺活起来', [
      '让老手艺活起来',
      '——访非遗传承人、竹编艺人黄秀芝',
      '问：您觉得传承最重要的是什么？',
      '答：手艺要跟上时代，老手艺才能一代代传下去。',
    ]);
    expect(out).toContainEqual(['黄秀芝', '手艺要跟上时代，老手艺才能一代代传下去']);
  });
});
