// Round speech70 (tests/eval/knowledge/quotes-speech70.json): a 座谈 named only in its title, a 报告会 page typed 会议报道,
// `在“代表通道”上说`, a seat before a calling, a press conference's chair, a guest introduced in a sentence, 网络访谈
// labels in brackets, `主讲人　name　post`, 政协 members under their 界别, 颁奖词 (nobody's), and leads left off.
import { describe, expect, it } from 'vitest';
import { bylineOf } from '../../../electron/core/content/header.js';
import { bylineTurns } from '../../../electron/core/knowledge/byline-turns.js';
import { CONCLUSION_LEAD } from '../../../electron/core/knowledge/conclusion-lead.js';
import { heroAliases } from '../../../electron/core/knowledge/hero-aliases.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { transcriptTurns } from '../../../electron/core/knowledge/transcript-turns.js';
import { credited, paras, quotes } from './quote-lines-helpers.js';

describe('stories whose meeting the title names, and their speakers', () => {
  it('reads a 座谈 named only in the title, and a 网店店主 or 创业青年 taking the floor', () => {
    const lines = [
      '本报讯 6月3日，县长莫立新来到电商产业园，与网店店主、返乡创业青年代表面对面交流。',
      '网店店主韦小燕第一个发言。她说，手机成了新农具，直播成了新农活。',
      '返乡创业青年黄志勇接着发言。他表示，把根扎在家乡，创业的路才走得稳。',
    ];
    const out = credited('县长与青年电商代表座谈', lines);
    expect(out).toContainEqual(['韦小燕', '手机成了新农具，直播成了新农活']);
    expect(out).toContainEqual(['黄志勇', '把根扎在家乡，创业的路才走得稳']);
    expect(quotes('县长走访电商产业园', lines).filter(([s]) => s)).toEqual([]);
  });

  it('reads the hero of a 先进事迹报告会 in a page typed 会议报道, and 警官 as an address', () => {
    const lines = [
      '本报讯 覃振东同志先进事迹报告会在县委礼堂举行。覃振东生前系城南派出所民警。',
      '报告团成员、辅警黄明说，覃警官常对我们说：“群众有难处，警察就要有办法。”',
    ];
    expect(heroAliases(lines.join('\n'), [])).toEqual(['覃振东', ['覃警官', '覃振东']]);
    const out = quoteCandidates({
      paragraphs: paras(lines),
      type: '会议报道',
      speakers: [],
      title: '覃振东同志先进事迹报告会举行',
    });
    expect(out).toContainEqual(expect.objectContaining({ speaker: '覃振东', text: '群众有难处，警察就要有办法。' }));
  });

  it('reads `在“代表通道”上说` and a seat before a calling (全国人大代表、…技师/大户)', () => {
    const out = credited('“代表通道”上的好声音', [
      '本报讯 “代表通道”3月6日开启。',
      '全国人大代表、一家钢铁企业的首席技师蒙建军在“代表通道”上回答记者提问时表示，每一块好钢都是千锤百炼出来的。',
      '全国人大代表、养殖大户韦大山在“代表通道”上接受采访时说，养好一头牛，要比带好一个孩子还细心。',
    ]);
    expect(out).toContainEqual(['蒙建军', '每一块好钢都是千锤百炼出来的']);
    expect(out).toContainEqual(['韦大山', '养好一头牛，要比带好一个孩子还细心']);
  });
});

describe('transcripts', () => {
  it("gives a press conference's 答： turns to the one briefer, never to its chair", () => {
    const turns = transcriptTurns([
      '市交通运输局举行新闻发布会，综合规划处处长李明远介绍有关情况，并回答记者提问。新闻发言人王芳主持发布会。',
      '问：农村公路怎样管好？',
      '答：路修到哪里，管护就要跟到哪里。',
    ]);
    expect(turns[2]?.name).toBe('李明远');
    const chairOnly = transcriptTurns([
      '新闻发言人王芳主持发布会。',
      '问：怎样管好？',
      '答：路修到哪里，管护就要跟到哪里。',
    ]);
    expect(chairOnly[2]).toBeNull();
  });

  it('gives 嘉宾： turns to a guest introduced in a sentence, and reads labels in brackets', () => {
    const said = transcriptTurns([
      '本期节目，我们邀请到了市民政局局长韦春华。',
      '主持人：养老服务怎么做？',
      '嘉宾：让老人在家门口安享晚年。',
    ]);
    expect(said[2]?.name).toBe('韦春华');
    const bracketed = transcriptTurns([
      '[主持人] 网友们好，今天我们邀请到市交通运输局局长黄海明，和大家聊聊出行。',
      '[网友“小溪”] 公交能不能再多几条线？',
      '[嘉宾] 线路跟着需求走，群众在哪里，站点就设在哪里。',
    ]);
    expect(bracketed[2]?.name).toBe('黄海明');
  });
});

describe('bylines and labels', () => {
  it('reads `主讲人　name　post`, the name first, as it reads the post first', () => {
    expect(bylineOf('主讲人　陆明远　县委党校副校长')).toEqual({ name: '陆明远', role: '县委党校副校长' });
    expect(bylineOf('主讲人　县委党校副校长　陆明远')).toEqual({ name: '陆明远', role: '县委党校副校长' });
  });

  it("reads a 政协 member's byline with the 界别 in brackets or after a space", () => {
    const turns = bylineTurns(['覃立华（民盟界）', '生态好，发展才有后劲。', '黄海波　经济界', '企业好，就业才稳。']);
    expect(turns.map((t) => t?.name ?? null)).toEqual(['覃立华', '覃立华', '黄海波', '黄海波']);
  });

  it('gives a 颁奖词 to nobody, without its label, even after a byline', () => {
    const lines = [
      '优秀共产党员代表　乡村医生　韦明华',
      '山里的路再难走，病人也要看。',
      '优秀共产党员代表　村党支部书记　黄建业',
      '村里的事，就是我的家事。',
      '颁奖词（韦明华）：一只药箱走遍千山，一颗仁心守护万家。',
    ];
    const out = quoteCandidates({ paragraphs: paras(lines), type: '讲话', speakers: [], title: '表彰大会代表发言' });
    const citation = out.filter((c) => c.text.includes('一只药箱'));
    expect(citation.map((c) => [c.speaker, c.text])).toEqual([[null, '一只药箱走遍千山，一颗仁心守护万家。']]);
  });

  it("leaves off a lecture's `在我看来，` and `我常想，`", () => {
    expect(CONCLUSION_LEAD.exec('在我看来，为民是实事。')?.[0]).toBe('在我看来，');
    expect(CONCLUSION_LEAD.exec('我常想，干部的分量在群众心里。')?.[0]).toBe('我常想，');
  });
});
