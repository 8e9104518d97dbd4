// 提法 occurrences in another sense (round t20): a short entry spelt like another organisation's
// name or an ordinary word (“两新”组织, 平稳增长, 青年人要敢于走出去), a plan numeral of another
// series (“七五”普法规划), a formulation inside a body's name, and a town's own numbered coinage.
// The sentences are written for these tests in the shapes read in the library and imported texts.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';
import { parseLexicon } from '../../../electron/core/knowledge/lexicon-schema.js';

const count = (text: string, term: string) =>
  extractTerms([{ kind: 'p', text }]).find((t) => t.term === term)?.occurrences.length ?? 0;

describe('an entry’s sense guards (lexicon notBefore / notAfter / near)', () => {
  it('“两新” of new economic and social organisations is not the 2025 report’s 两新', () => {
    expect(count('抓好“两新”组织党建，市委“两新”工委书记述职，以“两新”工程推动建设。', '两新')).toBe(0);
    expect(count('加力支持“两新”工作，设备购置投资增长。', '两新')).toBe(1);
  });

  it('“土特产” as a pretext for gifts is the ordinary word, not the formulation', () => {
    expect(count('有的党员干部借“土特产”之名收受礼品。', '土特产')).toBe(0);
    expect(count('做好“土特产”文章，发展林下经济。', '土特产')).toBe(1);
  });

  it('a form that is the tail of another word or a described “new normal” is not the formulation', () => {
    expect(count('全市经济保持平稳增长，全力以赴稳增长、促改革。', '稳增长')).toBe(1);
    expect(count('网格化服务已成为城关镇基层治理的新常态。', '新常态')).toBe(0);
    expect(count('适应把握引领经济发展新常态。', '新常态')).toBe(1);
  });

  it('an unquoted 走出去 needs a word of the policy nearby; quoted it is the policy', () => {
    expect(count('青年人要敢于走出去，在更大的平台上实现价值。', '走出去')).toBe(0);
    expect(count('支持有条件的企业走出去。实施“走出去”战略。', '走出去')).toBe(2);
  });

  it('an unquoted 两步走 is the strategy only beside a word of it (战略, 世纪, 现代化…)', () => {
    expect(count('对国营大中型企业，要分两步走。第一步，实行税利并存。', '两步走')).toBe(0);
    expect(count('在战略部署上要分两步走：前十年主要是打好基础。', '两步走')).toBe(1);
  });

  it('严打 counts as the campaign only in quotation marks', () => {
    expect(count('保持对非法金融活动的高压严打态势。', '严打')).toBe(0);
    expect(count('深入开展“严打”整治斗争。', '严打')).toBe(1);
  });

  it('the schema holds the guard words to their shape', () => {
    const entry = { term: '两新', category: '经济', firstYear: null };
    expect(parseLexicon({ entries: [{ ...entry, notBefore: ['组织'] }] })).toHaveLength(1);
    expect(() => parseLexicon({ entries: [{ ...entry, notBefore: [] }] })).toThrow();
    expect(() => parseLexicon({ entries: [{ ...entry, near: ['设备', '设备'] }] })).toThrow();
    expect(() => parseLexicon({ entries: [{ ...entry, notAfter: ['“两新'] }] })).toThrow(/含有它自己/);
  });
});

describe('guards of every entry', () => {
  it('a plan numeral followed by 普法 is that series’ plan', () => {
    expect(count('启动实施“七五”普法规划，做好法律服务。', '七五')).toBe(0);
    expect(count('“七五”计划草案规定的经济增长速度。', '七五')).toBe(1);
  });

  it('a formulation naming a body’s remit is part of the body’s name', () => {
    expect(count('成立中央全面依法治国领导小组，召开县乡村振兴工作领导小组会议。', '全面依法治国')).toBe(0);
    expect(count('成立中央全面依法治国领导小组，召开县乡村振兴工作领导小组会议。', '乡村振兴')).toBe(0);
    expect(count('坚持全面依法治国，全面推进乡村振兴。', '全面依法治国')).toBe(1);
  });
});

describe('a town’s or a body’s own numbered coinage is not a rule 提法', () => {
  it('quoted as the place’s or the speaker’s own, it is dropped; a national one stays', () => {
    const t = extractTerms(
      [
        '我市结合实际实施“五大工程”，各单位要抓好落实。',
        '进一步深化“一村一品”党建特色。',
        '王副市长讲的“三个到位”要落实。',
      ].map((text) => ({ kind: 'p' as const, text })),
    ).map((x) => x.term);
    expect(t).toEqual([]);
    expect(
      extractTerms([{ kind: 'p', text: '我市落实“三个区分开来”，我县坚持“两个确保”。' }]).map((x) => x.term),
    ).toEqual(['三个区分开来', '两个确保']);
  });
});
