// Round t66 (RUBRIC.md): the defence, foreign-affairs, 港澳, nationalities, religion, united-front, education and
// 三中全会 lines the 十六大–二十大 and 2006–2025 reports state, each read in every library use in one sense.
// Listing layer only: no new entry becomes a question's blank.
import { describe, expect, it } from 'vitest';
import { askable } from '../../../electron/core/quiz/source.js';
import { listedCounts as counts } from './listed-counts.js';

describe('round t66 listing entries', () => {
  it('lists each part of the five-part army line beside the whole line', () => {
    const c = counts('坚持政治建军、改革强军、科技强军、人才强军、依法治军。', '推进依法治军、从严治军。');
    expect(c['政治建军、改革强军、科技强军、人才强军、依法治军']).toBe(1);
    for (const t of ['政治建军', '改革强军', '科技强军', '人才强军']) expect(c[t], t).toBe(1);
    expect(c['依法治军']).toBe(2);
    expect(askable('依法治军')).toBe(false);
  });

  it('lists the army, diplomacy and 港澳 lines', () => {
    const c = counts(
      '全面深入贯彻军委主席负责制，加快把人民军队建成世界一流军队。',
      '全面推进中国特色大国外交。坚持和完善“一国两制”制度体系，落实中央全面管治权。',
    );
    for (const t of ['军委主席负责制', '世界一流军队', '中国特色大国外交', '“一国两制”制度体系', '全面管治权'])
      expect(c[t], t).toBe(1);
  });

  it('lists the nationalities, religion, united-front, education and reform lines', () => {
    const c = counts(
      '促进各民族交往交流交融，促进各民族共同团结奋斗、共同繁荣发展。全面贯彻党的宗教工作基本方针。',
      '发挥我国社会主义新型政党制度优势。培养德智体美劳全面发展的社会主义建设者和接班人。',
      '进一步全面深化改革，以经济体制改革为牵引。',
    );
    for (const t of [
      '交往交流交融',
      '共同团结奋斗、共同繁荣发展',
      '宗教工作基本方针',
      '新型政党制度',
      '德智体美劳全面发展',
      '进一步全面深化改革',
      '以经济体制改革为牵引',
    ])
      expect(c[t], t).toBe(1);
    expect(c['全面深化改革']).toBe(1);
  });
});
