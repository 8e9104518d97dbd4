// Lines the Party has superseded (以阶级斗争为纲, 两个凡是 …). A current text may quote them to
// criticise them (a 党课 on 拨乱反正, the 历史决议), and the text stays current study material,
// but the criticised line itself is never offered for study: a sentence that holds one, or that
// quotes a line and calls it wrong, is no 金句 and no question, and no such line is an answer.
import { foldedHan, foldForSearch, foldUnits } from '../text/normalize.js';
import { rejectsByFrame } from './charge-frames.js';
import { lexicon } from './lexicon.js';

/** Slogans of the Great Leap, the Cultural Revolution and 1977 that are not 提法 of the lexicon
 * (its 历史提法 are added below). Han characters only, as matched. */
const SLOGANS = [
  '阶级斗争一抓就灵',
  '阶级斗争是纲其余都是目',
  '宁要社会主义的草不要资本主义的苗',
  '人有多大胆地有多大产',
  '以钢为纲',
  '凡是毛主席作出的决策',
  '凡是毛主席的指示',
  '突出无产阶级政治',
  '斗私批修',
  '狠斗私字一闪念',
  '抓革命促生产',
  '造反有理',
  '全面专政',
  '怀疑一切打倒一切',
  '反修防修',
  '兴无灭资',
  '扎根农村干革命',
  '贫下中农的再教育',
  '贫下中农再教育',
  '一大二公',
  '穷过渡',
  '资本主义尾巴',
  '以粮为纲',
  '政治挂帅',
  '一天等于二十年',
  '放卫星',
  '横扫一切牛鬼蛇神',
  '反击右倾翻案风',
  '一年初见成效三年大见成效',
  '宁要社会主义的低速度',
  '知识越多越反动',
  '停课闹革命',
  // 1966–1967: the slogans of the 造反 and 夺权 (a 党史 text quotes them with their harm, not always
  // with the word 错误).
  '破四旧',
  '炮打司令部',
  '踢开党委闹革命',
  '砸烂公检法',
  '打倒一切全面内战',
  '全面夺权',
  '文攻武卫',
  '三忠于',
  '四无限',
  // 1958's 共产风 and the class-struggle education of 1962–1976, as a memoir or a 村史馆 recalls
  // them on a wall or a banner with no verdict beside them.
  '跑步进入共产主义',
  '放开肚皮吃饭',
  '千万不要忘记阶级斗争',
  '不忘阶级苦牢记血泪仇',
  // 1958–1960's steel and 共产风 slogans and the campaigns of 1968–1970, as a 大事记, a memoir or a
  // 党史 article names them (全县掀起“大办钢铁”运动, 喊着“超英赶美”的口号, 开展“一打三反”运动).
  '超英赶美',
  '大办钢铁',
  '一平二调',
  '扎根边疆干革命',
  '清理阶级队伍',
  '一打三反',
  // 抓纲治国 as a province, county or works took it up (抓纲治省, 抓纲治县, 抓纲治厂).
  '抓纲治',
  // 1958's boasts and calls as a memoir quotes the speech that made them (党中央号召我们鼓足干劲，力争上游，
  // 多快好省地建设社会主义！…放一颗亩产万斤的大卫星！钢铁元帅升帐了), a 1966 rally's threat, and the 1955
  // charge the Party withdrew in 1980 (“胡风反革命集团”……是一起错案).
  '力争上游多快好省',
  '亩产万斤',
  '钢铁元帅升帐',
  '共产主义就在眼前',
  '砸烂谁的狗头',
  '胡风反革命集团',
  // Held out: the 1965 二十三条's target as a 1967 speech a memoir quotes names it, and the 1958 steel
  // campaign and 共产风 as a 大事记 names them (上山“大炼钢铁”, 各社刮起“共产风”).
  '走资本主义道路的当权派',
  '走资派',
  '大炼钢铁',
  '共产风',
  // The labels the period pinned on people and things, and 1975's call, as the 历史决议 and memoirs
  // name them (对所谓“反动学术权威”的批判, 诬蔑为“臭老九”, 当作“封资修”烧掉, 要求各公社“大批促大干”).
  '反动学术权威',
  '臭老九',
  '封资修',
  '资产阶级司令部',
  '大批促大干',
];

let lines: string[] | null = null;
/** The superseded lines, Han characters only: SLOGANS and the lexicon's 历史提法 that are lines
 * (大跃进 and 人民公社 name events and bodies, which a 党史 question may ask about), the early reform
 * years' among them (计划经济为主、市场调节为辅, given up for the 社会主义市场经济 in 1992). */
export function supersededLines(): string[] {
  lines ??= [
    ...SLOGANS,
    ...lexicon()
      .filter((e) => e.category === '历史提法' && /为纲|凡是|继续革命|抓纲|两个估计|为辅/.test(e.term))
      .flatMap((e) => [e.term, ...(e.variants ?? [])].map(foldedHan)),
  ];
  return lines;
}

let lastChars: Set<number> | null = null;
/** Whether the folded text holds the last character of some line: most sentences hold none and
 * are passed without the Han join (question generation checks every draft). */
function mayHoldLine(text: string): boolean {
  lastChars ??= new Set(supersededLines().map((l) => l.charCodeAt(l.length - 1)));
  const units = foldUnits(text);
  for (let i = 0; i < text.length; i++) if (lastChars.has(units[i]!)) return true;
  return false;
}

let byLead: { lead: Map<number, string[]>; short: string[] } | null = null;
/** The lines by their first two units, so that a text is scanned once instead of once per line
 * (a line shorter than that, were there one, is looked for on its own). */
function linesByLead(): { lead: Map<number, string[]>; short: string[] } {
  if (byLead) return byLead;
  byLead = { lead: new Map(), short: [] };
  for (const l of supersededLines()) {
    if (l.length < 2) byLead.short.push(l);
    else {
      const key = (l.charCodeAt(0) << 16) | l.charCodeAt(1);
      byLead.lead.set(key, [...(byLead.lead.get(key) ?? []), l]);
    }
  }
  return byLead;
}

/** The text holds a superseded line. */
export function holdsSupersededLine(text: string): boolean {
  if (!mayHoldLine(text)) return false;
  const h = foldedHan(text);
  const { lead, short } = linesByLead();
  if (short.some((l) => h.includes(l))) return true;
  for (let i = 0; i + 1 < h.length; i++) {
    const lines = lead.get((h.charCodeAt(i) << 16) | h.charCodeAt(i + 1));
    if (lines?.some((l) => h.startsWith(l, i))) return true;
  }
  return false;
}

let clauses: Map<string, string[]> | null = null;
/** The clauses of a line of two or more (计划经济为主、市场调节为辅), Han characters only, by the line. */
function clausesOf(line: string): string[] | undefined {
  clauses ??= new Map(
    lexicon()
      .filter((e) => e.category === '历史提法' && /[、，,]/.test(e.term))
      .flatMap((e) => [e.term, ...(e.variants ?? [])])
      .map((t) => [foldedHan(t), t.split(/[、，,]/).map(foldedHan)]),
  );
  return clauses.get(line);
}

/** An answer that is a superseded line, a part of one of three characters or more (阶级斗争为纲) —
 * of a line of clauses, a part holding a whole clause (市场调节为辅, not the plain 市场调节) —, or one
 * with a few words around it; not a title that names one (从“以阶级斗争为纲”到……). */
export function isSupersededLine(answer: string): boolean {
  const h = foldedHan(answer);
  const partOf = (l: string) => l.includes(h) && (clausesOf(l)?.some((c) => h.includes(c)) ?? true);
  return h.length >= 3 && supersededLines().some((l) => partOf(l) || (h.includes(l) && h.length <= l.length + 4));
}

// A verdict on the quoted line: the words the 历史决议 and 党史 texts use for a line they reject.
const WRONG =
  /错误|错(?:划|打成|定为|判|捕)|诬陷|不能成立|荒谬|荒唐|谬论|奇谈怪论|颠倒是非|混淆了?是非|论调|彻底否定|否定了|摒弃|抛弃|废弃|被纠正|纠正了|停止使用|结束了?“|批判了?“|破除|冲破|束缚|鼓吹|不行|违背|(?:这种|此种|这类)[^，。；]{0,6}偏见|反动(?:理论|口号|路线)|篡党夺权/;

/** Harm a sentence says a line did: a verdict only on what it calls a 口号, 做法 … (HARMED), since
 * a news sentence says it of anything (疫情给经济造成严重冲击). */
const HARM =
  /造成了?(?:严重|巨大|重大)|浪费了?大量|劳民伤财|严重损失|挫伤|助长|严重脱离|脱离了?(?:实际|国情|我国)|践踏|不切实际|扩大化|绝对化|不适当的高度|蒙受了?不白之冤|蒙冤|含冤/;
/** What a sentence calls the line it quotes (“……”的口号, ……的做法, ……的推广): the verdict may come
 * anywhere after it (……的做法无偿调拨……，挫伤了农民的积极性). */
const CALLED = /^的?(?:口号|做法|说法|提法|主张|论调|理论|推广|流行|盛行|标语|横幅)/;
/** A line someone shouted or raised (喊出“……”, 鼓吹“……”; 提出 only by 有的地方, 当时 …, as a current
 * text says of a line today's leaders raise): a harm after it in the sentence judges it. */
const PROCLAIMED =
  /(?:喊出|叫出|打出|刮起|大刮|鼓吹|叫嚷|宣扬)了?$|(?:有的|一些|个别|当时|当年|那时)[^，。；]{0,12}提出了?$/;

/** A line used as a pretext (借“批林批孔”之名, 打着“……”的旗号, 以“……”为幌子): the quotation is what the
 * deed hid behind, a verdict on it by the shape alone (not 以“……”为名, which names a show or a group). */
const PRETEXT_BEFORE = /(?:借|打着|假借|以)$/;
const PRETEXT_AFTER = /^(?:之名|的旗号|为幌子|的幌子)/;

/** A document's title called wrong right after it (《关于……的决议》，完全是错误的): a withdrawn decision. */
const TITLE_WRONG = /《[^《》]{4,60}》[，,]?(?:完全|根本|显然|也)?是(?:完全)?错误的/;

/** What may stand before a quotation that opens its sentence: nothing, or a time (当年，). */
const OPENING = /^(?:(?:当年|当时|那时|那时候)[，,]?)?$/;

/** The clauses after the one a quotation stands in, less other quotations (a harm inside one is
 * another line's words) and the harms they say were kept off (…，避免了严重损失). */
const laterClauses = (after: string) =>
  after
    .replace(/“[^“”]*”/g, '')
    .replace(/^[^，,；;]*/, '')
    .replace(/(?:避免|防止|减少|挽回|免于|杜绝)了?[^，,；;。]*/g, '');

/** Names of events and groups, quoted as the 历史决议 quotes them: a verdict beside one (“文化大革命”
 * 是一场由领导者错误发动……的内乱) judges the event, and the sentence is study material. */
const EVENT_NAME = /^(?:无产阶级)?(?:文化大革命|文革|大跃进|四人帮|左|右|反右派?斗争|人民公社化?运动)$/;

const WRONG_CASE = /^(?:[，,]?(?:是|系|属于?|完全是)?一?[起桩件个]?)(?:错案|冤案|假案|冤假错案)/;

/** A group of the period, quoted as a later text quotes it, doing what it did (“造反派”夺取了县委领导权,
 * 「造反派」奪取公社黨委領導權, “红卫兵”组织，冲击县委机关): the period's deeds, no study material. */
const GROUP_DEED =
  /“(?:造反派|造反兵团|红卫兵|战斗队)”[^。！？]*?(?:夺(?:取|了)?[^，。；]{0,10}权|争夺权力|冲击|冲进|揪斗|批斗|武斗|打砸抢|抄家|游街|砸毁|烧毁|焚毁)/;

/** A sentence that quotes a line (“……”, 「……」 or 『……』) and, within a few words of it, calls it wrong. */
export function quotesRejectedLine(sentence: string): boolean {
  if (!/[“「『"《]/.test(sentence)) return false;
  const f = foldForSearch(sentence)
    .replace(/[「『]/g, '“')
    .replace(/[」』]/g, '”');
  if (GROUP_DEED.test(f) || TITLE_WRONG.test(f) || rejectsByFrame(f)) return true;
  for (const m of f.matchAll(/“([^“”]{2,40})”/g)) {
    if (EVENT_NAME.test(m[1]!)) continue;
    const end = m.index + m[0].length;
    const after = f.slice(end);
    // A charge the Party withdrew, called a wrong case right after it (“胡风反革命集团”，是一起错案);
    // not a case word further on (“证照分离”……产权错案甄别纠正).
    if (WRONG_CASE.test(after)) return true;
    if (PRETEXT_BEFORE.test(f.slice(0, m.index)) && PRETEXT_AFTER.test(after)) return true;
    if (WRONG.test(f.slice(Math.max(0, m.index - 16), end + 16))) return true;
    if (CALLED.test(after) && (WRONG.test(after) || HARM.test(after))) return true;
    if (PROCLAIMED.test(f.slice(0, m.index)) && HARM.test(after)) return true;
    // A quoted method opening the sentence, judged by a harm in a later clause (“土法上马”大炼钢铁，
    // 炼出的多是废铁，造成了巨大浪费): what was done by that line did the harm.
    if (OPENING.test(f.slice(0, m.index)) && HARM.test(laterClauses(after))) return true;
  }
  return false;
}

/** The organ of power of 1967–1979, as a 大事记 or a memoir names it (县革命委员会成立，下设政工组、生产组……):
 * a period's narration, never a quiz prompt; not 民革's full name (中国国民党革命委员会), nor 发展改革委会同. */
const PERIOD_ORGAN = /(?<!国民党)革命委员会|(?<!发展改)革委会/;

/** Never study material: a sentence holding a superseded line, quoting a line it rejects, quoting a
 * 最高指示 (a memoir's or a history's line as the period announced it) or naming the period's organ. */
export function isCriticisedLine(sentence: string): boolean {
  if (holdsSupersededLine(sentence) || quotesRejectedLine(sentence)) return true;
  const f = foldForSearch(sentence);
  return /最高指示/.test(f) || PERIOD_ORGAN.test(f);
}
