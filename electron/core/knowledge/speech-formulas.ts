// The formulas a local speech reads out, none of them a point to study: the call every speech closes on
// (`让我们以更加务实的作风…交出人民满意的答卷`; a couplet of figures opening it is offered without the
// call, trailing-maxim.ts), the duty owned (`抓好基层党建是我们的分内之事、应尽之责`, 表态), and the
// responsibilities listed and ordered carried out (`党政领导责任、部门监管责任…要层层落实到位`, a task
// whose subject is too long for sentence-tasks.ts to see).
import { KEY_TO_CLAIM } from './thesis-patterns.js';

const CLOSING_CALL = /^(?:同志们[，,！!]\s*)?让我们/;

const DUTY_OWNED = /是[^，,。；;]{0,8}(?:分内之事|应尽之责|职责所在|分内事)/;

const LISTED_DUTIES =
  /^[^，,。；;：:“]{2,12}(?:、[^，,。；;：:“]{2,12}){1,5}(?:都|也)?要(?:层层|逐级|切实|全面|真正|进一步)?(?:落实|压实|压紧|到位|健全|完善|加强|强化)/;

/** `打铁还需自身硬，这是我们常说的一句话，关键是…`: a line that remarks on the saying it just quoted. */
const SAYING_REMARKED = /[，,]这是[^，,。；;]{0,10}(?:常说|常讲|说过|讲过)的(?:一句)?(?:话|老话|俗话)/;

/** `森林防火是我镇安全工作的重中之重`, `招商引资是“一把手工程”`: a place's own work ranked first, a
 * priority set, not a point to study (the nation's 三农 是全党工作的重中之重 is a 论断 and stays). */
const LOCAL_PRIORITY =
  /^[^，,。；;]{2,12}是[^，,。；;]{0,12}?(?:(?:我|本|全)(?:县|市|镇|乡|区|村|局)[^，,。；;]{0,12}重中之重|“?一把手工程”?)[。！]?$/;

/** `抓落实，贵在一个“实”字`, `乡村振兴，干字当头`: the key word of the paragraph announced, a heading run
 * into the text (the point is in what follows it; 乡村振兴，关键在人 states it). */
const KEY_WORD_ANNOUNCED = /(?:一个[“"‘][\u4e00-\u9fff]{1,2}[”"’]字|[，,][\u4e00-\u9fff]字当头)[。！!]?$/;
/** `乡村振兴，干字当头`, `产业发展，项目为王`, `人居环境整治，贵在坚持`: a topic and a four-character
 * watchword (贵在坚持, 干字当头, 项目为王), a slogan on a banner, not a point to study. (`事业成败，关键在人`,
 * `乡村振兴，关键在人` name where the matter turns: maxims a teacher quotes, kept.) */
const WATCHWORD =
  /^[^，,。；;“”]{2,6}[，,](?:(?:贵|重|难|要|功|成|根本)在.{1,2}|.字当头|.{2}为(?:王|先|本|要|上)|.{2}(?:第一|优先))[。！!]?$/;

/** `公道正派是组工干部的立身之本`, `忠诚干净担当是新时代好干部的基本要求`: the standard a cadre is held
 * to, as every speech of its trade words it; `守住廉洁底线，是干事创业的前提`: the bottom line named as a
 * precondition. (`安全是发展的前提` is a thesis and stays: the precondition needs 守住…底线.) */
const CADRE_STANDARD =
  /^[^，,。；;]{2,12}是[^，,。；;]{0,10}(?:干部|党员|公务员)的(?:立身之本|立身之基|基本要求|基本素养|基本准则)[。！!]?$/;
const BOTTOM_LINE_PREMISE =
  /(?:守住|守好|守牢|坚守|筑牢)[^，,。；;]{0,8}底线[，,]?是[^，,。；;]{0,10}的(?:前提|基础|保障)[。！!]?$/;

/** `只要我们作风过硬，就没有干不成的事`, `只要我们上下一心、真抓实干，就没有克服不了的困难`: the rally every
 * speech sounds, its condition the hall's resolve and its promise that nothing can stop it. */
const RALLY =
  /^(?:(?:实践|事实)(?:证明|告诉我们)[，,])?只要我们[^。；;]{2,24}[，,]就(?:一定|没有|能够|一定能|必将)[^。；;]{2,24}[。！!]?$/;

/** `罗某同志用一生诠释了医者仁心`, `…要以罗某同志为榜样，…`: the praise a 先进事迹 meeting gives its model
 * and the call to learn from him, not the model's words nor a point to study. */
const EULOGY = /^[^，,。；;]{2,8}用(?:一生|生命|青春|实际行动)(?:诠释|践行|书写|谱写)了/;
const EMULATE = /要以[^，,。；;]{2,12}为榜样/;

/** `述职完毕，请予评议`, `以上发言，不妥之处请批评指正`, `以上报告，请审议`, `下面，我讲几点意见`, `我就讲这些`: the
 * procedure a speech, a 述职 or a 研讨发言 opens or closes on (its couplet shape is no thesis). */
const PROCEDURE =
  /^(?:(?:述职|汇报|发言|报告|讲话)完毕|以上[^。！]{0,12}[，,][^。！]{0,16}(?:请予?|敬请)(?:评议|审议|批评指正|指正)|(?:请予|敬请)(?:评议|审议)|[^。！]{0,16}请[^。！]{0,12}批评指正|(?:下面|接下来|借此机会|这里)[，,]?我(?:再|就)?(?:讲|谈|说)[^。！，,]{0,8}(?:意见|看法|体会|要求|方面)|我就讲这些|就讲这些)/;

/** `优化营商环境是一场攻坚战，也是一场持久战`, `乡村振兴是一篇大文章，需要一任接着一任干`: a task called a
 * battle, an essay or a project, as every local speech calls its work (the point, if any, comes after it). */
const STOCK_METAPHOR =
  /^[^，,。；;“”]{2,16}是一(?:场|篇|项|道|次)[^，,。；;“”]{0,6}?(?:攻坚战|持久战|硬仗|大文章|系统工程|必答题|大考|接力赛)(?:[，,](?:也|更|需要|必须|要|是)[^。！]*)?[。！!]?$/;
/** `项目建设是稳增长的“主引擎”`, `招商引资是经济工作的生命线`: a work named the engine or the lifeline of another,
 * as every local speech ranks its work (`纪律是党的生命线` judges no work, and stays). */
const WORK_ENGINE =
  /^[^，,。；;“”]{0,10}(?:建设|工作|招商引资|招商)是[^，,。；;]{0,10}的“?(?:主引擎|生命线|助推器|加速器|主战场|主阵地|总抓手|牛鼻子)”?[。！!]?$/;
/** `贯彻落实…精神，关键是要把…`, `…，关键是把党员带头作用发挥出来`: the key named as a task to carry out, the topic
 * sentence of an instruction (`农业现代化，关键是农业科技现代化`, `乡村振兴，关键在人` name what the matter turns on:
 * theses, kept; so does a claim of what can be done, `一颗辣椒也能撑起一个产业，关键是把标准立起来`: thesis-patterns.ts
 * KEY_TO_CLAIM). */
const KEY_AS_TASK = new RegExp(`^(?!${KEY_TO_CLAIM.source})[^。；;]{2,24}[，,]关键(?:是|在于?)(?:要|把)`);

/** `新的一年，任务艰巨，使命光荣`, `初心如磐，使命在肩`: the task and the mission said to weigh, four characters each,
 * the pledge a speech closes on before its call (nothing judged of a thing to study). */
const MISSION_PAIR =
  /^(?:[^，,。；;！!]{2,8}[，,])?(?:(?:任务|使命|责任|重任|初心|征程|前路|目标)(?:艰巨|光荣|在肩|如磐|重大|在前|已明|催人)[，,。！!]?){2,3}$/;

/** `越是困难越要迎难而上`, `形势越是平稳，越要警钟长鸣`, `越是任务繁重，越要保持攻坚的韧劲`: the more the moment is
 * hard, late, complex or calm, the more the hall must do — the stock resolve of a local speech, a task (a thesis
 * of who or where stays: `越是基层越要守纪律`, `越是管干部的人，越要接受监督`, `越是位高权重，越是要如履薄冰`). */
const MOMENT_RESOLVE =
  /^(?:[^，,。；;越]{0,8}(?:形势|任务|时间|压力|困难|风险|挑战|矛盾|工作))?越(?:是)?[^，,。；;越]{0,6}?(?:困难|落后|复杂|严峻|繁重|艰巨|紧迫|吃劲|紧|急|平稳|顺利|压力大|难度大|爬坡过坎|关键)(?:的时候|之时|时刻|关头|时)?[，,]?越(?:是)?(?:要|需要|应|应当|得|必须)/;

/** `越是群众急难愁盼的事，越要抢在前头办`, `越是企业反映强烈的问题，越要优先解决`: the more pressing a kind of matter,
 * the sooner it is to be done — an order of the work list, whatever the matter (round local28; a thesis of who, `越是管干部的
 * 人，越要接受监督`, stays). */
const MATTER_RESOLVE =
  /^越(?:是)?[^，,。；;越]{1,14}的(?:事|事情|事项|问题|项目|工作|任务|难事|诉求|矛盾)[，,]?越(?:是)?(?:要|需要|应|应当|得|必须)/;

/** `招商要“招大引强”，更要“招新引优”`, `安全监管要“严”字当头，更要“实”处着力`: a work given two watchwords in quotation
 * marks, the second raised by 更要 — a banner of the work list (`钱要花在刀刃上，更要花在…`, `廉政建设要靠教育，更要靠
 * 法制` say what it takes, in words of their own, and stay). */
const WATCHWORD_PAIR =
  /^[^，,。；;“”]{2,10}要[^，,。；;“”]{0,2}“[^”]{1,4}”[^，,。；;“”]{0,4}[，,]更要[^，,。；;“”]{0,2}“[^”]{1,4}”[^，,。；;“”]{0,4}[。！!]?$/;

/** `时间就是进度，速度就是效益`, `时间就是民心，速度就是口碑`: time and speed equated to a gain, the banner urging pace
 * (营商环境就是生产力 judges a thing and stays). */
/** `大家要算好政治账、经济账、家庭账…`: the people in the hall told what to do, whatever the verb or the figure. */
const HALL_TOLD = /^(?:大家|同志们[，,]?|各位同志[，,]?)(?:都|也|一定|务必|还)?要(?![求素害点])/;

const PACE_SLOGAN =
  /^(?:时间|速度|效率|进度)就是[^，,。；;]{1,4}[，,](?:时间|速度|效率|进度|效益|质量)就是[^，,。；;]{1,4}[。！!]?$/;

/** `成绩来之不易，是…坚强领导的结果，是…共同奋斗的结果`: the year's results credited as every report credits them; `社区工作
 * 千头万绪。`: a work said to have many threads, the lead-in of the point that follows it. */
const CREDIT_OWED = /^成绩来之不易|是[^，,。；;]{0,12}(?:坚强|正确)领导的结果/;
const MANY_THREADS = /^[^，,。；;]{2,10}千头万绪[。！!]?$/;
/** `一些地方文山会海、层层加码，看似…，实则…`: what goes wrong in some places, described — the diagnosis a commentary or
 * a speech opens its point with, not the point (`有的干部…` may be a speaker's labelled line: speech fixtures). */
const SOME_PLACES = /^(?:一些|有的|有些|个别)地方(?!党委|政府)/;
/** `报告很实在，句句说到老百姓心坎上。`: a delegate's praise of the report under discussion, not a point of his (a line on
 * what the report sets out, `报告提出的目标，既鼓舞人心，又切实可行`, names its matter and stays). */
const REPORT_PRAISED =
  /^(?:这个|这份|今年的)?报告(?:很|非常|十分|特别)?(?:实在|务实|提气|接地气|鼓舞人心|振奋人心|有温度)[，,。！!]|^(?:这个|这份)?报告[^，,。；;]{0,6}说(?:到|进)了?[^，,。；;]{0,6}心坎/;

export const isClosingCall = (text: string): boolean => CLOSING_CALL.test(text.trim());

/** Whether a sentence is one of these formulas. */
export function isSpeechFormula(text: string): boolean {
  const t = text.trim();
  return (
    isClosingCall(t) ||
    PROCEDURE.test(t) ||
    DUTY_OWNED.test(t) ||
    LISTED_DUTIES.test(t) ||
    SAYING_REMARKED.test(t) ||
    LOCAL_PRIORITY.test(t) ||
    KEY_WORD_ANNOUNCED.test(t)
  );
}

/** The formulas of a local speech or meeting report (an imported document, not the library's: a national
 * speech's `只要我们紧紧依靠…，就没有克服不了的困难` and `事业成败，关键在人` are picked there). */
export function isLocalFormula(text: string): boolean {
  const t = text.trim();
  return (
    WATCHWORD.test(t) ||
    CADRE_STANDARD.test(t) ||
    CREDIT_OWED.test(t) ||
    MANY_THREADS.test(t) ||
    REPORT_PRAISED.test(t) ||
    SOME_PLACES.test(t) ||
    BOTTOM_LINE_PREMISE.test(t) ||
    RALLY.test(t) ||
    EULOGY.test(t) ||
    EMULATE.test(t) ||
    STOCK_METAPHOR.test(t) ||
    MISSION_PAIR.test(t) ||
    WORK_ENGINE.test(t) ||
    KEY_AS_TASK.test(t) ||
    MOMENT_RESOLVE.test(t) ||
    MATTER_RESOLVE.test(t) ||
    WATCHWORD_PAIR.test(t) ||
    PACE_SLOGAN.test(t) ||
    HALL_TOLD.test(t)
  );
}
