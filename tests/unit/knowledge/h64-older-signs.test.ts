// Round h64 (history-fixtures/labels-h64.json): undated 1954–77 prose with one sign the code missed (single-sign.ts,
// period-wording.ts, late-mao-wording.ts): the Soviet Union our ally, Taiwan's liberation as the text's own cause, the
// 1956–67 纲要 to reach early, the 社教 at hand, 兴无灭资 and 政治挂帅 as the duty of the day, the Leap as ours, the
// revolutionary committee with a duty, 刘少奇 as the foe, the 三要三不要 held as a principle. Each counts only where no
// year after 1978 is named; 1984–2019 texts with the same words (the Soviet bloc, socialist education, Soviet aid in
// 1937, Taiwan's unification, 革命化 of today's army, 刘少奇's former home, a committee of then) stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('1954–66 prose with one sign of its years', () => {
  it('the Soviet Union our ally beside the people’s democracies (the founding years’ note)', () => {
    const ally = '五年来，我国同伟大的盟国苏联和各人民民主国家紧密地团结在一起，共同为保卫世界和平而奋斗。';
    expect(status(ally)).toBe('历史文献');
    expect(note(ally)).toMatch(/新中国成立初期/);
  });

  it('Taiwan’s liberation as the text’s own cause: before the plenum, no more', () => {
    const taiwan = '台湾是中国神圣不可侵犯的领土，决不容许美国侵占。解放台湾是中国的主权和内政，决不容许他国干涉。';
    expect(status(taiwan)).toBe('历史文献');
    expect(note(taiwan)).toMatch(/1978年12月以前/);
  });

  it('the 纲要 to reach early, the 社教 at hand, the Leap as ours (the 1956–66 or the Leap’s note)', () => {
    const outline = '另一方面，我们也必须看到，提前实现全国农业发展纲要，并不是一件轻而易举的事。';
    expect(note(outline)).toMatch(/大跃进/);
    const sijiao = '明年的主要任务是，在更深入广泛开展社会主义教育运动的基础上，大力组织工农业生产新高潮。';
    expect(note(sijiao)).toMatch(/全面建设社会主义时期/);
    expect(note('周总理指出，目前正在我国农村和城市中进行的社会主义教育运动，有着伟大的革命意义。')).toMatch(
      /全面建设社会主义时期/,
    );
    expect(status('我们必须打破常规，尽量采用先进技术。我们所说的大跃进，就是这个意思。')).toBe('历史文献');
  });

  it('兴无灭资 and 政治挂帅 as the duty of the day (1957–78: before the plenum, no more)', () => {
    const xingwu = '实行这个方针，不仅是为了节约人力、物力、财力，而且是为了开展兴无灭资的斗争。';
    expect(status(xingwu)).toBe('历史文献');
    expect(note(xingwu)).toMatch(/1978年12月以前/);
    expect(status('我们各项工作中，都必须政治挂帅，学习解放军、大庆、大寨的彻底革命的精神和工作作风。')).toBe(
      '历史文献',
    );
  });
});

describe('1966–78 prose with one sign of its years', () => {
  it('the committee with a duty now (the CR note), 刘少奇 as the foe, the 三要三不要 held', () => {
    const committee = '革命委员会要实行一元化的领导，打破重叠的行政机构，精兵简政，组织起一个革命化的领导班子。';
    expect(note(committee)).toMatch(/文化大革命/);
    expect(status('毛主席最早察觉了刘少奇一伙的反革命阴谋的危险性。')).toBe('历史文献');
    expect(status('尽管我国文教、科技战线的工作，受到了刘少奇、林彪、“四人帮”的严重干扰和破坏。')).toBe('历史文献');
    expect(status('我们必须抓大事，抓路线，坚持“要搞马克思主义，不要搞修正主义；要团结，不要分裂”的基本原则。')).toBe(
      '历史文献',
    );
  });
});

describe('later texts with the same words stay 现行', () => {
  it('the Soviet bloc, socialist education, Soviet aid, unification, today’s army, 刘少奇’s home, a committee of then', () => {
    expect(status('冷战期间，以美国为首的北约与以苏联为首的华约进行了长达近半个世纪的政治军事对抗。')).toBe('现行');
    expect(status('继续进行爱国主义、集体主义、社会主义教育，引导广大人民群众树立正确的世界观。')).toBe('现行');
    expect(status('在陈云的倡议和组织下，我党利用苏联援助盛世才的军事装备和技术，兴办军事技术学校。')).toBe('现行');
    expect(status('台湾是祖国不可分割的神圣领土。我们一定要继续按照“一个国家两种制度”的设想，和平统一祖国。')).toBe(
      '现行',
    );
    expect(status('国防建设的指导思想实现了战略性转变。人民解放军实现革命化、现代化、正规化的进程加快。')).toBe('现行');
    expect(status('毛泽东故居、刘少奇故居、任弼时故居、秋收起义旧址等一批革命纪念地，都是宝贵红色财富。')).toBe('现行');
    expect(status('此次战役中牺牲的民警被当时的辽宁省革命委员会授予革命烈士称号。')).toBe('现行');
  });
});
