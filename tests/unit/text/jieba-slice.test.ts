// Slices of jieba's dictionary (text/jieba-slice.ts) must give exactly the tags the whole dictionary
// gives, for every kind of text the pipeline tags (the line joins it asks about, sentences, a paragraph,
// mixed scripts, digits and symbols); they rely on the dictionary file being sorted, one `word count tag`
// a line. Off, spent or given a text holding the line no text may match, they leave the text to the caller.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { describe, expect, it } from 'vitest';
import { countTotal, SHIPPED, tagBySlice, useDictionarySlices } from '../../../electron/core/text/jieba-slice.js';

const require = createRequire(import.meta.url);
const DICT = fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
const whole = Jieba.withDict(DICT);
const tags = (text: string) => whole.tag(text, true).map((t) => ({ word: t.word, tag: t.tag }));

const TEXTS = [
  '雾或酒精棉片新冠肺炎疫情',
  '民间河长',
  '代办员',
  '全面摸排返乡人员情况，强化交通卡口体温监测。',
  '只有坚持党的全面领导，才能确保改革发展沿着正确方向前进。',
  '“绿水青山就是金山银山”——习近平在浙江考察时强调',
  '2024年3月5日，第十四届全国人民代表大会第二次会议在北京开幕。GDP增长5.2%，CPI上涨0.2%。',
  '中國共產黨第二十次全國代表大會\t報告\n新的征程 😀 A-B_c 𠮷野家 C++和C# 4S店 ＡＢＣ１２３',
  '',
];

describe('jieba from slices of its dictionary', () => {
  it('reads a dictionary sorted by word, one `word count tag` a line', () => {
    const lines = DICT.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    let previous = '';
    const wrong: string[] = [];
    for (const line of lines) {
      const [word, count, tag, ...rest] = line.split(' ');
      if (rest.length || !/^\d+$/.test(count ?? '') || !tag || !(word! > previous)) wrong.push(line);
      previous = word!;
    }
    expect(wrong).toEqual([]);
    // The size and sum the slices take for this file without summing it.
    expect({ bytes: DICT.length, total: countTotal(DICT) }).toEqual(SHIPPED);
    expect(countTotal(Buffer.from('党 12 n\n中央 3 nt\n'))).toBe(15);
  });

  it('tags every text as the whole dictionary does', () => {
    useDictionarySlices(Infinity);
    const report = fs
      .readFileSync(new URL('../../../content/sources/library/government_work_reports.jsonl', import.meta.url), 'utf8')
      .slice(0, 6_000);
    // Its sentences and, as the line repair asks, six characters either side of each line break.
    const sentences = report.split(/(?<=[。！？\n])/);
    const joins = report.split(/\\n|\n/).flatMap((l, i, all) => (i ? [all[i - 1]!.slice(-6) + l.slice(0, 6)] : []));
    for (const text of [...TEXTS, ...sentences, ...joins, report.slice(0, 1_500)])
      expect(tagBySlice(text), text).toEqual(tags(text));
  });

  it('leaves the text to the caller when off, spent, or holding the private-use line', () => {
    useDictionarySlices(Infinity);
    expect(tagBySlice('党的\ue000领导')).toBeNull();
    useDictionarySlices(0);
    expect(tagBySlice(TEXTS[3]!)).toEqual(tags(TEXTS[3]!)); // the budget is weighed after a slice
    expect(tagBySlice(TEXTS[4]!)).toBeNull();
  });
});
