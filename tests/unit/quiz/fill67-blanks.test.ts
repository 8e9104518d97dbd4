// Causes of fill67's bad 金句 填空 (questions-fill67.json, round qfill67): a blank the line's own wording gives away or
// leaves open. A 金句's best word that is such a blank drops the 填空 (keyBlanks with oneWord): the next word is weaker.
import { describe, expect, it } from 'vitest';
import { keyBlanks } from '../../../electron/core/quiz/key-blanks.js';

/** The blanks of a 金句 填空 (quote-fill.ts: one word where no 提法 is). */
const blanked = (line: string) => keyBlanks(line, line.length > 30 ? 2 : 1, undefined, false, true).map((b) => b.text);

describe('a word the line gives away or leaves open', () => {
  it.each([
    ['党建工作的难点在基层,亮点也在基层。', '亮点'],
    ['物质贫困不是社会主义，精神贫乏也不是社会主义。', '物质'],
    ['促进各民族共同团结奋斗、共同繁荣发展，是各族人民的根本利益所在。', '民族'],
    ['新兴产业和新兴业态是竞争高地。', '业态'],
    ['任何艰难险阻都挡不住中国发展前行的步伐！', '步伐'],
    ['我们一定要以对国家和人民高度负责的精神，采取更加有力的措施，切实解决存在的问题。', '措施'],
    ['困难不容低估，信心不可动摇，干劲不能松懈。', '不可动摇'],
    ['世界是丰富多彩的。', '丰富多彩'],
    ['经济全球化符合世界各国的根本利益。', '全球化'],
    ['农业是关系全局的问题。', '农业'],
    ['党和国家的集中统一，是全国各族人民的根本利益所在。', '根本利益'],
    ['科技进步是经济发展的决定性因素，发展教育是科技进步的基础。', '决定性'],
  ])('is no blank: %s', (line, word) => {
    expect(blanked(line)).not.toContain(word);
  });
  it('drops the 填空 rather than blank a weaker word (促进各【民族】… → not 根本利益, 和平…【正义】 → not 战胜)', () => {
    expect(blanked('促进各民族共同团结奋斗、共同繁荣发展，是各族人民的根本利益所在。')).toEqual([]);
    expect(blanked('和平的力量，正义的力量，进步的力量，终究是不可战胜的。')).toEqual([]);
  });
});

describe('guards: the point of the line keeps its blank', () => {
  it.each([
    ['文化是民族的血脉，是人民的精神家园。', '文化'],
    ['台湾是中国神圣领土不可分割的一部分。', '不可分割'],
    ['改革是最大的红利。', '改革'],
    ['我们要继续向贫困宣战，决不让贫困代代相传。', '代代相传'],
    ['务必使同志们继续地保持谦虚、谨慎、不骄、不躁的作风，务必使同志们继续地保持艰苦奋斗的作风。', '艰苦奋斗'],
  ])('%s → %s', (line, word) => {
    expect(blanked(line)).toContain(word);
  });
});
