// Text furniture of the p8 round (tests/fixtures/import/real/p8-*): WeChat's end marks, reader bar
// and bar-set credits (`文丨某某`, `来源 | 人民日报`), a copied WeChat byline ending on the province,
// a 举报 footer, a 公文's contact note anywhere, a 落款 followed by the 方案 it issues, and a
// 政府信息公开 info table pasted as tab-separated text.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../electron/core/content/clean.js';
import { chromeReason } from '../../../electron/core/content/formats/page-chrome.js';
import { labelledSource } from '../../../electron/core/content/formats/html-source.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';

const PROSE = [
  '在南岭县，有这样一群基层干部，他们扎根山乡，用脚步丈量民情，用真心温暖群众。',
  '白沙村党支部书记杨志刚，十年如一日带领村民发展茶叶产业，村集体经济收入从零增长到八十多万元。',
];
const doc = async (name: string, text: string) => (await importBytes(name, Buffer.from(text, 'utf8'))).documents[0]!;

describe('p8 copied furniture', () => {
  it('drops WeChat end marks, reader bars, prompts and bar-set credits, in a page and in copied text', () => {
    const furniture = [
      '— END —',
      '- THE END -',
      '文丨陈思雨　图丨刘洋',
      '编辑丨周婷',
      '作者 | 本报评论员',
      '阅读 1024',
      '在看 12',
      '收藏',
      '点击蓝字　关注我们',
      '分享、点赞、在看，一键三连',
      '喜欢就点个“赞”和“在看”吧',
      '举报网址：http://www.12388.gov.cn/　举报电话：12388',
      '（联系人：张敏，电话：0000-8888888）',
      '举报/反馈',
      '返回搜狐，查看更多',
    ];
    for (const line of furniture) {
      expect(chromeReason(line), line).not.toBeNull();
      expect(cleanText([...PROSE, line].join('\n')).lines, line).toEqual(PROSE);
    }
  });

  it('keeps sentences that hold the same words', () => {
    for (const line of [
      '他在阅读中找到了方向，在实践中增长了才干，在基层一干就是十年。',
      '联系人制度是密切联系群众的有效办法，全县已为每户困难群众确定了联系人。',
      '这部作品的结尾写道：THE END 并不是结束，而是新的开始。',
      // A notice's own item, not its bracketed 附注.
      '联系人：张敏，联系电话：0000-8888888。',
    ]) {
      expect(chromeReason(line), line).toBeNull();
      expect(cleanText(line).lines).toEqual([line]);
    }
  });

  it('reads `来源 | 人民日报` as a 来源 line', () => {
    expect(labelledSource('来源 | 人民日报')).toBe('人民日报');
    expect(cleanText(['来源 | 人民日报', ...PROSE].join('\n')).hints.source).toBe('人民日报');
  });

  it('dates a copied WeChat article by its byline when it ends on the province', async () => {
    const d = await doc('w.txt', ['南岭县召开学习会', '南岭发布 2023-05-06 18:20 湖南', '', ...PROSE].join('\n'));
    expect(d.date).toBe('2023-05-06');
    expect(d.source).toBe('南岭发布');
  });

  it('reads a platform byline copied under the account’s name (`2023-05-06 09:00 · 湖南 · 头条号`)', async () => {
    const d = await doc(
      't.txt',
      ['南岭：茶园里的“共富经”', '南岭发布', '2023-05-06 09:00 · 湖南 · 头条号', '', ...PROSE].join('\n'),
    );
    expect(d.date).toBe('2023-05-06');
    expect(d.source).toBe('南岭发布');
    expect(d.paragraphs.map((p) => p.text)).toEqual(PROSE);
  });

  it('dates a 印发 notice by its 落款 when the 方案 follows it', async () => {
    const d = await doc(
      'n.txt',
      [
        '南岭县人民政府办公室关于印发《南岭县农村人居环境整治实施方案》的通知',
        '各乡镇人民政府，县直各单位：',
        '《南岭县农村人居环境整治实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。',
        '南岭县人民政府办公室',
        '2023年5月6日',
        '南岭县农村人居环境整治实施方案',
        '为持续改善农村人居环境，建设宜居宜业和美乡村，结合我县实际，制定本方案。',
        '各乡镇要落实属地责任，县直有关单位要加强指导服务，确保各项任务按时完成。',
      ].join('\n'),
    );
    expect(d.date).toBe('2023-05-06');
  });

  it('reads a pasted info table: the 发文日期 dates it, the 发布机构 issued it, the rows leave', async () => {
    const d = await doc(
      'x.txt',
      [
        '索引号：\t11430500MB0000000Y/2023-00091\t主题分类：\t教育',
        '发布机构：\t南岭市教育局\t发文日期：\t2023-04-25',
        '文号：\t南教发〔2023〕11号\t发布日期：\t2023-05-06',
        '南岭市教育局关于做好2023年义务教育招生入学工作的通知',
        '各县市区教育局，市直各学校：',
        '为做好2023年义务教育招生入学工作，保障适龄儿童少年依法接受义务教育，现将有关事项通知如下。',
        '各地要严格落实免试就近入学规定，科学划定学校招生范围，确保招生工作公平公正。',
      ].join('\n'),
    );
    expect(d.title).toBe('南岭市教育局关于做好2023年义务教育招生入学工作的通知');
    expect(d.date).toBe('2023-04-25');
    expect(d.source).toBe('南岭市教育局');
    expect(d.paragraphs.map((p) => p.text).join('')).not.toContain('索引号');
  });

  it('reads the same table pasted with each cell on a line of its own', async () => {
    const d = await doc(
      'y.txt',
      [
        ...['索引号：', '11430500MB0000000Z/2023-00102', '发布机构：', '南岭市卫生健康委员会'],
        ...['成文日期：', '2023-05-04', '发布日期：', '2023-05-08'],
        '南岭市卫生健康委员会关于做好基本公共卫生服务项目工作的通知',
        '为进一步做好基本公共卫生服务项目工作，提高服务质量和群众获得感，现就有关事项通知如下。',
        '各地要加强项目资金管理，确保资金足额及时拨付到位，不得挤占挪用。',
      ].join('\n'),
    );
    expect(d.title).toBe('南岭市卫生健康委员会关于做好基本公共卫生服务项目工作的通知');
    expect(d.date).toBe('2023-05-04');
    expect(d.source).toBe('南岭市卫生健康委员会');
  });
});
