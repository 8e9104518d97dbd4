// How a text uses each span it puts in quotation marks: as a formulation (坚持“…”, 落实“…”,
// “…”原则, “…”要求) or as a name it introduces (当地人叫它“…”, 名为“…”的快餐店, 是“…”的意思,
// “…”边境社区, “…”品牌). A news article quotes its own local names and coinages as often as it
// quotes formulations: the rule formulations of term-rules.ts need this evidence beside the shape.
import { quotedSpans } from './term-rules.js';

export interface QuotedUse {
  /** Times the span is quoted. */
  count: number;
  /** Quoted at least once as a formulation is quoted: after a verb of carrying out, before a
   * noun naming what a formulation is (要求, 原则, 理念, 工作法 …). */
  framed: boolean;
  /** Quoted at least once after a carrying-out verb and a short object's owner or manner between
   * (推进两岸“三通”, 推动直接“三通”): read as a frame for a numbered span only (quoted-terms.ts). */
  framedNear: boolean;
  /** Introduced at least once as a nickname or as the name of a thing (a shop, a brand, a
   * place, a programme), or glossed as a word's meaning. */
  named: boolean;
  /** Times it is quoted as the text's own place's or body's coinage (我市…实施“五大工程”, “一村一品”党建
   * 特色, 副市长讲的“三个到位”); absent when never. */
  local?: number;
}

/** 坚持“…”, 按照“…”, 落实好“…”: what is carried out, kept to or followed is a formulation. */
const FRAME_BEFORE =
  /(?:坚持|落实|贯彻|推进|推行|实施|实行|施行|践行|深化|按照|围绕|聚焦|做到|增强|坚定|树立|强化|执行|遵循|秉持|秉承|把握|统筹|探索)[了好出]?$/;
/** “…”原则, “…”的要求, “…”新机制: the noun says the span is a principle, a policy, a method;
 * “…”实施以来, “…”的不断推进, “…”试点, “…”驻村工作: a policy being carried out. */
const FRAME_AFTER =
  /^[的新]?(?:要求|原则|战略|理念|方针|政策|机制|制度|工作法|改革|部署|总要求|定位|目标|精神|思想|布局|格局|体系|模式|路子|底线|决策|标准|重要论述)|^的?(?:不断|全面|深入)?(?:实施|推进|推向|试点)/;
/** 推进两岸“…”, 推动早日实现直接“…”: a carrying-out verb, then up to four characters of the clause. */
const FRAME_NEAR = /(?:坚持|落实|贯彻|推进|推动|推行|实施|实行|实现|践行|深化|执行|遵循)[了好出]?\p{Script=Han}{1,4}$/u;
/** “…”工作, “…”驻村工作 — but not 到“…”工作 (working at a place). */
const WORK_AFTER = /^\p{Script=Han}{0,2}工作/u;
/** 人称“…”, 当地人叫它“…”, 取名“…”, 意为“…”: a nickname or a name being given. “称为/被称为”
 * is left out: a summary name of a set of things is introduced that way too (被称为“两弹一星”). */
const NAMED_BEFORE =
  /(?:人称|俗称|戏称|昵称|爱称|外号|绰号|名叫|名为|取名|起名|命名为|叫做|叫作|叫它|叫|意为|译为|意思是|品牌|商标)[为作做是了]?$/;
/** “…”的意思, “…”（意为…）, “…”创始人, “…”边境社区, “…”品牌: a word glossed or a thing named; 用“一步一景、
 * 一街一史”来形容老街: a description of a thing. */
const NAMED_AFTER =
  /^(?:的意思|来?(?:形容|描述|描绘|比喻)|[（(]意为|创始人|品牌|商标|牌|店|餐厅|饭店|书店|酒|杯|节目|栏目|[\p{Script=Han}]{0,2}(?:社区|小区)|公司|乐队)/u;

/** 我市结合实际实施“…”, 全县开展“…”, 探索形成了“…”, 副市长讲的“…”: the clause before gives the span to the text's
 * own town, body or speaker (我国, 中央 and 党中央 are not local) — unless the clause carries it out
 * (我市落实“…”, 我县坚持“…”: a superior's formulation followed there). A span quoted right after a local one
 * (全县开展“三大攻坚”“十大行动”) is of the same list. */
const LOCAL_BEFORE =
  /(?:(?:我|本)(?:省|市|县|区|旗|镇|乡|村|街道|社区|局|厅|校|院|公司|集团|厂)|全(?:省|市|县|区|旗|镇|乡|村)(?:开展|实施|推出|打造)|探索(?:形成|出)|创新(?:推出|打造)|总结提炼出?|[^央]长讲的)[^，。；：“”]{0,10}$/;
const CARRIED_OUT = /落实|贯彻|执行|坚持|践行|遵循|按照|学习|做到|增强|坚定|树立/;
/** 全市各级要…，开展“三比三争”活动; 自治区要…，努力建设“两个屏障”: a sentence whose subject is the text's own
 * place launching or building the span right before it — that place's own tasks (a line carried out there is
 * 落实/坚持/做到, and a lexicon formulation is never a rule span). */
const OWN_PLACE_SUBJECT = /^(?:全(?:省|市|县|区|旗|镇|乡|村)|自治区|(?:我|本)(?:省|市|县|区|旗|镇|乡|村))/;
const MAKES = /(?:开展|实施|推出|打造|建设|创建)$/;
const ownPlaceMakes = (text: string, start: number, before: string) =>
  MAKES.test(before) && OWN_PLACE_SUBJECT.test(text.slice(text.slice(0, start).search(/[^。！？；]*$/)));
/** “…”党建特色, “…”党建品牌: a local brand. */
const LOCAL_AFTER = /^党建(?:特色|品牌)/;

/** “三个带头”：带头学习……: a count the text spells out on the spot, each part opening with
 * the word counted — a list the text makes up for itself (a national one is spelled out in its own
 * words: “四个意识”：政治意识……; lexicon formulations such as 三个务必 are not rule terms). */
const OWN_LIST = /^[一二两三四五六七八九十]{1,2}[个项条](\p{Script=Han}{2,4})$/u;
const ownList = (span: string, after: string) => {
  const tail = OWN_LIST.exec(span)?.[1];
  return !!tail && /^[：:]/.test(after) && after.slice(1).startsWith(tail);
};

/** Every quoted span of the folded texts with how it is used. */
export function quotedUses(folded: Iterable<string>): Map<string, QuotedUse> {
  const out = new Map<string, QuotedUse>();
  for (const text of folded) {
    let localEnd = -1;
    for (const s of quotedSpans(text)) {
      const u = out.get(s.text) ?? { count: 0, framed: false, framedNear: false, named: false };
      const before = text.slice(Math.max(0, s.start - 7), s.start - 1);
      const after = text.slice(s.start + s.text.length + 1, s.start + s.text.length + 8);
      u.count++;
      u.framed ||=
        FRAME_BEFORE.test(before) || FRAME_AFTER.test(after) || (WORK_AFTER.test(after) && !/[到在去来]$/.test(before));
      u.framedNear ||= FRAME_NEAR.test(before);
      u.named ||= NAMED_BEFORE.test(before) || NAMED_AFTER.test(after);
      const clause = text.slice(Math.max(0, s.start - 17), s.start - 1);
      if (
        (LOCAL_BEFORE.test(clause) && !CARRIED_OUT.test(clause.split(/[，。；：]/).pop()!)) ||
        LOCAL_AFTER.test(after) ||
        ownPlaceMakes(text, s.start - 1, before) ||
        ownList(s.text, after) ||
        (localEnd >= 0 && /^[”」]、?[“「]$/.test(text.slice(localEnd, s.start)))
      ) {
        u.local = (u.local ?? 0) + 1;
        localEnd = s.start + s.text.length;
      }
      out.set(s.text, u);
    }
  }
  return out;
}
