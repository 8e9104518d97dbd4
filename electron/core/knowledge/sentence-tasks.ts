// Whether a sentence is a task of a work plan (加强…、推进…、要坚持…) rather than a judgement one
// would quote: the 金句 extractor leaves instructions out. Pure string tests used by sentence-style.ts
// and quote-candidates.ts.
import { CATEGORICAL, KEY_NOUN, MUST_NOT, onlyNot, TOPIC_KEY, TOPIC_MOST, WHETHER_JUDGED } from './judgement-words.js';
import { MAKE_THEN, ONLY_IF } from './thesis-patterns.js';
import { weightyClose } from './weighty-predicates.js';

/** Instruction verbs: a sentence starting with one is a task of a work plan. */
export const TASK_START = new RegExp(
  `^(?:(?:发展|改革|调整|稳定)(?![是才仍开的，,需如离靠必没不就也都快慢])|(?:适应|创新)(?![是才的也都就创，,])|(?:适度|适当|逐步|有序|稳妥|合理)(?![，,是的性化])|(?:决|绝)?不能|(?:决不|绝不)?(?:允许|容许)(?!任何)|以[^，,、是]{1,8}促|紧紧(?:依靠|围绕|抓住|扭住|盯住)|把[^，,。；;]{2,30}(?:作为|当作|当成)[^，,。；;]{2,24}来抓|(?:采取|严肃)(?![的性])|不要|严禁|禁止|精简|精减|${'加强 推进 深化 完善 实施 加快 推动 坚持 落实 健全 优化 扩大 促进 支持 鼓励 提高 提升 强化 做好 抓好 开展 建立 构建 培育 保持 严格 规范 加大 继续 积极 着力 大力 全面 深入 切实 认真 统筹 坚决 努力 巩固 引导 扶持 依法 丰富 办好 保障 实现 增强 改善 弘扬 普及 保护 调节 取缔 维护 树立 打好 打赢 一体推进 推广 转变 多渠道 多途径 牢固树立 因地制宜 新设 设立 出台 制定 启动 组织 召开 部署 安排 用好 明确 及时 带动 创新发展 拓展 共同 要 重点 做到 开拓 稳住 抓紧 重组 布局 狠抓 推行 大兴 密切联系 持续推进 持续深化 持续加强 持续推动 持续改善 持续扩大 持续优化 持续提升 扎实推进 扎实推动 扎实做好 贯彻 发挥 拓宽 降低 理顺 进一步 减少 增加 整顿 清理 取消 放宽 简化 加速 完成 确保 防止 防范 遏制 打击 注重 重视 关心 关注 搞好 管好 用足'.split(' ').join('|')})`,
);
/** 落实不能停在嘴上…, 落实贵在…: a two-character instruction verb said of, not ordered; so is an
 * activity with its object equated with another (保护产权就是保护劳动…, 优化营商环境就是解放生产力). */
const VERB_SUBJECT = /^[\u4e00-\u9fff]{2}(?:不能|不是|就是|才是|贵在|重在|关键在)|^[\u4e00-\u9fff]{4,6}(?:就是|才是)/;

/** 全面从严治党永远在路上, 正风肃纪没有休止符: one clause saying that an activity never ends. */
const NEVER_ENDS = /^[^，,；;。！]{2,12}?(?:永远|始终)?(?:在路上|没有休止符|没有完成时|永无止境)[。！]?$/;

/** `对外开放的地域要扩大，…`, `我们要坚持…路线`: a subject and 要 before an instruction verb is a
 * task as much as the bare verb (要像…一样, 要寓…于… are not instruction verbs). */
export function subjectTask(text: string): boolean {
  const m = /^[^，,。；;：:“]{1,12}?(?:都|也|必须|一定)?要(?!求|素|害|点|是|以)(?:继续|进一步|始终)?/.exec(text);
  if (m && m[0].length < text.length && TASK_START.test(text.slice(m[0].length))) return true;
  // 在区间调控基础上加强定向调控…: an instruction set on what is done already (or in a field:
  // 在一些服务业领域推行…试点).
  const on = /^在[^，,。；;：:“是]{1,24}?(?:的)?(?:基础上|前提下|领域|行业)[，,]?/.exec(text);
  // (…，是我国外交工作的基本方针: the instruction is then the subject of a judgement.)
  const rest = on ? text.slice(on[0].length) : '';
  return TASK_START.test(rest) && !/[，,](?:就|才|也)?是/.test(rest);
}

/** 推进农业现代化，改革是关键: a thesis about the activity named first, not an instruction to do it,
 * when what is key is a thing (改革), not one more task (扩展对外贸易，增加出口是关键). */
export function topicKey(text: string): boolean {
  if (TOPIC_MOST.test(text)) return true;
  const m = TOPIC_KEY.exec(text);
  // (A verb alone is named as a thing: 改革是关键, 创新是关键; with its object it is a task.)
  return m !== null && (m[1]!.length <= 2 || !TASK_START.test(m[1]!));
}

/** `提高全民族素质是国家的根本大计`, `促进民族团结，实现共同进步，是…所在`: an activity as the
 * subject of a judgement with a key noun is a thesis about that activity, not an instruction. */
function judgesActivity(text: string, c: string[]): boolean {
  if (topicKey(text)) return true;
  if (!(KEY_NOUN.test(text) || weightyClose(text)) || /要(?!求)|必须|应当/.test(text)) return false; // (内在要求 orders nothing)
  const copula = /^[^，,；;]{2,20}(?:是|就是)/.test(c[0] ?? '') || c.slice(1).some((x) => /^(?:是|就是)/.test(x));
  // (扩大内需是…基本立足点，也是…根本途径: one subject given a second predicate is judged again.)
  const [predicate, ...more] = text
    .replace(/[。！]$/, '')
    .replace(/^[^是]*是/, '')
    .split(/[，,；;]/);
  // (…是保持合理规模、优化结构的根本保证: aims that are themselves instructions make it a policy.)
  // (…是实现和平统一的基础和前提: one aim named is what the thing serves, not a list of tasks.)
  return (
    copula &&
    // (…，是大势所趋，人心所向: a second key noun of four characters is the same predicate said twice.)
    more.every((x) => /^(?:也|更|还)?是/.test(x) || (x.length === 4 && KEY_NOUN.test(x))) &&
    ![predicate!, ...more].some(
      (x) =>
        x
          .replace(/^(?:也|更|还)?是/, '')
          .split(/[、和]/)
          .filter((y) => TASK_START.test(y)).length >= 2,
    )
  );
}

/**
 * 用…凝聚共识，培育…，加强…教育 / 适应…趋势，破除…，优化…，维护…: whatever the first clause, a
 * sentence of three clauses or more whose every later clause is an instruction is a task list.
 * (Two clauses may be a judgement and its consequence: 解决台湾问题是…的事，要由中国人来决定.)
 */
export function isTask(text: string, clauses: string[]): boolean {
  // 巩固的国防和强大的军队，是…: a verb before 的 qualifies the subject of a judgement, it orders nothing.
  const qualified = /^[\u4e00-\u9fff]{2}的/.test(text) && /^[^，,；;]{2,20}是|[，,](?:都|也)?是/.test(text);
  // (…只能实行适度消费，不能提倡高消费: what alone may be done set against what may not is a principle.)
  if (MUST_NOT.test(text)) return false;
  // (只有全面推行依法行政，努力做到…，才能保证…: what the only way to an end requires orders nothing.)
  if (ONLY_IF.test(text)) return false;
  // (要让人才引得进、留得住，县域发展才会有…: what must be brought about for an end orders nothing, thesis-patterns.ts.)
  if (MAKE_THEN.test(text)) return false;
  // (优化营商环境只有进行时，没有完成时: the activity is said to have only the one, not ordered.)
  if (onlyNot(text)) return false;
  // (全面从严治党永远在路上: the activity is said to never end, not ordered.)
  if (NEVER_ENDS.test(text)) return false;
  // (发展快不快，看项目: a subject asked A不A and answered orders nothing.)
  if (text.length <= 50 && WHETHER_JUDGED.test(text)) return false;
  return (
    (TASK_START.test(text) && !qualified && !judgesActivity(text, clauses) && !VERB_SUBJECT.test(text)) ||
    subjectTask(text) ||
    // 一时难以解决的，要努力创造条件…, 违反物价纪律的，要依法严肃处理: a case named, then what to do
    // with it (a case that is judged, 榜样的力量是无穷的，…, names no case).
    // (市、县级财政有困难的，省级财政也要…: the case named, then who is to act on it.)
    /^(?:凡是?)?[^，,；;。是]{2,14}的[，,](?:[^，,；;。是]{2,8}?)?(?:都|也|则)?(?:要(?!求)|(?:决|绝)不(?:能|得|准)|一律)/.test(
      text,
    ) ||
    // 不经…综合平衡，任何单位和个人都无权确定…; 已淘汰的生产能力，绝不能以任何借口…恢复生产: a rule of the
    // plan, whoever it binds (not 绝不允许任何人…分裂出去, a stance).
    // 凡是能合并的检查一律合并，…: every case of a kind bound by one rule, said without a comma too.
    /^凡是?[^，,；;。]{2,20}(?:一律|都要|均要|都必须|均须)/.test(text) ||
    // 能减的审批事项坚决减，能并的环节坚决并，…: what can be done, clause by clause, is to be done.
    clauses.filter((c) => /^能[^，,；;。]{1,10}的[^，,；;。]{0,8}?(?:坚决|一律|都要|全部|尽量)/.test(c)).length >= 2 ||
    /任何[^，,；;。]{1,10}都?(?:无权|不得|不准|不许)|不(?:能|得|准)以任何(?:借口|理由|名义)/.test(text) ||
    // 面对诱惑，要想一想…: what to do when a thing is faced, however it is worded after.
    /^(?:面对|面临|对待)[^，,；;。]{1,12}[，,](?:我们|大家)?(?:都|一定)?(?:要|必须|应当|应该)(?!求)/.test(text) ||
    // 进行基础设施建设，首先要全面规划，合理布局…: the steps of a work, listed (抓纲治国，首先要治党 is one).
    (/^[^，,；;。]{2,14}[，,]首先(?:要|必须|应当)/.test(text) && clauses.length >= 3) ||
    // …，必须受到党纪处分; …方案，报上一级政府批准后组织实施: a sanction or a procedure laid down is a rule.
    /必须受到[^，,；;。]{0,6}(?:处分|处理|追究|惩处|制裁)|报[^，,；;。]{2,12}(?:批准|审批|备案)后/.test(text) ||
    // 中央企业由中央财政负担，地方企业由地方财政负担: who bears or does what, clause by clause, is a rule.
    (clauses.length >= 2 && clauses.every((c) => /由[^，,；;。]{2,10}(?:负担|负责|承担|审批)/.test(c))) ||
    // 必须大力加强…管理，继续保持…: a duty to do, each later clause one more thing to do (not 决不能…).
    (/^(?:必须|应当)/.test(text) &&
      TASK_START.test(text.slice(2)) &&
      clauses.length >= 2 &&
      clauses.slice(1).every((c) => TASK_START.test(c) && !/^(?:决|绝)?不|^(?:决不|绝不)?允许|^严禁|^禁止/.test(c))) ||
    // 当务之急仍然是落实…: what is most urgent is a task named, not a judgement.
    (/^当务之急[^，,；;。]{0,4}是/.test(text) && TASK_START.test(text.replace(/^当务之急[^，,；;。]{0,4}是/, ''))) ||
    // 六是实施…方案，…: an item of a numbered work list; 通过发展农村经济，继续增加…: a means, then the task.
    (TASK_START.test(text.replace(/^(?:[一二三四五六七八九十]+是|通过[^，,；;。]{2,16}[，,])/, '').slice(0, 8)) &&
      /^(?:[一二三四五六七八九十]+是|通过)/.test(text)) ||
    // 以体制创新推动科技创新, 以改革推动降低涉企收费: one clause setting a means to a work (a heading of
    // the report's list; it stays the paragraph's heading, quote-candidates.ts, so only its score falls).
    /^以[^，,。；;]{2,10}(?:推动|带动|引领|促进)[^，,。；;]{2,12}[。！]?$/.test(text) ||
    // 今后应当…, 今后要…: what is to be done from now on.
    /^今后[^，,。]{0,10}?(?:应当|应该|要|必须)/.test(text) ||
    // …，中央政府和省级政府要带头: who is to lead the way closes a duty laid down, an instruction.
    /[，,][^，,；;]{2,14}(?:要|必须|应当|应)(?:带头|率先垂范|作表率|做表率)[。！]?$/.test(text) ||
    // 向促改革要动力，…，努力做到结构调优而不失速: a clause setting a goal to reach makes it a work plan.
    /[，,；;](?:努力做到|力争)/.test(text) ||
    (clauses.length >= 3 && clauses.slice(1).every((c) => TASK_START.test(c)))
  );
}

/** The second clause of a judgement by a verb (…事关人民健康，…): categorical, or a duty drawn from it
 * that orders no task (必须管得严而又严, not 必须加快推进…). */
export function followsFrom(clause: string): boolean {
  return CATEGORICAL.test(clause) || (/^必须/.test(clause) && !TASK_START.test(clause.slice(2)));
}
