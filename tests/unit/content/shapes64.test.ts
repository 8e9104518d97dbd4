// Round sites64: OpenDocument text (.odt) is read (Title style, headings, notes and Writer's 目录 out); a page whose
// article is whole only in its script's data, under a loading line or a teaser, gives that text, dated by the
// article's own object; a Word 讲话稿's line under the title naming the speaker with 同志 and no dash names him.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { namedOccasion } from '../../../electron/core/content/header-occasion.js';
import { ocentre, ohead, onote, opara, otitle, otoc, odtFile } from '../../fixtures/import/gen/odt-xml.js';
import { appPage, bodyHtml } from '../../fixtures/import/gen/sites64-kit.js';

const A = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '基层是一切工作的落脚点，要把更多资源下沉到基层，更好提供精准化、精细化服务，提高基层治理能力和水平。',
  '要把严的基调、严的措施、严的氛围长期坚持下去，以永远在路上的坚韧和执着推进全面从严治党。',
];
const NOTE = '数据来自县统计局。';
const text = (d: { paragraphs: { text: string }[] }) => d.paragraphs.map((p) => p.text).join('\n');

describe('an OpenDocument text (.odt)', () => {
  const odt = odtFile({
    body:
      otitle('在全县经济工作会议上的讲话') +
      ocentre('县长　王立群') +
      ocentre('（2025年1月8日）') +
      otoc(['一、总结成绩', '二、部署任务']) +
      ohead('一、总结成绩') +
      `<text:p text:style-name="P3">${A[0]}${onote(1, NOTE)}</text:p>` +
      ohead('二、部署任务') +
      opara(A[1]!),
  });

  it('is read by its content: title, speaker, day, headings; its notes and 目录 are no text', async () => {
    const res = await importBytes('讲话', Buffer.from(odt));
    const d = res.documents[0]!;
    expect(res.errors).toEqual([]);
    expect([d.title, d.date, d.speakers]).toEqual([
      '在全县经济工作会议上的讲话',
      '2025-01-08',
      [{ name: '王立群', role: '县长' }],
    ]);
    expect(d.paragraphs.filter((p) => p.kind === 'h').map((p) => p.text)).toEqual(['一、总结成绩', '二、部署任务']);
    expect(text(d)).toContain(A[0]);
    expect(text(d)).not.toContain(NOTE);
    expect(text(d)).not.toMatch(/目录/);
  });

  it('cut short, is refused with a Chinese message', async () => {
    const res = await importBytes('讲话.odt', Buffer.from(odt.slice(0, 200)));
    expect(res.documents).toEqual([]);
    expect(res.errors.join('')).toMatch(/OpenDocument|\.odt/);
  });
});

describe('an article whole only in the script data', () => {
  const data = (o: unknown, id = '__NEXT_DATA__') =>
    `<script id="${id}" type="application/json">${JSON.stringify(o)}</script>`;
  const article = { title: '青岚市召开优化营商环境大会', publishTime: '2025-03-06 10:21:00', content: bodyHtml(A) };
  const related = [{ title: '青岚市政府召开常务会议', publishTime: '2025-03-05 18:00:00' }];

  it('under a loading line: its text, dated by its own object, not by a list beside it', async () => {
    const html = appPage(
      '青岚市召开优化营商环境大会_青岚新闻网',
      '<div class="loading">正在加载……</div>',
      data({ props: { pageProps: { article, related } } }),
    );
    const d = (await importBytes('a.html', Buffer.from(html))).documents[0]!;
    expect([d.title, d.date]).toEqual(['青岚市召开优化营商环境大会', '2025-03-06']);
    expect(text(d).split('\n')).toEqual(A);
  });

  it('under a teaser: the whole text, the teaser and 阅读全文 out', async () => {
    const shell = `<h1>青岚市召开优化营商环境大会</h1><p class="summary">${A[0]!.slice(0, 30)}……</p><a>阅读全文</a>`;
    const html = appPage(
      '青岚市召开优化营商环境大会',
      shell,
      `<script>window.__INITIAL_STATE__=${JSON.stringify({ article })};</script>`,
    );
    const d = (await importBytes('a.html', Buffer.from(html))).documents[0]!;
    expect(text(d).split('\n')).toEqual(A);
  });

  it("names the source its own object gives, whatever its day's key", async () => {
    const own = { title: article.title, releaseTime: '2025-03-06', media: '青岚日报', content: article.content };
    const html = appPage('青岚市召开优化营商环境大会_青岚新闻网', '', data({ props: { pageProps: { own } } }));
    const d = (await importBytes('a.html', Buffer.from(html))).documents[0]!;
    expect(d.source).toBe('青岚日报');
  });

  it('is not taken from an object titled as another article', async () => {
    const other = { ...article, title: '青岚市政府召开常务会议' };
    const shell = `<h1>青岚市召开优化营商环境大会</h1><p>${A[2]}</p>`;
    const html = appPage('青岚市召开优化营商环境大会', shell, data({ props: { pageProps: { article: other } } }));
    const d = (await importBytes('a.html', Buffer.from(html))).documents[0]!;
    expect(text(d)).toBe(A[2]);
  });
});

describe('a speaker line with no dash under a speech title', () => {
  it('names the speaker when it calls him 同志 or gives his post', () => {
    expect(namedOccasion('周明远同志在全市经济工作会议上的讲话')?.speaker).toEqual({ name: '周明远', role: null });
    expect(namedOccasion('市委书记周明远同志在全市经济工作会议上的讲话')?.speaker).toEqual({
      name: '周明远',
      role: '市委书记',
    });
  });

  it('names no one from a bare `在……上的讲话` or a name with neither', () => {
    expect(namedOccasion('在全市经济工作会议上的讲话')).toBeNull();
    expect(namedOccasion('周明远在全市经济工作会议上的讲话')).toBeNull();
  });
});
