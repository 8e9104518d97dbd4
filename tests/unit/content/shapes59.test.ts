// Round sites59: EPUB books read (each spine page a document; a one-document book named by its package);
// DRM-locked and broken ones refused with what to do; a spaced OCR speaker line read as the speaker; an
// item spaced digit by digit joined only inside words (a grid row given as one item keeps its spaces).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../electron/core/content/guard/limits.js';
import { precheckDocument } from '../../../electron/core/content/guard/precheck.js';
import { pageLines, type PdfItem } from '../../../electron/core/content/formats/pdf-items.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { chapter, epub, type Epub59 } from '../../fixtures/import/gen/sites59-kit.js';

const TEXT = [
  '坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，不断实现好、维护好、发展好最广大人民根本利益。',
  '要坚持在发展中保障和改善民生，着力解决好人民群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。',
];
const book = (o: Partial<Epub59>) => Buffer.from(epub({ version: 3, meta: {}, chapters: [], ...o }));

describe('EPUB', () => {
  it('reads each chapter of the spine as a document, with its own title, day and speaker', async () => {
    const res = await importBytes(
      '选编.epub',
      book({
        front: true,
        meta: { title: '讲话选编', date: '2025-06' },
        chapters: [
          { title: '甲', body: chapter('在全县干部大会上的讲话', ['（2021年3月15日）', '县委书记　周建国'], TEXT) },
          { title: '乙', body: chapter('在全县民生工作会议上的讲话', ['（2021年5月6日）'], TEXT.slice(1)) },
        ],
      }),
    );
    expect(res.documents.map((d) => [d.title, d.date])).toEqual([
      ['在全县干部大会上的讲话', '2021-03-15'],
      ['在全县民生工作会议上的讲话', '2021-05-06'],
    ]);
    expect(res.documents[0]!.speakers).toEqual([{ name: '周建国', role: '县委书记' }]);
    // (The cover, the 版权信息 page and the nav page are no documents; the book's month is no speech's day.)
    expect(res.documents.flatMap((d) => d.paragraphs.map((p) => p.text)).join('')).not.toMatch(/ISBN|目录|版权/);
  });
  it('names a one-document book by its package, its day from dc:date only when the text gives none', async () => {
    const one = (body: string) =>
      importBytes(
        '书.epub',
        book({ meta: { title: '学习问答', date: '2024-11-15' }, chapters: [{ title: '一、', body }] }),
      );
    const undated = (await one(chapter('一、', [], TEXT))).documents[0]!;
    expect([undated.title, undated.date]).toEqual(['学习问答', '2024-11-15']);
    const dated = (await one(chapter('一、', [], [...TEXT, '（2023年5月6日）']))).documents[0]!;
    expect(dated.date).toBe('2023-05-06');
  });
  it('refuses a DRM-locked book and a broken one, saying what to do', async () => {
    const chapters = [{ title: '一', body: chapter('第一章', [], TEXT) }];
    const locked = await importBytes('书.epub', book({ drm: 'adobe', chapters }));
    expect(locked.errors[0]).toMatch(/DRM.*(?:购买|出版方)/);
    const cut = await importBytes('书.epub', book({ cut: true, chapters }));
    expect(cut.errors[0]).toMatch(/EPUB.*损坏.*重新下载/);
    expect([locked.documents.length, cut.documents.length]).toEqual([0, 0]);
  });
  it("passes the worker's zip checks, and a cut book is named as the EPUB it is", async () => {
    const chapters = [{ title: '一', body: chapter('第一章', [], TEXT) }];
    await expect(precheckDocument('书.epub', book({ chapters }), DEFAULT_LIMITS)).resolves.toBeUndefined();
    await expect(precheckDocument('书', book({ chapters, cut: true }), DEFAULT_LIMITS)).rejects.toThrow(
      /电子书（EPUB）.*损坏/,
    );
  });
});

/** One line of items at `y`, each piece an item with a space item after it. */
function line(pieces: string[], y: number, gap = 8): PdfItem[] {
  let x = 60;
  return pieces.flatMap((str) => {
    const w = 16 * [...str].length;
    const items = [
      { str, transform: [16, 0, 0, 16, x, y], width: w },
      { str: ' ', transform: [16, 0, 0, 16, x + w, y], width: gap },
    ];
    x += w + gap;
    return items;
  });
}

describe('an OCR layer spaced character by character', () => {
  it("reads a speaker line's wide gap as the ideographic space between office and name", async () => {
    const office = line([...'区委书记'], 700);
    const name = line([...'林国栋'], 700).map((it) => ({
      ...it,
      transform: [16, 0, 0, 16, it.transform[4]! + 120, 700],
    }));
    expect(pageLines([...office, ...name], 1, [])[0]!.text).toBe('区委书记\u3000林国栋');
  });
  it('unspaces the short lines of a page whose lines are spaced', () => {
    const got = pageLines(
      [...line([...'关于做好工作的报告'], 740), ...line([...'县委：'], 700), ...line([...'各乡镇人民政府'], 660)],
      1,
      [],
    );
    expect(got.map((l) => l.text)).toEqual(['关于做好工作的报告', '县委：', '各乡镇人民政府']);
  });
  it('leaves a grid row given as one item as it is, and joins a year spaced in its item', () => {
    expect(pageLines(line(['题号', '1 2 3 4 5'], 700), 1, [])[0]!.text).toMatch(/^题号 ?1 2 3 4 5$/);
    expect(pageLines(line(['答案', 'A B C D A'], 700), 1, [])[0]!.text).toBe('答案 A B C D A');
    const glued: PdfItem[] = [
      { str: '会议于', transform: [16, 0, 0, 16, 60, 700], width: 48 },
      { str: '2 0 2 0', transform: [16, 0, 0, 16, 108, 700], width: 56 },
      { str: '年3月召开，全体委员出席会议并讨论通过了工作报告。', transform: [16, 0, 0, 16, 164, 700], width: 400 },
    ];
    expect(pageLines(glued, 1, [])[0]!.text).toBe('会议于2020年3月召开，全体委员出席会议并讨论通过了工作报告。');
  });
});

describe('fields and accounts', () => {
  it("takes a 主题党日 record's 活动时间 as its day", async () => {
    const text = ['某某党支部主题党日活动记录', '活动时间：2025年3月14日下午', '活动地点：党群服务中心', ...TEXT].join(
      '\n',
    );
    expect((await importBytes('记录.txt', Buffer.from(text))).documents[0]!.date).toBe('2025-03-14');
  });
  it("reads an exported WeChat article's 公众号 line as its account, never a call to follow one", async () => {
    const page = (meta: string, tail = '') =>
      Buffer.from(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>标题甲</title></head><body><h1>标题甲</h1><p class="meta">${meta}</p><div class="content">${TEXT.map((t) => `<p>${t}</p>`).join('')}${tail}</div></body></html>`,
      );
    const d = (await importBytes('a.html', page('公众号：某某组工　发布时间：2025-07-01 08:30'))).documents[0]!;
    expect([d.source, d.date]).toEqual(['某某组工', '2025-07-01']);
    const follow = (await importBytes('b.html', page('2025-07-01', '<p>欢迎关注公众号：某某发布</p>'))).documents[0]!;
    expect(follow.source).toBeNull();
  });
});
