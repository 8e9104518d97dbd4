// Round h63 (history-fixtures/labels-h63.json): undated 1959–78 prose with a single sign of its period
// (single-sign.ts): one set phrase of the CR, late-Mao or pre-plenum years no later text uses as its own voice, the
// Leap as the text's own, the 四人帮 alone beside a word of the present or a harm to overcome, and, with no set phrase,
// the gang alone and the chairman's title together. Each counts only where no year after 1978 is named; 1979–2020
// texts with the same words (抓纲治国 told as done, 革命委员会 replaced or of then, 准备打仗 of today, 发展改革委会同, the
// gang looked back on) stay 现行.
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';

describe('one set phrase of 1966–78 alone', () => {
  it('the Cultural Revolution unquoted, 走资派 (the CR note)', () => {
    const cr = '回顾这一段历史，我们可以知道这一次有亿万革命群众参加的无产阶级文化大革命，决不是偶然发生的。';
    expect(status(cr)).toBe('历史文献');
    expect(note(cr)).toMatch(/文化大革命/);
    expect(
      status('三年来，叛徒、特务、死不改悔的走资派、反革命分子企图破坏我们这一支伟大的人民军队，没有能够得逞。'),
    ).toBe('历史文献');
  });

  it('苏修 or the chairman’s foreign line alone: before the plenum, no more', () => {
    const soviet = '我们决不可因为胜利，放松自己的革命警惕性，决不可以忽视美帝、苏修发动大规模侵略战争的危险性。';
    expect(status(soviet)).toBe('历史文献');
    expect(note(soviet)).toMatch(/三中全会前/);
    expect(status('我们要继续执行毛主席的革命外交路线，着眼于人民，寄希望于人民，把对外工作做得更好。')).toBe(
      '历史文献',
    );
  });

  it('the Leap as the text’s own (the Leap’s note)', () => {
    const leap = '我们的大跃进的原因，是帝国主义者所不能够了解和不愿意了解的。我们的大跃进的原因究竟何在呢？';
    expect(status(leap)).toBe('历史文献');
    expect(note(leap)).toMatch(/大跃进/);
  });

  it('a phrase later texts still say, a later year, 大跃进 in marks: 现行', () => {
    expect(status('地方各级革命委员会改为各级地方人民政府，这个改变将使地方各级行政机构的独立工作得到重要改进。')).toBe(
      '现行',
    );
    expect(status('军队是要准备打仗的，一切工作都必须坚持战斗力标准，向能打仗、打胜仗聚焦。')).toBe('现行');
    expect(status('为切实保障春节期间居民猪肉消费需求，国家发展改革委会同有关部门和地方采取了有力措施。')).toBe('现行');
    expect(status('1980年以后，他回顾无产阶级文化大革命的教训，写下了这部书。')).toBe('现行');
    expect(status('香港初中教材中，“大跃进”、“文革”那段却用了18页。')).toBe('现行');
  });
});

describe('the 四人帮 alone as the harm of the day', () => {
  it('beside a word of the present or a harm to overcome (the pre-plenum note)', () => {
    const now = '科学研究工作，应当走到经济建设的前面，由于“四人帮”的严重破坏，现在却落在后面。';
    expect(status(now)).toBe('历史文献');
    expect(note(now)).toMatch(/三中全会前/);
    expect(status('我们必须坚决克服“四人帮”干扰破坏所造成的无政府状态，把经济活动纳入有计划按比例发展的轨道。')).toBe(
      '历史文献',
    );
  });

  it('with the chairman’s title twice and no set phrase', () => {
    expect(status('但是，“四人帮”毫不悔改。他们派王洪文到长沙，向毛主席诬告周总理，遭到毛主席的痛斥。')).toBe(
      '历史文献',
    );
  });

  it('the gang looked back on, beside 林彪, or its remnants to come: 现行', () => {
    expect(status('总之，经过粉碎“四人帮”以来两年多的努力，整个国家的形势已经发生了根本的变化。')).toBe('现行');
    expect(status('迅速扭转了林彪、“四人帮”造成的严重混乱局面，目前已经基本上树立了正常的秩序。')).toBe('现行');
    expect(status('“四人帮”的某些残余，也还会继续坚持反动立场，进行反社会主义的政治经济活动。')).toBe('现行');
  });
});
