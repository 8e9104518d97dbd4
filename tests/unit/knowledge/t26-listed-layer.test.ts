// Round t26: the listing layer of the 提法 lexicon (tifa-listed.json) — formulations a document's
// 提法 list and timeline recognise without touching what lexicon() feeds (金句 scores, question keys).
import { describe, expect, it } from 'vitest';
import listedJson from '../../../content/lexicon/tifa-listed.json' with { type: 'json' };
import { termPlaces } from '../../../electron/core/compare/term-places.js';
import { collectRuleTerms, extractTerms, termInfo } from '../../../electron/core/knowledge/extract-terms.js';
import { lexicon, lexiconMatcher } from '../../../electron/core/knowledge/lexicon.js';
import { parseListedLexicon } from '../../../electron/core/knowledge/lexicon-schema.js';
import { listedLexicon } from '../../../electron/core/knowledge/listed-lexicon.js';
import { ruleFor } from '../../../electron/core/knowledge/term-rules.js';
import { askable } from '../../../electron/core/quiz/source.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const p = (...texts: string[]) => texts.map((text) => ({ kind: 'p' as const, text }));
const counts = (...texts: string[]) =>
  Object.fromEntries(extractTerms(p(...texts)).map((t) => [t.term, t.occurrences.length]));

describe('提法 listing layer', () => {
  it('matches the schema and shares no form with the lexicon or the rule formulations', () => {
    expect(listedLexicon()).toEqual(parseListedLexicon(listedJson));
    const lexForms = new Set(lexicon().flatMap((e) => [e.term, ...(e.variants ?? [])].map(foldForSearch)));
    for (const e of listedLexicon())
      for (const f of [e.term, ...(e.variants ?? [])]) {
        // Shared, it would be counted twice in one list (once per matcher).
        expect(lexForms.has(foldForSearch(f)), f).toBe(false);
        // A slogan's shape (以进促稳) is allowed: the quoted-slogan rule leaves every listed form to the layer.
        const rule = ruleFor(f, 99);
        if (rule === 'slogan') expect(collectRuleTerms(Array(3).fill(`坚持“${f}”。`)).size, f).toBe(0);
        else expect(rule, f).toBeNull();
      }
  });

  it('lists its formulations, by any variant, with the lexicon category', () => {
    const c = counts(
      '推动长江经济带发展，我国发展仍处于重要战略机遇期。',
      '抓住和用好战略机遇期，促进工业化、信息化、城镇化、农业现代化同步发展。',
    );
    expect(c['长江经济带']).toBe(1);
    expect(c['重要战略机遇期']).toBe(2);
    expect(c['工业化、信息化、城镇化、农业现代化同步发展']).toBe(1);
    expect(c['农业现代化']).toBe(1);
    expect(termInfo('长江经济带', new Map())).toEqual({ term: '长江经济带', category: '区域发展', origin: 'lexicon' });
  });

  it('reads 科学发展 as the formulation only in a document that names 科学发展观', () => {
    expect(counts('深入贯彻落实科学发展观，以科学发展为主题。')['科学发展']).toBe(2);
    expect(counts('制订中长期科学发展规划，统观全局。')['科学发展']).toBeUndefined();
  });

  it("gives the timeline the list's count (variants included)", () => {
    const folded = ['抓住和用好战略机遇期。', '我国处于重要战略机遇期。'].map(foldForSearch);
    expect(termPlaces('重要战略机遇期').find(folded)).toHaveLength(2);
    expect(termPlaces('科学发展').find(['制订科学发展规划。'])).toHaveLength(0);
  });

  it('feeds neither 金句 scores nor questions: lexicon() and the quiz leave its terms alone', () => {
    expect(lexiconMatcher().find(foldForSearch('推动长江经济带发展'))).toEqual([]);
    expect(askable('长江经济带')).toBe(false);
    expect(askable('新发展理念')).toBe(true);
    expect(askable('一大二公')).toBe(false);
  });
});
