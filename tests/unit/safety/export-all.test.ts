// Export-everything → import-everything on real databases: a fresh install gets every document,
// tag, annotation, 金句, question with its review history and study session back, and exporting
// again gives byte-equal table JSON. Forged or damaged archives are refused without any change.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { afterEach, expect, test } from 'vitest';
import { cli } from '../support/run-cli.js';
import { openSafeCore, seedUserData, type SafeCore } from './helpers.js';

const open: SafeCore[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});
const core = () => {
  const t = openSafeCore();
  open.push(t);
  return t;
};

const tables = (zip: Uint8Array) =>
  Object.fromEntries(
    Object.entries(unzipSync(zip, { filter: (f) => f.name.startsWith('tables/') })).map(([k, v]) => [k, strFromU8(v)]),
  );

test('export-all → import-all into a fresh data folder restores everything, byte-equal JSON', async () => {
  const a = core();
  await seedUserData(a, 4);
  const exported = await a.call('exportAll', {});
  expect(exported.name).toMatch(/^学习书架-全部数据-\d{8}\.zip$/);
  const zipA = Buffer.from(exported.dataBase64, 'base64');
  const files = Object.keys(unzipSync(zipA, { filter: () => true }));
  expect(files).toEqual(
    expect.arrayContaining(['manifest.json', 'database.sqlite', 'README.txt', 'tables/annotations.json']),
  );
  expect(files.some((f) => f.startsWith('sources/') && f.endsWith('.txt'))).toBe(true);
  const manifest = JSON.parse(
    strFromU8(unzipSync(zipA, { filter: (f) => f.name === 'manifest.json' })['manifest.json']!),
  );
  expect(manifest).toMatchObject({ format: 'study-shelf-export', formatVersion: 1, counts: exported.counts });
  expect(manifest.tables).not.toHaveProperty('search_fts');

  const b = core();
  const before = await b.call('info', {});
  expect(before.counts.annotations).toBe(0);
  const r = await b.call('importAll', { file: { name: exported.name, dataBase64: exported.dataBase64 } });
  expect(r.counts).toEqual(exported.counts);
  expect(r.safetySnapshot?.reason).toBe('pre-import');
  const infoA = await a.call('info', {});
  const infoB = await b.call('info', {});
  expect(infoB.counts).toEqual(infoA.counts);
  const quotesA = (await a.call('listQuoteBook', {})).total;
  expect(quotesA).toBeGreaterThan(0);
  expect((await b.call('listQuoteBook', {})).total).toBe(quotesA);
  expect((await b.call('quizStats', {})).totals.answered).toBeGreaterThan(0);
  expect((await b.call('listSessions', {})).items.map((s) => s.title)).toEqual(['三月主题党日']);
  // The imported document is searchable again (its index rows came along).
  expect((await b.call('search', { query: '三会一课' })).hits.some((h) => h.docId.startsWith('u:'))).toBe(true);

  const zipB = Buffer.from((await b.call('exportAll', {})).dataBase64, 'base64');
  const ta = tables(zipA);
  const tb = tables(zipB);
  expect(Object.keys(tb).sort()).toEqual(Object.keys(ta).sort());
  for (const name of Object.keys(ta)) expect(tb[name], name).toBe(ta[name]);
});

test('a forged or damaged archive is refused and nothing changes', async () => {
  const a = core();
  await seedUserData(a, 2);
  const zip = unzipSync(Buffer.from((await a.call('exportAll', {})).dataBase64, 'base64'));
  const b = core();
  await seedUserData(b, 1);
  const tamper = { ...zip, 'tables/annotations.json': strToU8('{"table":"annotations","columns":[],"rows":[\n]}\n') };
  const cases: [string, Uint8Array][] = [
    ['tampered table', zipSync(tamper)],
    ['no manifest', zipSync(Object.fromEntries(Object.entries(zip).filter(([k]) => k !== 'manifest.json')))],
    ['not a zip', Buffer.from('PK\x03\x04 nothing else')],
    [
      'garbled database',
      zipSync({ ...zip, 'database.sqlite': new Uint8Array(zip['database.sqlite']!.length).fill(7) }),
    ],
  ];
  for (const [name, bytes] of cases) {
    const err = await b.fail('importAll', {
      file: { name: 'x.zip', dataBase64: Buffer.from(bytes).toString('base64') },
    });
    expect(err.code, name).toBe('FILE_DAMAGED');
    expect(err.message, name).toMatch(/没有导入任何内容|已损坏/);
    expect((await b.call('info', {})).counts.annotations, name).toBe(1);
  }
});

test('cli export-all --out and import-all FILE round-trip (JSON output)', async () => {
  const a = core();
  await seedUserData(a, 3);
  a.core.close();
  const out = path.join(a.dir, 'all.zip');
  const args = (t: SafeCore) => ['--data', t.dataDir, '--bundle', t.bundlePath, '--json'];
  const ex = await cli(['export-all', '--out', out, ...args(a)]);
  expect(ex.code).toBe(0);
  expect(JSON.parse(ex.out).counts.annotations).toBe(3);
  a.reopen();
  const b = core();
  b.core.close();
  const im = await cli(['import-all', out, ...args(b)]);
  expect(im.code).toBe(0);
  expect(JSON.parse(im.out).counts.annotations).toBe(3);
  expect(fs.readdirSync(path.join(b.dataDir, 'uploads'))).toEqual([]);
  b.reopen();
  expect((await b.call('info', {})).counts.annotations).toBe(3);
});
