// Round h71 (history-fixtures/labels-h71.json): undated 1949–78 prose whose signs the code missed — 1962's 精减职工 beside
// 加强农业战线, 1951's 控诉大会, 1952's 美帝国主义 with the 志愿军 supported, a 悼词 whose death has a month and no day, 1959's
// canteen feeding 社员, 1953–57's 统购 and 高级社, 1961–62's 八字方针 and 精简下放, 1963–65's 四清 and the period's 学雷锋,
// 1975–76's 学大寨 — and today's texts that look old: 学雷锋 志愿服务, a memoir told by the year, a food-safety notice.
import { describe, expect, it } from 'vitest';
import { BUILDING, CR, FOUNDING, LEAP, NEUTRAL, note, status } from './undated-status.js';

describe('1949–78 prose with the signs round h71 reads', () => {
  it.each([
    ['厂里动员家在农村的职工回乡，做好精减职工工作，加强农业战线。', BUILDING],
    ['全区召开控诉大会，苦主们控诉恶霸地主的罪行。', FOUNDING],
    ['为了回击美帝国主义，全厂开展增产节约竞赛，支援中国人民志愿军。', FOUNDING],
    ['各乡要动员余粮户把余粮卖给国家，按时完成统购任务。', FOUNDING],
    ['我们社转成了高级社，社里超额完成了统购任务。', FOUNDING],
    ['县委贯彻八字方针，缩短了工业战线，抽出劳力充实农业。', BUILDING],
    ['对精简下放的职工，各公社、生产大队要帮助他们安家落户。', BUILDING],
    ['工作队进村以后扎根串连，发动群众揭发四不清干部。', BUILDING],
    ['各食堂要搞好瓜菜代，在口粮低标准的情况下保证社员吃饱。', LEAP],
    ['全连干部战士对照雷锋找差距，人人做毛主席的好战士。', NEUTRAL],
    ['全县三万民工上山造田，决心把我县建成大寨县。', NEUTRAL],
    ['全国农业学大寨会议以后，县委力争一九八〇年基本上实现农业机械化。', NEUTRAL],
    ['悼词：王长林同志一九七五年九月在工地上不幸殉职。他生前热爱集体，吃苦在前。', CR],
  ])('%s', (text, period) => {
    expect(status(text)).toBe('历史文献');
    expect(note(text)).toMatch(period);
  });

  it('leaves a month’s death to no present year where nothing mourns a 同志', () => {
    expect(status('悼念王奶奶：王奶奶一九七六年五月病逝。她生前常给我们讲红军的故事。')).toBe('现行');
  });
});

describe('what stays current', () => {
  it.each([
    // 学雷锋 of today: 志愿服务 and 新时代, 雷锋's words in marks.
    '3月5日，我区二百余名志愿者开展学雷锋志愿服务，弘扬新时代雷锋精神。',
    '雷锋同志是毛主席的好战士，他在日记中写道：“我要做一颗永不生锈的螺丝钉。”我们要学习雷锋精神，争当志愿者。',
    // A memoir telling the year after a year (第二年), and one telling its school years by the year.
    '一九五六年，村里办起了高级社，父亲被选为会计。第二年，社里超额完成了统购任务。',
    '一九七四年我上高中，正赶上批林批孔，课上得很少。现在的孩子能安安心心读书，真是赶上了好时候。',
    // Today's canteens and fronts: a food-safety notice, a cooperative's members, the fight against an epidemic.
    '全县机关食堂要建立健全食品安全管理制度，公共食堂要做到明码标价，保障职工用餐。',
    '合作社引导农户走互助合作的道路，社员每年分红，合作社食堂免费为社员提供午餐。',
    '疫情发生后，全市二百名医护人员支援前线，广大企业开展增产节约活动，捐款捐物。',
    '我们要贯彻“巩固、增强、提升、畅通”八字方针，缩短审批时限，深化供给侧结构性改革。',
    // Powers sent down and offices cut today: no 职工 sent home.
    '今年，我市将一百二十项审批权限下放到乡镇，精简市级机关人员，把干部充实到基层一线。',
  ])('%s', (text) => {
    expect(status(text)).toBe('现行');
  });
});
