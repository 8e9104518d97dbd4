// Text and office-file shapes of the p9 round (tests/fixtures/import/real/p9-*): a story quoting a
// letter with its 落款 (not the story's date), an outlet and its day on an unlabelled line, a 红头
// title broken inside its 《》 or after 关于印发, a 决定's adoption note, a copied WeChat byline with a
// Chinese date and the prompts its page ends on, 学习强国's app prompt and disclaimer, and a PDF
// 落款 whose day is wider than its organ.
import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const doc = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents[0]!;
const bodyOf = (d: Awaited<ReturnType<typeof doc>>) => d.paragraphs.map((p) => p.text).join('\n');

const LETTER = [
  '奋战在抗洪抢险一线的同志们：',
  '入汛以来，我县遭遇多轮强降雨袭击。面对严峻汛情，你们不惧艰险、冲锋在前，筑起了坚固防线。',
  '当前，防汛形势依然严峻。希望大家再接再厉，科学应对，坚决夺取防汛救灾全面胜利！',
  '中共南岭县委　南岭县人民政府',
  '2024年6月20日',
];

describe('p9 copied shapes', () => {
  it('does not date a story by the 落款 of the letter it quotes `全文如下：`', async () => {
    const story = await doc(
      [
        '县委县政府致信慰问全县抗洪一线干部群众',
        '6月20日，中共南岭县委、南岭县人民政府向奋战在抗洪抢险一线的广大干部群众致慰问信。慰问信全文如下：',
        ...LETTER,
        '慰问信发出后，在全县干部群众中引起热烈反响。大家纷纷表示，将坚守岗位、全力以赴。',
      ].join('\n'),
    );
    expect(story.date).toBeNull();
    // Guard: the letter itself, copied alone, is dated by its 落款.
    expect((await doc(['致全县抗洪一线干部群众的慰问信', ...LETTER].join('\n'))).date).toBe('2024-06-20');
  });

  it('reads `人民日报　2024年3月6日` under a title as the outlet and its day; a person’s name is none', async () => {
    const body =
      '今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上。\n报告指出，提出上述预期目标，综合考虑了国内外形势和各方面因素。';
    const d = await doc(`政府工作报告提出今年发展主要预期目标\n人民日报　2024年3月6日\n\n${body}`);
    expect(d.source).toBe('人民日报');
    expect(d.date).toBe('2024-03-06');
    expect(bodyOf(d)).not.toContain('人民日报　2024年3月6日');
    expect((await doc(`学习心得体会\n李明　2024年3月6日\n\n${body}`)).source).toBeNull();
    expect((await doc(`学习心得体会\n南岭县财政局　2024年3月6日\n\n${body}`)).source).toBeNull();
    expect((await doc(`关于一季度安全生产情况\n情况通报　2024年3月6日\n\n${body}`)).source).toBeNull();
  });

  it('joins a 红头 title broken inside its 《》 or after 关于印发', async () => {
    const rest = '各乡镇党委：\n现印发给你们，请结合实际认真贯彻落实。\n各地要抓好落实，确保各项任务按时完成。';
    const a = await doc(`中共南岭县委办公室关于印发《南岭县2024年\n党员教育培训工作要点》的通知\n${rest}`);
    expect(a.title).toBe('中共南岭县委办公室关于印发《南岭县2024年党员教育培训工作要点》的通知');
    const b = await doc(`南岭县人民政府关于印发\n《南岭县安全生产考核办法》的通知\n${rest}`);
    expect(b.title).toBe('南岭县人民政府关于印发《南岭县安全生产考核办法》的通知');
    // Guard: a headline over its 副题 stays apart.
    const c = await doc(`以学铸魂《南岭》\n南岭县开展主题教育读书班\n${rest}`);
    expect(c.title).toBe('以学铸魂《南岭》');
  });

  it('dates a 决定 by its adoption note; a note naming two days dates nothing', async () => {
    const text = (note: string) =>
      `中共南岭市委关于深入推进县域经济高质量发展的决定\n${note}\n为深入贯彻党中央关于推动县域经济发展的决策部署，作出如下决定。\n一、坚持特色发展。立足资源禀赋和产业基础，推动县域经济差异化发展。`;
    expect((await doc(text('（2024年2月20日中国共产党南岭市第十三届委员会第六次全体会议通过）'))).date).toBe(
      '2024-02-20',
    );
    expect(
      (await doc(text('（2018年3月1日南岭市人大常委会通过，根据2023年5月6日南岭市人大常委会决定修正后通过）'))).date,
    ).not.toBe('2018-03-01');
  });

  it('reads a copied WeChat byline with a Chinese date and drops the prompts its page ends on', async () => {
    const d = await doc(
      [
        '以案为鉴 筑牢廉洁防线',
        '南岭清风 2024年03月26日 17:45 湖南',
        '',
        '为深化以案促改，近日，南岭县在全县开展警示教育月活动，组织党员干部参观廉政教育基地。',
        '县纪委监委有关负责同志表示，将持续推进以案促改、以案促治。',
        '',
        '微信扫一扫',
        '关注该公众号',
        '继续滑动看下一个',
        '轻触阅读原文',
        '向上滑动看下一个',
        '使用小程序',
        '知道了',
      ].join('\n'),
    );
    expect(d.date).toBe('2024-03-26');
    expect(d.source).toBe('南岭清风');
    for (const s of ['微信扫一扫', '关注该公众号', '继续滑动', '轻触阅读原文', '使用小程序', '知道了'])
      expect(bodyOf(d)).not.toContain(s);
  });

  it('drops 学习强国’s 本文来源 line, disclaimer and app prompt from copied text', async () => {
    const d = await doc(
      [
        '坚持和发展新时代“枫桥经验”的南岭实践',
        '来源：南岭日报',
        '2024-03-25',
        '近年来，南岭县坚持和发展新时代“枫桥经验”，推动矛盾纠纷就地化解。',
        '下一步，南岭县将持续完善多元化解机制，推进基层治理现代化。',
        '本文来源：南岭日报',
        '声明：本文为学习强国号作者或机构在学习强国上传并发布，仅代表作者观点，不代表学习强国的观点或立场，学习强国仅提供信息发布平台。',
        '打开“学习强国”APP，查看更多精彩内容',
      ].join('\n'),
    );
    const body = bodyOf(d);
    for (const s of ['本文来源', '仅代表作者观点', '打开“学习强国”APP']) expect(body).not.toContain(s);
    expect(body).toContain('推进基层治理现代化');
  });

  it('keeps a PDF 落款’s day, wider than its organ, apart from the organ and the 附注', () => {
    // As LibreOffice prints one: the body's lines stop short of the 落款's right edge.
    const line = (text: string, x: number, xEnd: number, y: number, size = 10.5): PdfLine => ({
      text,
      x,
      xEnd,
      y,
      size,
      page: 0,
    });
    const lines = [
      line('各地各部门要把安全生产考核作为推动责任落实的重要抓手，确保考核工作公平公正。', 80, 479, 565),
      line('南岭县人民政府', 448, 522, 549),
      line('2024年4月8日', 438, 522, 534, 11),
      line('（此件公开发布）', 80, 164, 519),
    ];
    const out = paragraphs(lines);
    expect(out.slice(-2)).toEqual(['2024年4月8日', '（此件公开发布）']);
    expect(out.some((p) => p.endsWith('南岭县人民政府'))).toBe(true);
  });
});
