// Round speech64 (tests/eval/knowledge/quotes-speech64.json): compound surnames with two-character given names read as
// one person (欧阳志远, 诸葛明辉, 上官文杰); a host's words before a 她 the visitor was; a 她 someone spoke of; a woman
// called 大娘/阿姨/大姐 passed over by the next 他; 你 as anyone; `村医这个岗位`; counts in any measure word; an official's
// bare name in an article; `认真听取发言后指出`; a 座谈会's attendee named by his trade.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../electron/contract/api.js';
import { extractQuotes } from '../../../electron/core/content/quotes.js';
import { fragmentReason } from '../../../electron/core/knowledge/sentence-fragment.js';
import { scoreCandidate } from '../../../electron/core/knowledge/quote-rank.js';
import { narratedNames } from '../../../electron/core/knowledge/narrated-names.js';
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';

const quotes = (title: string, lines: string[], type = '会议报道') =>
  extractQuotes(
    lines.map((text): Paragraph => ({ kind: 'p', text })),
    { speakers: [], occasion: null, date: null, title, type },
  ).map((q) => [q.speaker, q.text.replace(/[。！]$/, '')]);

describe('a compound surname and a two-character given name', () => {
  it('frames the four characters as one person', () => {
    const out = quotes('全县森林防火工作会议召开', [
      '本报讯 3月2日，全县森林防火工作会议召开。县长司马振华出席会议并讲话。',
      '司马振华在讲话中指出，森林防火没有“旁观者”，人人都是守林人。',
    ]);
    expect(out).toContainEqual(['司马振华', '森林防火没有“旁观者”，人人都是守林人']);
  });

  it('never credits the name cut to three', () => {
    const out = quotes(
      '区委书记诸葛伟明督导河长制',
      [
        '本报讯 5月8日，区委书记诸葛伟明到白沙河督导河长制落实情况。',
        '诸葛伟明指出，治水先治岸，治岸先治人，河长不能只挂名不履职。',
        '他强调，一条河的变化，就是群众身边最直观的生态账。',
      ],
      '文章',
    );
    expect(out.some(([s]) => s === '诸葛伟')).toBe(false);
    expect(out).toContainEqual(['诸葛伟明', '一条河的变化，就是群众身边最直观的生态账']);
  });

  it('reads a feature’s subject under `——记…上官文涛`', () => {
    const out = quotes(
      '把论文写在田野上',
      ['——记省农科院研究员上官文涛', '上官文涛说，论文写在大地上，成果才能长在农民的田里。'],
      '文章',
    );
    expect(out).toContainEqual(['上官文涛', '论文写在大地上，成果才能长在农民的田里']);
  });
});

describe('whom a 他/她 is', () => {
  const whom = (paragraphs: string[], own: string[]) =>
    pronounSpeakers(paragraphs, own).map((ps) => ps.map((p) => p.name));

  it('is nobody after a host spoke, when the visitor was called by the same pronoun', () => {
    const out = whom(
      [
        '6月3日，副市长冯雅芝到东城区调研社区治理工作。她先后来到两个社区的党群服务中心。',
        '在幸福社区，社区居委会主任孟凡星说，社区志愿服务队每月都上门开展活动。',
        '她指出，社区是党联系群众的“最后一公里”，群众的小事就是社区的大事。',
      ],
      ['冯雅芝', '孟凡星'],
    );
    expect(out[2]).toEqual([]);
  });

  it('is not one who spoke of 她', () => {
    const out = whom(
      [
        '蓝晓云到龙塘村任驻村第一书记，已经是第三个年头。',
        '“后来修路、建冷库，她一件一件干成了，大家都服了。”村党支部书记杨德才说起她，竖起了大拇指。',
        '她说，驻村干部要把村里的事当成自家的事。',
      ],
      ['蓝晓云', '杨德才'],
    );
    expect(out[2]).not.toContain('杨德才');
  });

  it('passes over a woman called 大娘 for the next 他, her quotation with her', () => {
    const out = quotes(
      '山村里的流动银行',
      [
        '——记农商银行金融服务专员范志明',
        '每逢赶集日，范志明都会背着一台移动终端，到大山深处的村寨上门办业务。',
        '“以前取个钱要走半天山路，现在银行背到了家门口。”张大娘笑着说。',
        '他说，金融服务多走一步，群众就少跑一趟。',
      ],
      '文章',
    );
    expect(out).toContainEqual(['范志明', '金融服务多走一步，群众就少跑一趟']);
  });
});

describe('你 as anyone', () => {
  const reported = (text: string) => scoreCandidate({ text, source: 'own', reported: true } as never);
  it('keeps a saying’s 你', () => {
    expect(reported('群众不看你说了什么，只看你干了什么。')).not.toBeNull();
  });
  it('drops words to someone there', () => {
    expect(reported('你看，这片林子当年全是荒坡。')).toBeNull();
    expect(reported('你们的路子已经找对了，要坚持走下去。')).toBeNull();
  });
});

describe('what a sentence cannot stand without', () => {
  it('reads `村医这个岗位` as one thing named twice, not a pointer back', () => {
    expect(fragmentReason('村医这个岗位，守的是一个村子的平安。')).toBeNull();
    expect(fragmentReason('办好这件事，大家都要出力。')).not.toBeNull();
  });

  it('reads a count in any measure word as statistics', () => {
    for (const t of ['全街道已有三百多名志愿者加入。', '社区志愿服务队每月开展活动不少于八次。'])
      expect(fragmentReason(t)).toBe('含统计数字');
    for (const t of [
      '一名党员就是一面旗帜。',
      '技术没有捷径，一万次重复才能练出一次精准。',
      '网格虽小，连着千家万户。',
    ])
      expect(fragmentReason(t)).toBeNull();
  });
});

describe('who speaks in a report', () => {
  it('credits an official’s bare name in an article, given under his office before', () => {
    const out = quotes(
      '县委书记晏国强到红星村宣讲',
      [
        '本报讯 11月6日，县委书记晏国强来到红星村，为党员群众宣讲全会精神。',
        '晏国强指出，干部把群众放在心上，群众就会把干部放在心上。',
      ],
      '文章',
    );
    expect(out).toContainEqual(['晏国强', '干部把群众放在心上，群众就会把干部放在心上']);
  });

  it('reads `认真听取发言后指出` and an attendee named by his trade', () => {
    const out = quotes('市委召开新就业群体座谈会', [
      '本报讯 7月16日，市委召开新就业群体代表座谈会。市委书记贺振华主持会议并讲话。',
      '座谈会上，外卖骑手钱江海说，城市的温度，就藏在每一个小小的服务细节里。',
      '贺振华认真听取发言后指出，新就业群体是城市的“毛细血管”，他们的难处就是我们的工作重点。',
    ]);
    expect(out).toContainEqual(['钱江海', '城市的温度，就藏在每一个小小的服务细节里']);
    expect(out).toContainEqual(['贺振华', '新就业群体是城市的“毛细血管”，他们的难处就是我们的工作重点']);
  });

  it('takes no trade’s ending inside a verb for a name (`部署工作时指出`)', () => {
    expect(narratedNames('省长沈立华在部署工作时指出，民生工程好不好，要由群众来评判。')).not.toContain('作时');
  });
});
