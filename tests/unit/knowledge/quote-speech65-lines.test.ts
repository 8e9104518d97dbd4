// Round speech65 (tests/eval/knowledge/quotes-speech65.json): a 通讯's subject spoken of among people at large before
// 他常说; 在…当了…书记 as his own post; the 他 whose hand a speaker held; one met who spoke before 她勉励; 感慨道/坦言/
// 打了个比方; a 通讯's 侯书记 and “老杨”; a 座谈 story's attendees; `下一步将重点…` as a pledge.
import { describe, expect, it } from 'vitest';
import { soleSubject } from '../../../electron/core/knowledge/pronoun-subject.js';
import { isReportDirective } from '../../../electron/core/knowledge/report-directive.js';
import { quotes, whom } from './quote-lines-helpers.js';

describe('whom a 他/她 is', () => {
  it('goes on past a sentence holding the subject among people at large', () => {
    const out = whom(
      [
        '谭永华在黑石村当了十年村党支部书记。',
        '村里谁家有了难处,乡亲们第一个想到的就是他。他常说:“群众的事再小也是大事。”',
        '学校离县城很远,不少年轻老师来了又走了,他却一直留了下来。',
        '他说,一个孩子就是一个家庭的希望。',
      ],
      ['谭永华'],
    );
    expect(out[1]).toEqual(['谭永华']);
    expect(out[3]).toEqual(['谭永华']);
  });

  it('does not go on past one person of them, nor past 其他', () => {
    const one = whom(['谭永华当了十年支书。', '有位老党员第一个想到的就是他。', '他说,党员就要站出来。'], ['谭永华']);
    expect(one[2]).toEqual([]);
    const other = whom(['谭永华当了十年支书。', '其他村干部都来了。', '他说,党员就要站出来。'], ['谭永华']);
    expect(other[2]).toEqual([]);
  });

  it('reads 在…当了…书记 as the subject’s own post', () => {
    expect(soleSubject('谭永华在黑石村当了十年村党支部书记。', ['谭永华'], () => [])).toBe('谭永华');
  });

  it('is nobody after one who held the 他’s hand and spoke', () => {
    const out = whom(
      [
        '副市长孔德明到长岭镇走访慰问困难群众。',
        '冉大爷拉着他的手说:“党和政府的关心,让我们心里暖乎乎的。”他叮嘱随行干部,困难群众的事再小也要放在心上。',
      ],
      ['孔德明', '冉大爷'],
    );
    expect(out[1]).toEqual([]);
  });

  it('is not one met whose words came just before 她勉励', () => {
    const out = whom(
      [
        '宣讲结束后,她来到生产车间,与一线职工交流。职工代表韩家明说,听了宣讲,心里更亮堂了。她勉励大家,一技在手,就是一份底气。',
      ],
      ['韩家明'],
    );
    expect(out[0]).toEqual([]);
  });
});

describe('a 通讯’s words', () => {
  it('frames 感慨道 and 坦言', () => {
    const out = quotes('三尺讲台守初心', [
      '——记石门乡中心小学教师蒙海波',
      '蒙海波在石门乡中心小学教书二十六年。',
      '说起为什么留下，他感慨道：“山里的孩子更需要好老师，山里的老师更要守得住。”',
      '他坦言，教书育人是良心活，一个孩子就是一个家庭的希望。',
    ]);
    expect(out).toContainEqual(['蒙海波', '山里的孩子更需要好老师，山里的老师更要守得住']);
    expect(out).toContainEqual(['蒙海波', '教书育人是良心活，一个孩子就是一个家庭的希望']);
  });

  it('credits its 侯书记 and its “老杨” to the one person of that surname', () => {
    const secretary = quotes('茶山上的带头人', [
      '——记云雾村党支部书记侯振华',
      '侯振华是土生土长的云雾村人。',
      '那几年，村里的茶叶卖不上价。侯书记常说：“茶叶好不好，市场说了算；日子甜不甜，要靠自己干。”',
    ]);
    expect(secretary).toContainEqual(['侯振华', '茶叶好不好，市场说了算；日子甜不甜，要靠自己干']);
    const ranger = quotes('护林路上的“老杨”', [
      '——记大青山护林员杨守义',
      '杨守义在大青山当了二十八年护林员。大伙儿都叫他“老杨”。',
      '老杨常说：“山是大家的山，林子要一代一代传下去。”',
    ]);
    expect(ranger).toContainEqual(['杨守义', '山是大家的山，林子要一代一代传下去']);
  });
});

describe('who speaks in a report', () => {
  it('credits a 座谈 story’s attendees in an article', () => {
    const out = quotes('市委书记邵建华与民营企业家面对面', [
      '本报讯 3月12日，市委书记邵建华与民营企业家代表座谈交流，倾听企业发展诉求。',
      '座谈中，华兴机械公司董事长罗志明说，企业最怕的不是困难，而是看不清方向。',
    ]);
    expect(out).toContainEqual(['罗志明', '企业最怕的不是困难，而是看不清方向']);
  });

  it('reads `下一步将重点抓好…` as a pledge', () => {
    expect(isReportDirective('下一步将重点抓好理论宣讲进基层工作。')).toBe(true);
    expect(isReportDirective('学习不是装点门面的“花架子”，而是推动工作的“硬功夫”。')).toBe(false);
  });
});
