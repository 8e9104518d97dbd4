// Search-as-you-type never offers a historical document's 金句, and still fills its list: the
// handler asks the catalogue for what it shows, and asks again with room when such 金句 took places.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, type TestCore } from '../quiz/helpers.js';

const BUNDLE = 'content/build/content.sqlite';
let t: TestCore;
let historical: Set<string>;
beforeAll(() => {
  t = makeCore({ bundle: BUNDLE });
  const db = new Database(BUNDLE, { readonly: true });
  historical = new Set(db.prepare("SELECT id FROM documents WHERE status = '历史文献'").pluck().all() as string[]);
  db.close();
});
afterAll(() => t.close());

type Item = { kind: string; text: string; docId: string | null };
const suggestions = async (query: string, limit: number) =>
  ((await t.call('searchCatalogue', { query, limit })) as { items: Item[] }).items;

describe('suggestions and historical documents', () => {
  it.each(['工会', '机械工人', '组织', 'zuzhi', 'gh'])('%s: no historical 金句, and a full list', async (query) => {
    const shown = await suggestions(query, 6);
    expect(shown.filter((s) => s.kind === 'quote' && historical.has(s.docId ?? ''))).toEqual([]);
    // The same first six as a long list with the historical 金句 taken out.
    const long = (await suggestions(query, 50)).filter((s) => !(s.kind === 'quote' && historical.has(s.docId ?? '')));
    expect(shown).toEqual(long.slice(0, 6));
  });
});
