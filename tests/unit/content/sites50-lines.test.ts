// Lines of the sites50 round (tests/fixtures/import/sites50/t-*): a newspaper's masthead typed over a
// clipping gives the paper and its day and is no title; a copyright line at a printed page's foot and a
// shared link's line are no text, and the copyright's year is no date; a 来源 run into the next span's
// 发布日期 label names the unit only; a 讲稿 signed `讲授人：` names its lecturer.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { labelledSource } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '本报讯　4月8日，临澄市召开一季度经济运行分析会，研究部署下一阶段经济工作。',
  '会议指出，一季度全市经济运行总体平稳、稳中有进，主要指标好于预期。',
];
const doc = async (text: string) => (await importBytes('clip.txt', Buffer.from(text, 'utf8'))).documents[0]!;

describe('sites50 lines', () => {
  it('reads a masthead line as the paper and its day, not as the title', async () => {
    for (const masthead of [
      '临澄日报　2025年4月9日　星期三　第2版',
      '《临澄日报》 2025年4月9日 第02版',
      '临澄日报 2025年4月9日',
    ]) {
      const d = await doc([masthead, '临澄市召开一季度经济运行分析会', ...PROSE].join('\n'));
      expect(d.title, masthead).toBe('临澄市召开一季度经济运行分析会');
      expect(d.date, masthead).toBe('2025-04-09');
      expect(d.source, masthead).toBe('临澄日报');
    }
  });

  it('keeps a line that only starts like a masthead: a sentence naming the paper', () => {
    const line = '临澄日报 2025年4月9日 第2版刊发评论，呼吁全社会关心关爱青少年成长。';
    const { lines, hints } = cleanText([...PROSE, line].join('\n'));
    expect(lines.map((l) => l.replace(/\s+/g, ''))).toContain(line.replace(/\s+/g, ''));
    expect(hints.source).toBeUndefined();
    // A document's name ending in 报 is no paper's.
    for (const head of ['情况通报　2024年3月6日', '工作简报　2024年3月6日　第2版'])
      expect(cleanText([head, ...PROSE].join('\n')).hints.source, head).toBeUndefined();
  });

  it('drops a copyright line and a shared link, and takes no date from the copyright', async () => {
    for (const line of [
      '© 2024 中共临澄市委党校　内部资料　注意保存',
      '版权所有 © 2023 临澄县委宣传部',
      '链接：https://www.xuexi.cn/lgpage/detail/index.html?id=1234567890123456789',
      '原文链接：http://www.example.cn/a/2024/0301/c1.html',
    ]) {
      expect(cleanText([...PROSE, line].join('\n')).lines, line).toEqual(PROSE);
    }
    const d = await doc(['严守纪律规矩', ...PROSE, '© 2024 中共临澄市委党校　内部资料'].join('\n'));
    expect(d.date).toBeNull();
  });

  it('keeps sentences that mention copyright or a link', () => {
    const lines = ['版权所有者依法享有署名权、修改权等权利。', '链接：本次活动的报名方式见附件。'];
    expect(cleanText([...PROSE, ...lines].join('\n')).lines).toEqual([...PROSE, ...lines]);
  });

  it('cuts a 来源 value at the 发布日期 label its span runs into', () => {
    expect(labelledSource('来源：临澄市应急管理局发布日期：2025-05-12责任编辑：李明')).toBe('临澄市应急管理局');
    expect(labelledSource('来源：临澄日报日期：2025-05-12')).toBe('临澄日报');
  });

  it('reads `讲授人：` at the end of a 讲稿 as its lecturer, as 主讲人 is read', async () => {
    const talk = [
      '深入推进党的自我革命',
      '一、党的自我革命的重大意义',
      '勇于自我革命是我们党区别于其他政党的显著标志。',
    ];
    const d = await doc([...talk, '讲授人：县委党校副校长　马骏', '2025年9月5日'].join('\n'));
    expect(d.speakers).toEqual([{ name: '马骏', role: '县委党校副校长' }]);
    expect(d.date).toBe('2025-09-05');
    expect(d.paragraphs.map((p) => p.text).join('\n')).not.toContain('讲授人');
  });

  it("drops a site's clock (`今天是…`, a day with its 农历) and takes no date from it", async () => {
    for (const clock of [
      '今天是2025年7月15日',
      '今天是：2025年7月15日　星期二　欢迎访问',
      '2025年7月15日 星期二 农历六月廿一',
    ]) {
      const page = `<html><head><meta charset="utf-8"><title>临澄推进基层党建</title></head><body><table><tr><td>${clock}</td></tr></table><h1>临澄推进基层党建</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
      const d = (await importBytes('page.html', Buffer.from(page))).documents[0]!;
      expect(d.date, clock).toBeNull();
      expect(
        d.paragraphs.map((p) => p.text.replace(/\s+/g, '')),
        clock,
      ).toEqual(PROSE.map((l) => l.replace(/\s+/g, '')));
    }
  });

  it("keeps a sentence that opens on today's day", () => {
    const lines = ['今天是2025年7月1日，是中国共产党成立104周年纪念日。'];
    expect(cleanText([...PROSE, ...lines].join('\n')).lines.map((l) => l.replace(/\s+/g, ''))).toEqual(
      [...PROSE, ...lines].map((l) => l.replace(/\s+/g, '')),
    );
  });
});
