// Acceptance checks on the five real seed documents.
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import type { ContentDocument } from '../../../electron/core/content/types.js';
import { seedBytes, seedName } from './helpers.js';

async function load(prefix: string): Promise<ContentDocument[]> {
  const r = await importBytes(seedName(prefix), seedBytes(prefix));
  expect(r.errors).toEqual([]);
  return r.documents;
}
const body = (d: ContentDocument) => d.paragraphs.map((p) => p.text).join('\n');

describe('seed 000 (newsletter)', () => {
  it('yields its two articles as separate documents with titles and sources', async () => {
    const docs = await load('000');
    expect(docs.length).toBeGreaterThanOrEqual(2);
    expect(docs[0]!.title).toContain('浦东启动');
    expect(docs[0]!.source).toBe('浦东观察');
    expect(docs[1]!.title).toBe('把服务群众的好事交给基层来办');
    expect(docs[1]!.source).toBe('浦东党建');
    expect(body(docs[0]!)).not.toContain('李强');
    expect(body(docs[1]!)).not.toContain('单少军');
    // The newsletter masthead belongs to neither article.
    for (const d of docs) expect(body(d)).not.toContain('12金句');
  });
  it('repairs the page join and the layout spaces', async () => {
    const text = (await load('000')).map(body).join('\n');
    expect(text).toContain('区域化党建经验做法');
    expect(text).toContain('党建引领基层治理。');
    expect(text).toContain('习近平总书记关于基层党建工作');
    expect(text).not.toMatch(/优 化|各项 工作|总 书记/);
  });
  it('finds speakers with roles and the meeting', async () => {
    const [a, b] = await load('000');
    expect(a!.speakers).toContainEqual({ name: '单少军', role: '区委副书记' });
    expect(b!.speakers).toContainEqual({ name: '李强', role: '市委书记' });
    expect(a!.type).toBe('会议报道');
    expect(a!.occasion).toContain('换届工作动员部署会');
  });
});

describe('seed 001 (download-site speech)', () => {
  it('has no download-site header or trailer', async () => {
    const [d] = await load('001');
    const text = body(d!);
    for (const junk of ['申明敬告', '文档介绍', '37.5 KB', '查看更多', '发布 |']) expect(text).not.toContain(junk);
    expect(d!.title).toBe('2020年在全市城市基层党建工作座谈会上的讲话');
    expect(d!.type).toBe('讲话');
    expect(d!.occasion).toBe('全市城市基层党建工作座谈会');
    expect(d!.paragraphs.length).toBeGreaterThan(10);
    expect(d!.paragraphs.some((p) => p.kind === 'h' && p.text.startsWith('一、'))).toBe(true);
  });
});

describe('seed 002 (traditional, pinyin, repeated article)', () => {
  it('has no pinyin annotations and no repeated article', async () => {
    const [d] = await load('002');
    const text = body(d!);
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
    expect(d!.title).toBe('構建城鄉統籌基層黨建新格局');
    expect(text.split('陳德榮強調,全市各級各部門').length - 1).toBe(1);
    expect(text).not.toContain('相關文章');
    expect(text).not.toContain('點擊分享');
    expect(d!.script).toBe('traditional');
  });
});

describe('seed 003 (government site page)', () => {
  it('has no site footer and takes date and source from the 来源 line', async () => {
    const [d] = await load('003');
    const text = body(d!);
    for (const junk of ['網站地圖', '主辦單位', '備案號', 'ICP', '適老化', '技術支持', 'webp'])
      expect(text).not.toContain(junk);
    expect(d!.date).toBe('2021-01-21');
    expect(d!.source).toBe('東莞信訪');
    expect(d!.speakers[0]).toEqual({ name: '梁維東', role: '市委書記、市人大常委會主任' });
    expect(d!.script).toBe('traditional');
  });
});

describe('seed 004 (newspaper page)', () => {
  it('has no 光盘行动 ad and no broken words at its page joins', async () => {
    const [d] = await load('004');
    const text = body(d!);
    expect(text).not.toContain('光盘行动');
    expect(text).not.toContain('中国文明网');
    expect(text).not.toContain('上接第一版');
    for (const joined of [
      '加强对乡村振兴重点任务',
      '持续深化实践探索',
      '基层治理和行业治理',
      '主管部委会同领导班子建设',
    ])
      expect(text).toContain(joined);
    // No paragraph ends mid-sentence on a Han character.
    for (const p of d!.paragraphs.filter((x) => x.kind === 'p')) expect(p.text).toMatch(/[。！？…”?]$/);
  });
});
