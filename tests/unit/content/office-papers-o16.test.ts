// Party and government papers of the o16 round (tests/fixtures/import/real/o16-*, o16h-*): a PDF set
// without first-line indents, a 红头 title over three lines, a scan's gap in a 公文's title, a cover of a
// kind word and a unit, a 纪要 numbered `〔2025〕3号`, a 目录 whose entries stand under group heads, a
// study session's report dated by its lead. The line rules are shown on plain text, as a Word file's
// paragraphs read the same.
import { describe, expect, it } from 'vitest';
import type { PdfLine } from '../../../electron/core/content/formats/pdf-items.js';
import { dropToc } from '../../../electron/core/content/formats/pdf-furniture.js';
import { paragraphs, titleLines } from '../../../electron/core/content/formats/pdf-paragraphs.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { printedLines } from '../../../electron/core/text/line-repair.js';

const docs = async (text: string) => (await importBytes('a.txt', Buffer.from(text, 'utf8'))).documents;
const doc = async (text: string) => (await docs(text))[0]!;
const bodyOf = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');

const P1 = '《南岭县2025年森林防灭火工作方案》已经县政府同意，现印发给你们，请认真抓好贯彻落实。';
const P2 = '各地各部门要进一步提高政治站位，把森林防灭火工作摆在更加突出的位置，层层压实责任。';

describe('o16 titles', () => {
  it('joins an organ over a `关于` line over the line that ends the title', async () => {
    const d = await doc(
      `南岭县人民政府办公室\n关于印发南岭县2025年森林防灭火\n工作方案的通知\n各乡镇人民政府，县政府各部门：\n${P1}\n${P2}\n`,
    );
    expect(d.title).toBe('南岭县人民政府办公室关于印发南岭县2025年森林防灭火工作方案的通知');
    expect(bodyOf(d)).not.toContain('工作方案的通知');
  });

  it('takes a scan’s stray space out of a 公文’s title, not the gap of a headline (guard)', async () => {
    expect((await doc(`南岭县水利局2025年上半年 机关党建工作总结\n${P1}\n${P2}\n`)).title).toBe(
      '南岭县水利局2025年上半年机关党建工作总结',
    );
    expect((await doc(`守护绿水青山 建设幸福河湖\n${P1}\n${P2}\n`)).title).toBe('守护绿水青山 建设幸福河湖');
    const joint = '南岭县财政局 南岭县农业农村局关于做好2025年衔接资金管理工作的通知';
    expect((await doc(`${joint}\n${P1}\n${P2}\n`)).title).toBe(joint);
  });

  it('leaves a cover of a kind word and a unit out: the title is on the next page', async () => {
    const d = await doc(`汇报材料\n中共南岭县青石镇委员会\n青石镇2024年度基层党建工作情况汇报\n${P2}\n${P1}\n`);
    expect(d.title).toBe('青石镇2024年度基层党建工作情况汇报');
    expect(bodyOf(d)).not.toMatch(/汇报材料|青石镇委员会/);
    expect(d.source).toBeNull();
  });
});

describe('o16 issue headers', () => {
  it('reads a 纪要 numbered `〔2025〕3号` as its issue header: the office and its day', async () => {
    const d = await doc(
      `南岭县人民政府常务会议纪要\n〔2025〕3号\n南岭县人民政府办公室　　　　2025年3月12日\n2025年3月11日上午，县长周立新主持召开县政府常务会议，研究部署近期重点工作。\n${P2}\n`,
    );
    expect(d.source).toBe('南岭县人民政府办公室');
    expect(bodyOf(d)).not.toContain('〔2025〕3号');
  });
});

const SPEECH =
  '同志们：\n　　今天召开全县春耕生产工作会议，主要任务是安排部署春耕生产各项工作。\n　　粮食安全是“国之大者”，各乡镇要把春耕生产作为头等大事。\n';
const ARTICLE = '　　抓落实是党的政治路线、思想路线、群众路线的根本要求。\n　　钉钉子往往不是一锤子就能钉好的。\n';

describe('o16 a 目录 with group heads', () => {
  it('splits a 汇编 whose entries stand under `一、领导讲话`, `二、评论文章`', async () => {
    const ds = await docs(
      `学习材料汇编\n（2025年第2期）\n\n目　录\n一、领导讲话\n　　抓实春耕生产　夯实粮食丰收基础……………1\n二、评论文章\n　　以钉钉子精神抓好工作落实……………4\n\n抓实春耕生产　夯实粮食丰收基础\n（2025年3月3日）\n${SPEECH}\n以钉钉子精神抓好工作落实\n（来源：南岭日报）\n${ARTICLE}`,
    );
    expect(ds.map((d) => d.title)).toEqual(['抓实春耕生产 夯实粮食丰收基础', '以钉钉子精神抓好工作落实']);
    expect(ds[1]!.source).toBe('南岭日报');
  });

  it('takes a PDF 目录’s group heads with it, not as entries', () => {
    const at = (text: string, y: number): PdfLine => ({ text, x: 90, xEnd: 400, y, size: 16, page: 1 });
    const removed: { reason: string; text: string }[] = [];
    const pages = dropToc(
      [
        [
          at('目 录', 760),
          at('一、领导讲话', 730),
          at('抓实春耕生产\t1', 700),
          at('二、评论文章', 670),
          at('以钉钉子精神抓好工作落实\t4', 640),
        ],
      ],
      removed,
    );
    expect(pages[0]).toEqual([]);
    expect(removed.filter((r) => r.reason === '目录').map((r) => r.text)).toEqual([
      '目 录',
      '抓实春耕生产\t1',
      '以钉钉子精神抓好工作落实\t4',
    ]);
  });
});

describe('o16 PDF lines', () => {
  // A column from x 90 to 530 of 10.5-point type: full lines run to 530.
  const line = (text: string, xEnd: number, y: number, x = 90, page = 0): PdfLine => ({
    text,
    x,
    xEnd,
    y,
    size: 10.5,
    page,
  });
  const A = '过去一年，全县上下坚持人民至上、生命至上，安全生产形势总体平稳，生产安全事故起数和死';
  const A2 = '亡人数实现“双下降”，为全县经济社会发展营造了良好环境，人民群众的安全感进一步增强。';
  const B = '但是我们也要看到，全县安全生产基础仍然薄弱，一些企业主体责任落实不到位。';
  const C = '同志们，安全生产责任重于泰山。';

  it('ends a flush-set paragraph at a full line that ends a sentence', () => {
    const out = paragraphs([
      line('同志们：', 132, 700),
      line(C, 250, 684),
      line(A, 530, 668),
      line(A2, 530, 652),
      line(B, 480, 636),
      line(C, 250, 620),
    ]);
    expect(out).toEqual(['同志们：', C, A + A2, B, C]);
  });

  it('ends each full one-line paragraph of a short text where no full line is indented', () => {
    const F1 = '通过这次集中学习，我对新时代党的创新理论有了更加深刻的理解，进一步坚定了理想信念。';
    const F2 = '作为一名财政干部，要把学习成果转化为做好本职工作的实际行动，管好用好每一笔财政资金。';
    const out = paragraphs([line(F1, 530, 700), line(F2, 530, 684), line(C, 250, 668)]);
    expect(out).toEqual([F1, F2, C]);
  });

  it('still runs a full line on in a text whose paragraphs are indented (guard)', () => {
    const out = paragraphs([
      line(C, 271, 700, 111),
      line(A, 530, 684, 111),
      line(A2, 530, 668),
      line(B, 480, 652),
      line(C, 271, 636, 111),
      line(C, 271, 620, 111),
    ]);
    expect(out).toEqual([C, A + A2 + B, C, C]);
  });

  it('reads the title after a cover page of a kind word and a unit', () => {
    const big = (text: string, size: number, y: number, page: number): PdfLine => ({
      text,
      x: 200,
      xEnd: 400,
      y,
      size,
      page,
    });
    const t = titleLines(
      [
        big('汇报材料', 36, 600, 1),
        big('中共南岭县青石镇委员会', 18, 500, 1),
        big('青石镇2024年度基层党建工作情况汇报', 22, 760, 2),
        line(B, 480, 700, 90, 2),
      ],
      10.5,
    );
    expect(t?.title ?? null).not.toBe('汇报材料');
  });
});

describe('o16 held-out shapes', () => {
  it('leaves a cover of a kind word, a unit and its month out', async () => {
    const d = await doc(`工作总结\n南岭县审计局\n二〇二五年一月\n南岭县审计局2024年工作总结\n${P2}\n${P1}\n`);
    expect(d.title).toBe('南岭县审计局2024年工作总结');
    expect(bodyOf(d)).not.toMatch(/二〇二五年一月|工作总结$/m);
  });

  it('takes a scan’s gap after a closing quote out of a 公文’s title', async () => {
    const d = await doc(`关于开展党员“亮身份、作表率” 主题实践活动的通知\n${P1}\n${P2}\n`);
    expect(d.title).toBe('关于开展党员“亮身份、作表率”主题实践活动的通知');
  });

  it('keeps a 目录 heading spaced with ideographic spaces (`目　　录`) whole in plain text', async () => {
    const ds = await docs(
      `学习材料汇编\n\n目　　录\n第一部分　重要讲话\n　　抓实春耕生产　夯实粮食丰收基础……………2\n第二部分　评论文章\n　　以钉钉子精神抓好工作落实……………6\n\n抓实春耕生产　夯实粮食丰收基础\n（2025年3月3日）\n${SPEECH}\n以钉钉子精神抓好工作落实\n来源：南岭日报\n${ARTICLE}`,
    );
    expect(ds.map((d) => d.title)).toEqual(['抓实春耕生产 夯实粮食丰收基础', '以钉钉子精神抓好工作落实']);
  });
});

describe('o16 a scan read into Word line by line', () => {
  it('knows the page’s lines when numbered headings with a comma stand between them', () => {
    const page = [
      '今 年 以 来，南岭县水利局坚持以党建引领业务工作，扎实推进',
      '模范机关创建，机关党建工作取得明显成效。',
      '一、加强政治建设，筑牢思想根基',
      '局党组严格落实“第一议题”制度，全年集中学习二十四次，开展',
      '专题研讨六次，党员干部政治判断力、政治领悟力、政治执行力',
      '不断提高。',
      '二、加强作风建设，提升服务效能',
      '深入开展“走基层、察民情、解民忧”活动，局领导班子成员带队',
      '走访农户三百余户，帮助解决灌溉用水等问题四十七个。',
    ];
    expect(printedLines(page)).toBe(true);
  });
});
