// Search-as-you-type catalogue: folded text, pinyin full and initials, user entries and tags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeDoc, tempDir, userDbWith, sourcesOf, writeBundle } from './fixtures.js';
import { openUserDb, USER_DB_FILE } from '../../../electron/core/db/open-user-db.js';
import { attachBundle } from '../../../electron/core/db/attach-bundle.js';
import { readCounters } from '../../../electron/core/search/meta-source.js';
import { suggest } from '../../../electron/core/search/catalogue-store.js';
import { addUserDocumentsToIndex } from '../../../electron/core/search/user-index.js';
import type { SearchSources } from '../../../electron/core/search/engine.js';

const q = (paragraph: number, text: string) => ({
  paragraph,
  start: 0,
  end: text.length,
  text,
  speaker: '习近平',
  occasion: null,
  date: '2021',
  citation: '——习近平（2021年）',
});
const bundleDocs = [
  makeDoc({
    id: 'a',
    title: '党建引领基层治理',
    speakers: [{ name: '习近平', role: null }],
    body: ['正文'],
    quotes: [q(0, '绿水青山就是金山银山')],
    terms: [{ term: '乡村振兴', occurrences: [{ paragraph: 0, start: 0 }] }],
  }),
  makeDoc({ id: 'b', title: '論鄉村振興戰略', speakers: [{ name: '李强', role: null }], body: ['正文'] }),
  makeDoc({ id: 'c', title: '5G基站建设', body: ['正文'] }),
];

let userDb: Database.Database;
let src: SearchSources;
let dir: string;
let bundleFile: string;
beforeAll(() => {
  dir = tempDir();
  bundleFile = path.join(dir, 'content.sqlite');
  writeBundle(bundleFile, bundleDocs);
  const mine = makeDoc({ id: 'u1', title: '不忘初心学习体会', body: ['正文'] });
  userDb = userDbWith(path.join(dir, 'user'), [mine], bundleFile);
  addUserDocumentsToIndex(userDb, [mine]);
  userDb.prepare("INSERT INTO tags (name) VALUES ('全面从严治党')").run();
  src = sourcesOf(userDb);
});
afterAll(() => {
  userDb.close();
});

const texts = (query: string) => suggest(src, query, 20).map((s) => `${s.kind}:${s.text}`);

describe('catalogue suggestions', () => {
  it.each([
    ['djyl', 'title:党建引领基层治理'], // initials
    ['dangjianyinling', 'title:党建引领基层治理'], // full pinyin
    ['dangjian', 'title:党建引领基层治理'], // full pinyin prefix
    ['xiangcunzhenxing', 'term:乡村振兴'],
    ['xczx', 'term:乡村振兴'],
    ['zhenxing', 'term:乡村振兴'], // from a syllable boundary
    ['xiangcunzhenxing', 'title:論鄉村振興戰略'],
    ['乡村振兴', 'title:論鄉村振興戰略'], // folded text both ways
    ['鄉村', 'term:乡村振兴'],
    ['xjp', 'speaker:习近平'],
    ['lq', 'speaker:李强'],
    ['lsqs', 'quote:绿水青山就是金山银山'],
    ['金山', 'quote:绿水青山就是金山银山'],
    ['5g', 'title:5G基站建设'],
    ['bwcx', 'title:不忘初心学习体会'], // user document
    ['qmcyzd', 'tag:全面从严治党'], // tag from the user database
    ['从严', 'tag:全面从严治党'],
    ['党', 'title:党建引领基层治理'], // one character
  ])('%s → %s', (query, expected) => {
    expect(texts(query)).toContain(expected);
  });

  it.each([['djyx'], ['zzzz'], ['乡村治理'], ['']])('%s finds nothing unrelated', (query) => {
    expect(texts(query)).toEqual([]);
  });

  it('marks pinyin matches', () => {
    expect(suggest(src, 'djyl', 5)[0]!.matchedBy).toBe('pinyin');
    expect(suggest(src, '党建', 5)[0]!.matchedBy).toBe('text');
  });
});

describe('a user catalogue stored in the earlier format (three whole blobs)', () => {
  it('is rebuilt in rows, and its old blobs are removed', () => {
    const data = path.join(tempDir(), 'user');
    const first = userDbWith(data, [makeDoc({ id: 'u2', title: '不忘初心学习体会', body: ['正文'] })], bundleFile);
    const c = readCounters(first);
    first.close();
    const raw = new Database(path.join(data, USER_DB_FILE));
    raw.exec('CREATE TABLE IF NOT EXISTS search_catalogue (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT');
    const put = raw.prepare('INSERT OR REPLACE INTO search_catalogue (key, value) VALUES (?, ?)');
    for (const g of ['entries', 'text', 'pinyin']) put.run(`user.${g}`, Buffer.from('old'));
    // The earlier stamp, counters only, matching this database: only the format says to rebuild.
    put.run('user.stamp', Buffer.from(`${c.docsAdded}:${c.docsChanged}:${c.tags}:${c.overrides}`));
    raw.close();
    const db = openUserDb(data);
    attachBundle(db, bundleFile);
    const texts = suggest(sourcesOf(db), 'bwcx', 5).map((s) => s.text);
    expect(texts).toContain('不忘初心学习体会');
    const keys = db.prepare("SELECT key FROM main.search_catalogue WHERE key GLOB 'user.*'").pluck().all();
    expect(keys).toContain('user.head');
    expect(keys.filter((k) => ['user.entries', 'user.text', 'user.pinyin'].includes(k as string))).toEqual([]);
    db.close();
  });
});
