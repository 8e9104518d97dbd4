import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';

describe('cleanText', () => {
  const cases: {
    name: string;
    input: string;
    kind?: 'plain' | 'wiki';
    gone: string[];
    kept: string[];
    reason: string;
  }[] = [
    {
      name: 'inline pinyin',
      input:
        '構(gòu)建城鄉(xiāng)統(tǒng)籌基層黨建新格局\n市委召開(kāi)全市統籌城鄉工作會議,研究部署當前和今后一個時期的工作。',
      gone: ['(gòu)', '(xiāng)', '(kāi)'],
      kept: ['構建城鄉統籌基層黨建新格局', '市委召開全市統籌城鄉工作會議'],
      reason: '拼音注音',
    },
    {
      name: 'download-site header',
      input:
        '- 2021-05-07 发布 |\n- 37.5 KB |\n- 8页\n申明敬告: 本站不保证该用户上传的文档完整性。\n文档介绍\n在全市基层党建工作座谈会上的讲话\n同志们,我们召开全市基层党建工作会议,主要任务是回顾讲评。查看更多',
      gone: ['37.5 KB', '申明敬告', '文档介绍', '查看更多', '8页'],
      kept: ['在全市基层党建工作座谈会上的讲话', '主要任务是回顾讲评。'],
      reason: '下载站信息',
    },
    {
      name: 'site footer',
      input:
        '梁維東強調,要堅持以新時代中國特色社會主義思想為指導,深入貫徹新時代黨的建設總要求。\n\n來源:i東莞\n\n網站地圖 | 聯系我們\n主辦單位:東莞市人民政府辦公室  承辦:東莞市政務服務和數據管理局\n備案號:粵ICP備19114884號\n適老化',
      gone: ['網站地圖', '主辦單位', '備案號', 'ICP', '適老化', 'i東莞'],
      kept: ['梁維東強調'],
      reason: '网站页脚',
    },
    {
      name: 'ad block',
      input:
        '5年来,传统领域基层党建工作在改革创新中不断加强,在完善体制中持续深化。\n\n改变,更环保\n\n节能减排,人人有责\n为了节约能源,请参与“光盘行动”\n\n中宣部宣教局 中国文明网',
      gone: ['光盘行动', '节能减排', '中国文明网', '改变,更环保'],
      kept: ['传统领域基层党建工作'],
      reason: '公益广告',
    },
    {
      name: 'wikisource licence template',
      kind: 'wiki',
      input:
        '各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n\n\n\n\n\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，属于\n公有领域\n。\n\n\n\n\n\n\nPublic domain\nPublic domain\nfalse\nfalse',
      gone: ['公有领域', 'Public domain', 'false'],
      kept: ['现在，我代表国务院，向大会报告政府工作，请予审议。'],
      reason: '维基文库版权模板',
    },
    {
      name: 'repeated article under 相關文章',
      input:
        '標題\n陳德榮強調,全市各級各部門要深化思想認識,切實增強責任感和使命感。\n會上,市委表彰了一批先鋒工程建設示范黨組織和優秀基層黨組織書記。\n相關文章\n陳德榮強調,全市各級各部門要深化思想認識,切實增強責任感和使命感。\n會上,市委表彰了一批先鋒工程建設示范黨組織和優秀基層黨組織書記。\n點擊分享此信息:',
      gone: ['相關文章', '點擊分享此信息'],
      kept: ['陳德榮強調'],
      reason: '重复段落',
    },
    {
      name: 'page numbers of a printed document',
      input:
        '关于做好工作的通知\n\n为深入学习贯彻党的二十大精神，进一步加强全县基层党组织建设，现就有关工作通知如下。\n\n一、提高思想认识\n\n各级党组织要充分认识加强基层党建工作的重要意义，把抓好党建作为最大的\n\n— 2 —\n\n政绩，切实增强责任感和紧迫感，坚持以党建引领基层\n\n- 3 -\n\n治理。\n\n第 4 页 共 5 页\n\n二、突出重点',
      gone: ['— 2 —', '第 4 页'],
      kept: ['把抓好党建作为最大的政绩，切实增强责任感和紧迫感，坚持以党建引领基层治理。'],
      reason: '页码',
    },
  ];
  for (const c of cases) {
    it(`removes ${c.name}`, () => {
      const r = cleanText(c.input, c.kind ?? 'plain');
      const out = r.lines.join('\n');
      for (const g of c.gone) expect(out).not.toContain(g);
      for (const k of c.kept) expect(out).toContain(k);
      expect(r.report.removed.some((x) => x.reason.startsWith(c.reason))).toBe(true);
    });
  }

  it('keeps a repeated article only once', () => {
    const r = cleanText(
      '標題\n陳德榮強調,全市各級各部門要深化思想認識,切實增強責任感和使命感。\n相關文章\n陳德榮強調,全市各級各部門要深化思想認識,切實增強責任感和使命感。',
    );
    expect(r.lines.filter((l) => l.startsWith('陳德榮強調'))).toHaveLength(1);
  });

  it('picks up source and date from a 来源/发布时间 line', () => {
    const r = cleanText(
      '標題\n\n來源: 東莞信訪 訪問量: - 發布時間: 2021-01-21\n\n正文第一段,內容足夠長,用于測試來源信息的提取是否正確。',
    );
    expect(r.hints).toEqual({ source: '東莞信訪', date: '2021-01-21' });
    expect(r.lines.join('')).not.toContain('訪問量');
  });

  it('reads the line in either order, with 信息来源 and 发布日期, and names no publisher for 来源：网络', () => {
    const body = '\n\n正文第一段，内容足够长，用于测试来源信息的提取是否正确。';
    const read = (line: string) => cleanText(`标题\n\n${line}${body}`);
    const dateFirst = read('发布时间：2023-02-17 09:30　来源：临江日报　作者：李明');
    expect(dateFirst.hints).toEqual({ source: '临江日报', date: '2023-02-17' });
    expect(dateFirst.lines.join('')).not.toContain('作者');
    const info = read('发布日期：2023年03月02日　信息来源：临江区人民政府办公室　浏览次数：128');
    expect(info.hints).toEqual({ source: '临江区人民政府办公室', date: '2023-03-02' });
    // 网络 and 本网 name nobody; the line still goes.
    const network = read('来源：网络');
    expect(network.hints.source).toBeUndefined();
    expect(network.lines.join('')).not.toContain('网络');
    expect(read('时间：2023-02-17　来源：本网').hints.source).toBeUndefined();
  });

  it('turns full-width indents into paragraphs and removes wiki footnote markers', () => {
    const r = cleanText(
      '各位代表：\n\n\u3000\u3000第一段内容，足够长的一句话用于测试。\u3000\u3000第二段内容，也是足够长的一句话[\n1\n]。',
      'wiki',
    );
    expect(r.lines).toEqual(['各位代表：', '第一段内容，足够长的一句话用于测试。', '第二段内容，也是足够长的一句话。']);
  });
});
