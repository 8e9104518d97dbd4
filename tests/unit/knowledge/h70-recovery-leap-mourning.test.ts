// Round h70 (history-fixtures/labels-h70.json): undated 1949–78 prose whose signs the code missed — 1962's 精减职工 and
// 停建缓建, 1964–65's 学习大庆的经验 beside 比学赶帮, 1950–52's 镇反, war at the border, 统一财经 and 增产节约, 1958's steel
// drive, a 悼词 dated by the death it mourns, the chairman's 追悼大会, a 文献选编's modern 注释 — and today's texts that
// look old: a 比学赶帮超 drive, cadres sent to 乡村振兴第一线, a 纪念 article's 美帝国主义, a memoir of the 追悼大会.
import { describe, expect, it } from 'vitest';
import { withoutEditorLines } from '../../../electron/core/knowledge/editor-lines.js';
import { importBytes } from '../../../electron/core/content/pipeline.js';
import { BUILDING, CR, FOUNDING, LEAP, NEUTRAL, note, status } from './undated-status.js';

describe('1949–78 prose with the signs round h70 reads', () => {
  it.each([
    ['按照精减职工、减少城镇人口的决定，本厂已有二百名职工回到农村。', BUILDING],
    ['贯彻调整、巩固、充实、提高的方针，全县对一批项目实行停建缓建。', BUILDING],
    ['各厂要认真学习大庆的经验，开展比学赶帮超活动。', NEUTRAL],
    ['全乡群众检举隐藏的反革命分子，惩办了一批恶霸、土匪和特务。', FOUNDING],
    ['美帝国主义把战火烧到我国东北边境，全厂职工纷纷要求上前线。', FOUNDING],
    ['统一全国财政经济工作以后，国民经济正在迅速恢复。', FOUNDING],
    ['为了支援抗美援朝，全市工厂普遍开展了增产节约运动。', FOUNDING],
    ['钢铁元帅升帐，全县劳动力上山采矿、烧炭，日夜奋战。', LEAP],
    ['全乡建起小高炉四十座，土法炼铁，昼夜不停。', LEAP],
    ['王明山同志于一九七六年五月十二日因病逝世。他坚持毛主席的革命路线，贫下中农都怀念他。', CR],
    [
      '全公社举行追悼大会，深切悼念伟大的领袖和导师毛主席。大家表示，一定要继承毛主席的遗志，坚持党的基本路线，把农业学大寨运动推向新的高潮。',
      CR,
    ],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });

  it('reads a 文献选编 body apart from its modern notes', () => {
    const body = '全国农业学大寨会议以后，县委决定用三年时间把我县建成大寨县。';
    const notes = '注释\n〔1〕指1975年9月召开的第一次全国农业学大寨会议。1980年代以后不再提倡。';
    expect(withoutEditorLines(`${body}\n${notes}`)).toBe(body);
    expect(status(`${body}\n${notes}`)).toBe('历史文献');
    // A numbered line with no 注释 head above it is the text's own.
    expect(withoutEditorLines('要点如下：\n①抓好春耕。')).toBe('要点如下：\n①抓好春耕。');
  });

  it('leaves a death of 1976’s last months to no present year', () => {
    expect(note('王明山同志于一九七六年十一月二日因病逝世。他坚持毛主席的革命路线，贫下中农都怀念他。')).toMatch(
      NEUTRAL,
    );
  });
});

describe('what stays current', () => {
  it.each([
    // Today's companies hold 比学赶帮超 drives: one set phrase alone.
    '各分公司要在全年生产经营中开展比学赶帮超活动，比技术、比质量、比安全。',
    // 1962's words of today: 精简 offices, cadres sent to a front line that is not the farm's.
    '我县精简机关工作人员，把一百二十多名年轻干部充实到乡村振兴第一线。',
    // A 纪念 article: the war reaches 鸭绿江边, not 我国边境 as 1950 said.
    '七十三年前，美帝国主义把战火烧到鸭绿江边，中国人民志愿军跨过鸭绿江。',
    // A memoir of the 追悼大会 in Han numerals: one weak sign, the mourning no sign.
    '一九七六年九月，全公社在大院里举行追悼大会，悼念毛主席。如今四十八年过去了，那个场面我一直没有忘记。',
  ])('%s', (text) => {
    expect(status(text)).toBe('现行');
  });
});

describe('an import’s title read with its text', () => {
  const imported = async (text: string) => (await importBytes('t.txt', Buffer.from(text))).documents[0]!;

  it('counts a heading of the period (最高指示 over a 1970 report)', async () => {
    const d = await imported(
      '最高指示\n团结起来，争取更大的胜利。\n一九七〇年，全县贫下中农战天斗地，粮食总产量比上年增长百分之十二，棉花也获得了丰收。',
    );
    expect(d.title).toBe('最高指示');
    expect(d.status).toBe('历史文献');
    expect(d.statusNote).toMatch(CR);
  });

  it('counts a later year the title keeps (a 口述 recorded in 2021)', async () => {
    const d = await imported(
      '老党员口述｜入党那年\n（口述：刘长顺；记录整理：县委组织部，2021年5月）\n我是一九五八年入的党。那年秋天全村办起了公共食堂，青壮年都上山炼钢铁去了。现在村里通了公路，家家住上了新房。',
    );
    expect(d.status).toBe('现行');
  });
});
