// A leader relaying an earlier leader (speech-fixtures/README.md, speakers12): `习近平强调，邓小平同志
// 讲过，……` and `习近平说：“毛泽东同志讲过，‘……’今天……”` hold a third person's words, whose end is not
// certain — they are not the reporter's; central formulas a county speech repeats unmarked
// (高质量发展是新时代的硬道理) and a 条例 line a speaker opens on are not his own coinage.
import { describe, expect, it } from 'vitest';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { creditSaying } from '../../../electron/core/knowledge/sayings.js';

/** Speakered candidates of a one-paragraph document, as the ranking credits them. */
const credited = (text: string, type: string, speaker?: string) =>
  quoteCandidates({ paragraphs: [{ kind: 'p', text }], type, speakers: speaker ? [{ name: speaker }] : [] })
    .map(creditSaying)
    .filter((c) => c.speaker)
    .map((c) => `${c.speaker}: ${c.text}`);

describe('a leader relaying another leader', () => {
  it('`习近平强调，邓小平同志讲过，……` (unmarked) is not 习近平’s', () => {
    expect(credited('习近平强调，邓小平同志讲过，干部要选得准、用得好，关键在于有一个好的标准。', '会议报道')).toEqual(
      [],
    );
    // Words he reports himself stay his.
    expect(credited('习近平强调，干部要选得准、用得好，关键在于有一个好的标准。', '会议报道')).toEqual([
      '习近平: 干部要选得准、用得好，关键在于有一个好的标准。',
    ]);
  });

  it('a quotation holding a quotation of someone else gives neither speaker the part that holds both', () => {
    const text =
      '习近平说：“毛泽东同志讲过，‘我们的同志在困难的时候，要看到成绩，要看到光明，要提高我们的勇气。’今天我们仍然要有这种精神状态。”';
    // (speakers20: the inner marks close, so where the cited words end is certain — the inner words are the
    // one its frame names, the sentence after them the speaker's; no candidate holds both.)
    expect(credited(text, '会议报道')).toEqual([
      '毛泽东: 我们的同志在困难的时候，要看到成绩，要看到光明，要提高我们的勇气。',
      '习近平: 今天我们仍然要有这种精神状态。',
    ]);
    // A framed quotation citing a named person inside, without inner marks, is not the frame's either.
    expect(credited('李国华强调：“邓小平同志说过，干部要选得准、用得好。我们要落实好。”', '会议报道')).toEqual([]);
    // A plain framed quotation keeps its speaker.
    expect(credited('习近平说：“今天我们仍然要有这种精神状态。”', '会议报道')).toEqual([
      '习近平: 今天我们仍然要有这种精神状态。',
    ]);
  });
});

describe('central formulas and 条例 lines in a speech are not the speaker’s own', () => {
  it('a county head’s unmarked 高质量发展是新时代的硬道理 and 完整、准确、全面贯彻新发展理念', () => {
    expect(credited('高质量发展是新时代的硬道理。', '讲话', '郑志强')).toEqual([]);
    expect(credited('我们必须完整、准确、全面贯彻新发展理念，加快构建新发展格局。', '讲话', '郑志强')).toEqual([]);
    expect(credited('我们要坚持稳中求进、以进促稳、先立后破，多出有利于稳预期的政策。', '讲话', '郑志强')).toEqual([]);
    expect(credited('要坚持以人民为中心的发展思想，让发展成果更多惠及全县人民。', '讲话', '郑志强')).toEqual([]);
    // His own line keeps his name.
    expect(credited('项目是经济发展的生命线，招商是项目建设的源头活水。', '讲话', '郑志强')).toEqual([
      '郑志强: 项目是经济发展的生命线，招商是项目建设的源头活水。',
    ]);
  });

  it('a 条例 line (党的农村基层组织是党在农村全部工作和战斗力的基础) is nobody’s coinage', () => {
    expect(credited('基层党组织是党在农村全部工作和战斗力的基础。', '讲话', '王丽')).toEqual([]);
  });
});
