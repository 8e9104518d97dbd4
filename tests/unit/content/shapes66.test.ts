// Round sites66: a 公众号 article copied into Word loses the app's related list (`往期推荐` and its headlines) as a
// .txt copy does, while a handout's own `推荐阅读` over sentences stays; a 来源 set in a span run into the page's
// 访问量 counter names the office alone; a 学习读本's cover (kind, compiler, month) is neither the title nor text
// of the one piece it holds, in a Word file or a PDF read as lines.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { readerCover } from '../../../electron/core/content/reader-cover.js';
import { body, para, wordFile } from '../../fixtures/import/gen/word-xml.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
];
const text = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');
const one = async (name: string, bytes: Uint8Array | Buffer) => {
  const res = await importBytes(name, Buffer.from(bytes));
  expect(res.documents).toHaveLength(1);
  return res.documents[0]!;
};
const docx = (paras: string[]) => wordFile({ body: para(paras[0]!, { bold: true, size: 44 }) + body(paras.slice(1)) });

describe('a 公众号 article copied into Word', () => {
  it('loses 往期推荐 and its headlines under the account line', async () => {
    const d = await one(
      'a.docx',
      docx([
        '青岚：以红色网格绘就基层治理新图景',
        '原创 周晓岚 青岚组工 2024年10月08日 18:30 江西',
        ...A,
        '往期推荐',
        '青岚：打造家门口的党员教育阵地',
        '溪桥：让流动党员流动不流失',
      ]),
    );
    expect([d.source, d.date]).toEqual(['青岚组工', '2024-10-08']);
    expect(text(d)).toContain(A[1]);
    expect(text(d)).not.toMatch(/往期推荐|教育阵地|流动不流失/);
  });

  it('reads a repost’s byline of account, day and minute right under the title; not a reporter’s', async () => {
    const d = await one(
      'e.txt',
      Buffer.from(['溪桥：秋冬农田水利建设全面铺开', '溪桥组工 2024年10月08日 07:30', ...A].join('\n')),
    );
    expect([d.source, d.date]).toEqual(['溪桥组工', '2024-10-08']);
    expect(text(d)).not.toMatch(/溪桥组工/);
    const r = await one('f.txt', Buffer.from(['溪桥召开会议', '记者 张三 2024年10月08日 10:30', ...A].join('\n')));
    expect(r.source).not.toBe('张三');
  });

  it('keeps a handout’s 推荐阅读 with no account line (its own text)', async () => {
    const d = await one(
      'b.docx',
      docx(['学习材料', ...A, '推荐阅读', '《习近平谈治国理政》第四卷', '《中国共产党简史》']),
    );
    expect(text(d)).toMatch(/推荐阅读/);
    expect(text(d)).toMatch(/中国共产党简史/);
  });
});

describe('a page’s 来源 span run into its counter', () => {
  it('names the office alone', async () => {
    const page =
      '<html><head><meta charset="utf-8"><title>青岚市召开重点项目推进会</title></head><body><h2>青岚市召开重点项目推进会</h2>' +
      '<div><span>发布时间：2024-10-08 10:30</span><span>来源：市发展改革委</span><span>访问量：<b>1,208</b></span></div>' +
      A.map((t) => `<p>${t}</p>`).join('') +
      '</body></html>';
    const d = await one('c.html', Buffer.from(page));
    expect([d.source, d.date]).toEqual(['市发展改革委', '2024-10-08']);
  });
});

describe('a 学习读本 cover over one piece', () => {
  it('is found with its kind, compiler and month before the piece’s title and text', () => {
    expect(
      readerCover(['党员干部学习读本', '中共青岚市委党校　编', '二〇二四年十月', '全面深化改革的青岚实践', A[0]!]),
    ).toBe(3);
    expect(
      readerCover([
        '学习读本',
        '领导干部讲党课',
        '中共溪桥县委组织部编印',
        '在县委中心组学习会上的讲话',
        '县委书记　赵国平',
        A[0]!,
      ]),
    ).toBe(3);
  });

  it('is not found without a compiler line, or over no text', () => {
    expect(readerCover(['党员干部学习读本', '全面深化改革的青岚实践', A[0]!])).toBe(0);
    expect(readerCover(['党员干部学习读本', '中共青岚市委党校　编', '二〇二四年十月', '目录'])).toBe(0);
  });

  it('leaves a Word 读本 titled by its piece, undated, the cover out of the text', async () => {
    const d = await one(
      'd.docx',
      docx(['党员干部学习读本', '中共青岚市委党校　编', '二〇二四年十月', '全面深化改革的青岚实践', ...A]),
    );
    expect([d.title, d.date, d.source]).toEqual(['全面深化改革的青岚实践', null, null]);
    expect(text(d)).not.toMatch(/学习读本|党校|二〇二四年十月/);
    expect(text(d)).toContain(A[0]);
  });
});
