// Round t55: numbered 提法 written out by all their parts (numbered-parts.ts, tifa-parts.json) are listed and
// timelined under their short names, never asked; a run that misses a part, or whose sentence names the formulation
// itself, is no further use. And the listing entries of the round, each in the sense its library texts give it.
import { describe, expect, it } from 'vitest';
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { isListingFormOccurrence } from '../../../electron/core/knowledge/listed-lexicon.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const counts = (...texts: string[]) =>
  Object.fromEntries(
    extractTerms(texts.map((text) => ({ kind: 'p' as const, text }))).map((t) => [t.term, t.occurrences.length]),
  );

describe('numbered 提法 written out by their parts', () => {
  // 补短板 is the library's series rule's (series-siblings.ts), not found in one text alone.
  it('names 六稳, 三去一降一补 and 五位一体 by every part, and keeps the parts their own lists', () => {
    const c = counts(
      '着力稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，提振市场信心。',
      '抓好去产能、去库存、去杠杆、降成本、补短板，加强民生保障。',
      '全面推进社会主义经济建设、政治建设、文化建设、社会建设、生态文明建设，实现经济持续健康发展。',
    );
    expect(c['六稳']).toBe(1);
    expect(c['三去一降一补']).toBe(1);
    expect(c['五位一体']).toBe(1);
    for (const t of ['稳就业', '去产能', '去库存', '去杠杆', '降成本', '生态文明建设']) expect(c[t], t).toBe(1);
  });

  it('needs every part: the 十八大 three 自信 are no 四个自信, five of 六稳 no 六稳', () => {
    const c = counts('全党要坚定这样的道路自信、理论自信、制度自信。', '稳就业、稳金融、稳外贸、稳外资、稳投资。');
    expect(c['四个自信']).toBeUndefined();
    expect(c['六稳']).toBeUndefined();
    expect(counts('坚定道路自信、理论自信、制度自信、文化自信。')['四个自信']).toBe(1);
  });

  it('counts a run its sentence names once, and reads 两个维护 written as its two clauses', () => {
    const c = counts(
      '持续做好“六稳”、“六保”工作，强化保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。',
      '全面落实经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体总体布局。',
      '坚决维护习近平总书记核心地位，坚决维护党中央权威和集中统一领导，落实全面从严治党要求。',
    );
    expect(c['六保']).toBe(1);
    expect(c['五位一体']).toBe(1);
    expect(c['两个维护']).toBe(1);
  });

  it('times a written-out use as its list does and never offers it as a blank', () => {
    const text = foldForSearch('进一步稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，保持经济运行在合理区间。');
    const [hit] = termPlaces('六稳').find([text]);
    expect(hit?.length).toBe('稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期'.length);
    expect(isListingFormOccurrence('六稳', hit!.length)).toBe(true);
    expect(isListingFormOccurrence('六稳', 2)).toBe(false);
  });
});

describe('round t55 listing entries', () => {
  it('lists the 总基调 with its nested 稳中求进, and the macro-control methods', () => {
    const c = counts('坚持稳中求进工作总基调。', '加强区间调控、定向调控、相机调控、精准调控。');
    // The 十一大's 社会主义社会的主要矛盾 (class struggle) is the 1977 thesis, not the formulation.
    expect(counts('社会主义社会的主要矛盾，是无产阶级和资产阶级的矛盾。')['社会主要矛盾']).toBeUndefined();
    expect(
      counts('现阶段我国社会的主要矛盾是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。')['社会主要矛盾'],
    ).toBe(1);
    expect(c['稳中求进工作总基调']).toBe(1);
    expect(c['稳中求进']).toBe(1);
    for (const t of ['区间调控', '定向调控', '相机调控', '精准调控']) expect(c[t], t).toBe(1);
  });

  it('keeps the trade strategies and 降成本 out of their other senses, and 自主创新 out of a zone’s name', () => {
    const c = counts('积极实施以质取胜和市场多元化战略。', '多措并举降成本。');
    expect(c['以质取胜战略']).toBe(1);
    expect(c['市场多元化战略']).toBe(1);
    expect(c['降成本']).toBe(1);
    const other = counts(
      '逐步实现重要战略物资进口市场多元化。',
      '助力外贸降成本。',
      '扩大中关村国家自主创新示范区试点。',
    );
    expect(other['市场多元化战略']).toBeUndefined();
    expect(other['降成本']).toBeUndefined();
    expect(other['自主创新']).toBeUndefined();
    expect(counts('加快建设创新型国家，提高自主创新能力。')['自主创新']).toBe(1);
  });
});
