// Round h66 (history-fixtures/labels-h66.json): undated 1954–78 prose whose only signs the code missed
// (period-wording.ts, early-period-wording.ts, late-mao-wording.ts, single-sign.ts, status.ts): 高速度 of the whole
// economy, 为无产阶级政治服务, the chairman's instruction to carry out, 1958–60's own calls, the 四清 in its items, 1974–76's
// campaigns in plain words, 1977–78's 大干快上, and a 跃进 the text's economy showed. 2013–2024 texts with the same words
// stay 现行.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statusOfImport } from '../../../electron/core/knowledge/status.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'history-fixtures');
const status = (text: string) => statusOfImport(null, text).status;
const note = (text: string) => statusOfImport(null, text).statusNote ?? '';
const CR = /文化大革命/;
const NEUTRAL = /1978年12月以前/;
const LEAP = /大跃进/;

describe('1963–78 words that are enough alone', () => {
  it.each([
    ['文艺必须为无产阶级政治服务，为工农兵服务。', NEUTRAL],
    ['毛主席关于“把医疗卫生工作的重点放到农村去”的指示，各级卫生部门必须坚决贯彻执行。', NEUTRAL],
    ['大批干部在毛主席正确路线指引下，下放到基层参加集体生产劳动。', NEUTRAL],
    ['工人理论小组批判林彪和孔老二鼓吹的“克己复礼”，揭露他们妄图复辟的反动本质。', CR],
    ['林彪和历代反动派一样，尊儒反法，他们要搞复辟，就必须尊孔读经。', CR],
    ['去年夏天以来，教育界刮起了一股右倾翻案风，攻击教育革命。', CR],
    ['去年，我省工业和农业都出现了巨大的跃进，钢产量比前年增长两倍多。', NEUTRAL],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });

  it('a year of its own beside a 跃进 of the text’s economy gives the nearer note (h56-14, 1964: the 1956–66 one)', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'h56-14-gov-1964-industry-four-years-undated.txt'), 'utf8');
    expect(note(text)).toMatch(/全面建设社会主义时期/);
  });
});

describe('words that take a second sign', () => {
  it('高速度 of the whole economy beside 学大庆 or the chairman’s instruction; 1979’s 按比例地高速度发展 alone stays', () => {
    expect(
      note('要象大庆那样，组织职工和家属搞好农副业生产。搞好商业工作，对于促进国民经济高速度发展具有重要意义。'),
    ).toMatch(NEUTRAL);
    expect(note('各级党委要遵照毛主席的指示，加强领导，推动工农业生产高速度地向前发展。')).toMatch(NEUTRAL);
    expect(status('这一仗打好了，我们就会促使国民经济逐步走上按比例地高速度发展的轨道。')).toBe('现行');
    expect(status('我国高速铁路建设以高速度、高质量闻名世界。')).toBe('现行');
  });

  it('1958–60’s calls in pairs (the Leap’s note); 苦战十年 of a canal’s history stays', () => {
    expect(note('县委召开三级干部大会，插红旗、拔白旗。会后，全县土洋结合，大搞小高炉。')).toMatch(LEAP);
    expect(note('全省农村提出了苦战三年、改变面貌的口号，争取达到全国农业发展纲要修正草案所规定的水利指标。')).toMatch(
      LEAP,
    );
    expect(note('在反右倾、鼓干劲的运动中，广大社员的干劲更加高涨。')).toMatch(LEAP);
    expect(note('经过整风运动，大鸣大放，大整大改，现在日产量已经达到一千二百多吨。')).toMatch(
      /全面建设社会主义时期|新中国成立初期/,
    );
    expect(status('1960年2月，林县人民开始修建红旗渠。他们自力更生、艰苦创业，苦战十年，修成了这条“人工天河”。')).toBe(
      '现行',
    );
  });

  it('the 四清 in its items beside 扎根串连; the 1950s enemies paired; the call of 1960–76 beside the chairman’s title', () => {
    expect(note('工作队进村以后，要扎根串连。运动的内容，是清政治、清经济、清组织、清思想。')).toMatch(
      /新中国成立初期|全面建设/,
    );
    expect(note('美國侵略集團又同蔣介石賣國集團簽訂了所謂「共同防禦條約」。')).toMatch(/新中国成立初期/);
    expect(note('要象雷锋同志那样，读毛主席的书，听毛主席的话，做毛主席的好战士。')).toMatch(NEUTRAL);
    expect(note('美帝国主义不断扩大侵越战争。我们必须提高警惕，加强战备。')).toMatch(NEUTRAL);
    expect(note('全省职工决心大干快上，今年要使工业生产有一个显著的增长，三年大见成效。')).toMatch(/三中全会前/);
  });

  it('2019–24 texts with the same words stay: 雷锋’s diary quoted, 大干快上 of a project, 1979’s 抓纲治国已经大见成效', () => {
    expect(status('雷锋在日记中写道，要“读毛主席的书，听毛主席的话，照毛主席的指示办事，做毛主席的好战士”。')).toBe(
      '现行',
    );
    expect(status('各地项目建设大干快上，重点工程进展顺利。')).toBe('现行');
    expect(status('揭批的群众运动已经基本上胜利完成，抓纲治国已经大见成效。')).toBe('现行');
    expect(status('部队坚持把练兵备战作为中心工作，确保一旦有事，能够拉得出、上得去、打得赢。')).toBe('现行');
  });
});
