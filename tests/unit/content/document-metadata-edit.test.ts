// What the reader and the 书库 list get from a document's metadata: the 出处 line (讲话人, 场合,
// 日期; the 场合 left out when the title already names it), 场合 editable like the other fields,
// and the list's excerpt from the body.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app-core.js';
import { REPO } from './helpers.js';

let dir: string;
let core: Core;
let id: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shelf-meta-'));
  core = createCore({ dataDir: dir, bundlePath: path.join(dir, 'none.sqlite') });
  const data = fs.readFileSync(path.join(REPO, 'tests', 'fixtures', 'county-speech.txt')).toString('base64');
  const r = await core.handlers.importFiles({ files: [{ name: 'county-speech.txt', dataBase64: data }] });
  id = r.results[0]!.docIds[0]!;
});
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('出处 names speaker, occasion and date once they are known', async () => {
  await core.handlers.updateDocument({ id, speaker: '王建国', date: '2024-03-15', occasion: '全县乡村振兴工作推进会' });
  const d = await core.handlers.getDocument({ id });
  expect(d.occasion).toBe('全县乡村振兴工作推进会');
  expect(d.citation).toBe(
    '王建国：《坚定信心 真抓实干 奋力开创全县乡村振兴新局面》，全县乡村振兴工作推进会，2024年3月15日。',
  );
});

test('the occasion is not repeated when the title already names it, and can be cleared', async () => {
  await core.handlers.updateDocument({ id, title: '王建国同志在全县乡村振兴工作推进会上的讲话' });
  expect((await core.handlers.getDocument({ id })).citation).toBe(
    '王建国：《王建国同志在全县乡村振兴工作推进会上的讲话》，2024年3月15日。',
  );
  await core.handlers.updateDocument({ id, occasion: null });
  expect((await core.handlers.getDocument({ id })).occasion).toBeNull();
});

test('the 书库 list carries the opening of the body, not the byline or salutation', async () => {
  const list = await core.handlers.listDocuments({ sort: 'date-desc', offset: 0, limit: 10 });
  const item = list.items.find((x) => x.id === id)!;
  expect(item.excerpt.startsWith('今天我们召开全县乡村振兴工作推进会')).toBe(true);
  expect(item.excerpt.length).toBeLessThanOrEqual(121);
});

test('a subtitle line under the title (——在……上的讲话) is not the opening either', async () => {
  const file = path.join(REPO, 'tests', 'fixtures', 'import', 'docx', 'report-county.docx');
  const r = await core.handlers.importFiles({
    files: [{ name: 'speech.docx', dataBase64: fs.readFileSync(file).toString('base64') }],
  });
  const list = await core.handlers.listDocuments({ sort: 'date-desc', offset: 0, limit: 10 });
  const item = list.items.find((x) => x.id === r.results[0]!.docIds[0])!;
  expect(item.excerpt).not.toMatch(/^——|第十八届人民代表大会第四次会议上/);
  expect(item.excerpt.length).toBeGreaterThan(40);
});
