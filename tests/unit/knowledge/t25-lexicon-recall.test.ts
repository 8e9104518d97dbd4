// 提法 the per-document set (t25-tifa-docs.json) found missing from the lexicon, each read in the
// library's reports in one sense only (a library-wide read of every occurrence found no other):
// the sentences are those reports' own.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../electron/core/knowledge/extract-terms.js';

const terms = (text: string) => extractTerms([{ kind: 'p' as const, text }]).map((t) => t.term);

describe('formulations of the reports that the lexicon lacked (round t25)', () => {
  it.each([
    ['我国发展仍处于可以大有作为的重要战略机遇期。', '重要战略机遇期'],
    ['要更好地贯彻区别对待、有保有压的原则。', '有保有压'],
    ['为转方式、调结构创造稳定环境。', '调结构'],
    ['发展是解决我国一切问题的基础和关键。', '发展是解决我国一切问题的基础和关键'],
    ['坚持农业农村优先发展，严守18亿亩耕地红线。', '农业农村优先发展'],
    ['加快构建以国家实验室为引领的战略科技力量。', '国家战略科技力量'],
    ['坚持创新驱动发展，加快发展现代产业体系。', '现代化产业体系'],
  ])('%s → %s', (text, term) => expect(terms(text)).toContain(term));
});
