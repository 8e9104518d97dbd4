// The library API end to end: createCore in a temp data dir, a small real bundle, real SQLite.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEnvelope, ApiResults } from '../../../electron/contract/api.js';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { buildContentBundle } from '../../../electron/core/bundle/build-bundle.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { seedBytes, seedName } from './helpers.js';

let dir: string;
let core: Core;

async function envelope(method: string, arg: unknown) {
  return (await dispatch(core.handlers, method, arg)) as ApiEnvelope<unknown>;
}
async function call<M extends keyof ApiResults>(method: M, arg: unknown): Promise<ApiResults[M]> {
  const env = await envelope(method, arg);
  if (!env.ok) throw new Error(`${env.error.code}: ${env.error.message}`);
  return env.value as ApiResults[M];
}
const b64 = (b: Buffer) => b.toString('base64');
const count = (table: string) => core.ctx.userDb.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
/** The documents search finds for a phrase. */
const found = async (q: string) => (await call('search', { query: `"${q}"`, limit: 200 })).hits.map((h) => h.docId);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-import-'));
  const seeds = path.join(dir, 'content', 'sources', 'seeds');
  fs.mkdirSync(seeds, { recursive: true });
  for (const p of ['002', '004']) fs.writeFileSync(path.join(seeds, seedName(p)), seedBytes(p));
  fs.writeFileSync(
    path.join(dir, 'content', 'manifest.json'),
    JSON.stringify({ files: { [`seeds/${seedName('004')}`]: { date: '2022' } } }),
  );
  const bundlePath = path.join(dir, 'content', 'build', 'content.sqlite');
  await buildContentBundle({ sourcesDir: path.join(dir, 'content', 'sources'), outPath: bundlePath });
  core = createCore({ dataDir: path.join(dir, 'data'), bundlePath });
}, 60_000);
afterAll(() => {
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importFiles', () => {
  it('imports a GBK file, stores it with 金句 and 提法 and indexes it for search', async () => {
    const gbk = iconv.encode(seedBytes('001').toString('utf8'), 'gbk');
    const r = await call('importFiles', { files: [{ name: '讲话.txt', dataBase64: b64(gbk) }] });
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({ name: '讲话.txt', status: 'imported' });
    const [id] = r.results[0]!.docIds;
    expect(id).toMatch(/^u:/);
    expect(count('main.documents')).toBe(1);
    // 金句 follow the import (quote-pass.ts): the first call that reads them works them out.
    expect(count('main.quotes_pending')).toBe(1);
    expect(count('main.terms')).toBeGreaterThan(5);
    expect(await found('基层党建工作座谈会')).toContain(id);
    const doc = await call('getDocument', { id });
    expect(doc.origin).toBe('user');
    expect(doc.title).toBe('2020年在全市城市基层党建工作座谈会上的讲话');
    expect(doc.citation).toContain('《2020年在全市城市基层党建工作座谈会上的讲话》');
    const quotes = await call('listQuotes', { docId: id });
    expect(quotes.items.some((q) => q.text.startsWith('基层是党的执政根基') && q.speaker === '习近平')).toBe(true);
    expect(count('main.quotes')).toBeGreaterThanOrEqual(1);
    expect(count('main.quotes_pending')).toBe(0);
  });

  it('reports exact and near duplicates of bundled documents without storing them', async () => {
    const before = count('main.documents');
    const edited = Buffer.from(
      seedBytes('004').toString('utf8').replace('5年来', '五年来').replace(/\n\n/g, '\n') + '\n（编辑：张三）',
    );
    const r = await call('importFiles', {
      files: [
        { name: 'same.txt', dataBase64: b64(seedBytes('004')) },
        { name: 'edited.txt', dataBase64: b64(edited) },
        {
          name: 'big5.txt',
          dataBase64: b64(
            iconv.encode(
              seedBytes('002')
                .toString('utf8')
                .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/g, ''),
              'big5',
            ),
          ),
        },
      ],
    });
    expect(r.results.map((x) => x.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(r.results[0]!.message).toMatch(/内容相同/);
    expect(r.results[1]!.message).toMatch(/相同|相似/);
    expect(r.results[0]!.docIds[0]).toMatch(/^b:/);
    expect(count('main.documents')).toBe(before);
  });

  it('random bytes: a clear error and nothing stored', async () => {
    const before = [count('main.documents'), count('main.quotes'), count('main.terms'), count('main.search_segments')];
    const r = await call('importFiles', { files: [{ name: 'random.txt', dataBase64: b64(crypto.randomBytes(8000)) }] });
    expect(r.results[0]).toMatchObject({ status: 'error', docIds: [] });
    expect(r.results[0]!.message).toMatch(/无法识别文件编码/);
    expect([count('main.documents'), count('main.quotes'), count('main.terms'), count('main.search_segments')]).toEqual(
      before,
    );
  });

  it('a Word 97–2003 .doc speech goes through the import worker and is found by its words', async () => {
    const bytes = fs.readFileSync(new URL('../../fixtures/import/doc/speech-styled.doc', import.meta.url));
    const r = await call('importFiles', { files: [{ name: '讲话.doc', dataBase64: b64(bytes) }] });
    expect(r.results[0]).toMatchObject({ status: 'imported' });
    const id = r.results[0]!.docIds[0]!;
    const doc = await call('getDocument', { id });
    expect(doc).toMatchObject({ title: '在全县经济工作会议上的讲话', date: '2024-03-15', type: '讲话' });
    expect(await found('统筹安排收入、债券等各类财政资金')).toContain(id);
  });

  it('a newsletter file becomes several user documents in one import', async () => {
    const r = await call('importFiles', { files: [{ name: 'newsletter.txt', dataBase64: b64(seedBytes('000')) }] });
    expect(r.results[0]!.status).toBe('imported');
    expect(r.results[0]!.docIds.length).toBeGreaterThanOrEqual(2);
  });

  it('an excerpt of a library document is imported as 节选 with the full text named; the user may delete it', async () => {
    const full = seedBytes('004').toString('utf8');
    const paras = full.split(/\n+/).filter((l) => l.length > 60);
    const excerpt = `建强战斗堡垒（节选）\n\n${paras.slice(2, 8).join('\n\n')}`;
    const res = await call('importFiles', { files: [{ name: '节选.txt', dataBase64: b64(Buffer.from(excerpt)) }] });
    const r = res.results[0]!;
    expect(r.status).toBe('imported');
    expect(r.excerpts).toHaveLength(1);
    expect(r.excerpts![0]!.fullId).toMatch(/^b:/);
    expect(r.excerpts![0]!.contained).toBeGreaterThanOrEqual(0.8);
    expect(r.message).toMatch(/节选/);
    expect((await call('deleteDocument', { id: r.excerpts![0]!.docId })).deleted).toBe(true);
  });

  it('every result carries what the import removed', async () => {
    const html = `<!DOCTYPE html><html><head><title>召开会议_某某县人民政府</title></head><body><div class="nav"><a>网站首页</a><a>政务公开</a></div>
      <h1>召开会议</h1><div class="info">发布时间：2023-09-12 来源：县政府办 浏览次数：35</div>
      <div class="zw"><p>9月12日，县政府召开常务会议，研究部署秋冬季安全生产工作，要求各地各部门压实责任、消除隐患。</p>
      <p>会议强调，要坚持人民至上、生命至上，以更加有力的措施守牢安全底线，确保全县安全形势稳定。</p><p>责任编辑：王某</p></div>
      <div class="tools">【打印本页】【关闭窗口】</div><div class="footer">版权所有：某某县人民政府 皖ICP备05001234号</div></body></html>`;
    const res = await call('importFiles', { files: [{ name: 'page.html', dataBase64: b64(Buffer.from(html)) }] });
    const r = res.results[0]!;
    expect(r.status).toBe('imported');
    expect(r.removed!.length).toBeGreaterThan(0);
    expect(r.removed).toContainEqual({ reason: '编辑署名', text: '责任编辑：王某' });
    const doc = await call('getDocument', { id: r.docIds[0] });
    expect(doc.title).toBe('召开会议');
    expect(doc.date).toBe('2023-09-12');
    expect(doc.source).toBe('县政府办');
    const body = doc.paragraphs.map((p) => p.text).join('\n');
    for (const junk of ['网站首页', '浏览次数', '打印本页', '责任编辑', 'ICP']) expect(body).not.toContain(junk);
  });

  it('imports one page of an article split over pages and says the rest is missing', async () => {
    const html = `<!DOCTYPE html><html><head><title>推进会召开_某某县人民政府</title></head><body>
      <h1>推进会召开</h1><div class="info">发布时间：2023-09-15 来源：县政府办</div>
      <div class="zw"><p>9月15日，县政府召开乡村振兴工作推进会，总结前一阶段工作，安排部署下一步重点任务。</p>
      <p>会议要求，各乡镇要对照年度目标，细化工作措施，确保各项任务按期完成。</p></div>
      <div class="page">共2页　第1页　<a href="p_1.html">下一页</a></div></body></html>`;
    const res = await call('importFiles', { files: [{ name: 'paged.html', dataBase64: b64(Buffer.from(html)) }] });
    const r = res.results[0]!;
    expect(r.status).toBe('imported');
    expect(r.message).toContain('共2页');
  });
});

describe('listDocuments / listTerms', () => {
  it('merges bundle and user documents with filters, sorting and facets', async () => {
    const all = await call('listDocuments', { limit: 500 });
    expect(all.items.some((d) => d.origin === 'bundle')).toBe(true);
    expect(all.items.some((d) => d.origin === 'user')).toBe(true);
    expect(all.total).toBe(all.items.length);
    expect(Object.values(all.facets.type).reduce((a, b) => a + b, 0)).toBe(all.total);
    const dates = all.items.map((d) => d.date ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    const meetings = await call('listDocuments', { type: '会议报道' });
    expect(meetings.total).toBe(all.facets.type['会议报道']);
    expect(meetings.items.every((d) => d.type === '会议报道')).toBe(true);
    const y2022 = await call('listDocuments', { year: 2022 });
    expect(y2022.items.map((d) => d.title)).toContain('建强战斗堡垒 夯实执政之基');
    const li = await call('listDocuments', { speaker: '李强' });
    expect(li.total).toBe(1);
    const src = await call('listDocuments', { source: '浦东观察' });
    expect(src.items.map((d) => d.source)).toEqual(['浦东观察']);
  });

  it('lists 提法 with counts across bundle and user documents', async () => {
    const terms = await call('listTerms', {});
    const liangwei = terms.items.find((t) => t.term === '两委');
    expect(liangwei).toBeDefined();
    expect(liangwei!.docIds.some((d) => d.startsWith('b:'))).toBe(true);
    expect(liangwei!.docIds.some((d) => d.startsWith('u:'))).toBe(true);
  });
});

describe('updateDocument / deleteDocument', () => {
  it('edits a user document in place and search finds it by the new title at once', async () => {
    const id = (await call('listDocuments', { speaker: '李强' })).items[0]!.id;
    const s = await call('updateDocument', {
      id,
      title: '述职评议会报道',
      type: '文章',
      date: '2021-03-01',
      speaker: '李强',
    });
    expect(s).toMatchObject({ id, title: '述职评议会报道', type: '文章', date: '2021-03-01', speakers: ['李强'] });
    expect((await call('search', { query: '述职评议会报道' })).hits.map((h) => [h.docId, h.title])).toEqual([
      [id, '述职评议会报道'],
    ]);
  });

  it('edits of a bundled document are overrides that every reader sees, search included', async () => {
    const bundled = (await call('listDocuments', { year: 2022 })).items.find((d) => d.origin === 'bundle')!;
    await call('updateDocument', { id: bundled.id, title: '改过的新标题', speaker: '某某', date: null });
    const doc = await call('getDocument', { id: bundled.id });
    expect(doc).toMatchObject({ title: '改过的新标题', speakers: ['某某'], date: null });
    const row = core.ctx.userDb.prepare('SELECT title, date FROM document_overrides WHERE doc_id = ?').get(bundled.id);
    expect(row).toEqual({ title: '改过的新标题', date: '' });
    expect((await call('listDocuments', { speaker: '某某' })).items.map((d) => d.id)).toEqual([bundled.id]);
    const found = await call('search', { query: '改过的新标题' });
    expect(found.hits.map((h) => [h.docId, h.title])).toEqual([[bundled.id, '改过的新标题']]);
    expect((await call('search', { query: bundled.title })).hits.map((h) => h.docId)).not.toContain(bundled.id);
    const suggestions = await call('searchCatalogue', { query: '改过的新' });
    expect(suggestions.items).toContainEqual(expect.objectContaining({ kind: 'title', docId: bundled.id }));
    // Editing the date again keeps the other edits.
    await call('updateDocument', { id: bundled.id, date: '2022-10-16' });
    expect(await call('getDocument', { id: bundled.id })).toMatchObject({ title: '改过的新标题', date: '2022-10-16' });
  });

  it('deleting a bundled document hides it everywhere and takes its tags with it', async () => {
    const bundled = (await call('listDocuments', { year: 2022 })).items.find((d) => d.origin === 'bundle')!;
    await call('tagItems', { kind: 'document', ids: [bundled.id], add: ['待删'] });
    expect((await call('listTags', {})).items.find((t) => t.name === '待删')?.counts.documents).toBe(1);
    expect(await call('deleteDocument', { id: bundled.id })).toEqual({ deleted: true });
    expect((await envelope('getDocument', { id: bundled.id })).ok).toBe(false);
    expect((await call('listDocuments', { limit: 500 })).items.map((d) => d.id)).not.toContain(bundled.id);
    expect((await call('listTags', {})).items.find((t) => t.name === '待删')?.counts.documents).toBe(0);
    expect((await call('listQuotes', { limit: 500 })).items.map((q) => q.docId)).not.toContain(bundled.id);
  });

  it('deletes a user document with its 金句, 提法 and index rows; it can then be imported again', async () => {
    const user = (await call('listDocuments', { limit: 500 })).items.find(
      (d) => d.title === '2020年在全市城市基层党建工作座谈会上的讲话',
    )!;
    expect(await call('deleteDocument', { id: user.id })).toEqual({ deleted: true });
    for (const t of ['main.quotes', 'main.terms'])
      expect(core.ctx.userDb.prepare(`SELECT count(*) FROM ${t} WHERE doc_id = ?`).pluck().get(user.id)).toBe(0);
    expect(await found('基层党建工作座谈会')).not.toContain(user.id);
    const missing = await envelope('getDocument', { id: user.id });
    expect(missing.ok).toBe(false);
    const again = await call('importFiles', { files: [{ name: 'again.txt', dataBase64: b64(seedBytes('001')) }] });
    expect(again.results[0]!.status).toBe('imported');
    expect(again.results[0]!.docIds).toEqual([user.id]);
  });
});

describe('listDocuments tag filter', () => {
  it('filters by a tag including its sub-tags, and counts tags as a facet', async () => {
    const all = await call('listDocuments', { limit: 500 });
    const [first, second] = all.items;
    await call('tagItems', { kind: 'document', ids: [first!.id], add: ['乡村振兴'] });
    await call('tagItems', { kind: 'document', ids: [second!.id], add: ['乡村振兴/人才'] });
    const parent = await call('listDocuments', { tag: '乡村振兴' });
    expect(parent.items.map((d) => d.id).sort()).toEqual([first!.id, second!.id].sort());
    expect(parent.facets.tag).toEqual({ 乡村振兴: 1, '乡村振兴/人才': 1 });
    const child = await call('listDocuments', { tag: '乡村振兴/人才' });
    expect(child.items.map((d) => d.id)).toEqual([second!.id]);
    expect((await call('listDocuments', { tag: '没有这个标签' })).total).toBe(0);
  });
});
