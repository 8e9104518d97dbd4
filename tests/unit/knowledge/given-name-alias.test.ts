// `国强书记强调，“……”` in a host's remarks: the secretary the text names in full under his post.
import { describe, expect, it } from 'vitest';
import { givenNameAliases } from '../../../electron/core/knowledge/given-name-alias.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

const speech = (texts: string[]) =>
  quoteCandidates({
    type: '讲话',
    speakers: [{ name: '孙立华' }],
    paragraphs: texts.map((text) => ({ kind: 'p' as const, text })),
  })
    .filter((q) => q.speaker && q.text.includes('抓发展'))
    .map((q) => `${q.speaker}: ${q.text}`);

describe('a given name and a post', () => {
  const agenda = '下面进行第三项议程：请县委书记李国强同志讲话。';
  const quoted = '刚才，国强书记作了很好的讲话。国强书记强调，“抓发展就是抓民生，抓项目就是抓未来”。';

  it('is the one person the text names in full under a post', () => {
    expect(speech([agenda, quoted])).toEqual(['李国强: 抓发展就是抓民生，抓项目就是抓未来']);
  });

  it('is nobody without the full name, or with two people of that given name', () => {
    expect(speech([quoted])).toEqual([]);
    const two = `${agenda}请村党支部书记王国强同志发言。`;
    expect(givenNameAliases(foldForSearch(two + quoted), [])).toEqual([]);
    // The full name itself is no alias.
    expect(givenNameAliases(foldForSearch(agenda), [])).toEqual([]);
  });
});
