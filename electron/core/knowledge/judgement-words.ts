// The words of a judgement (aphorism in sentence-style.ts): what it names a thing as, the verbs
// that judge without a copula, and the shapes that look like a judgement but tell a fact.

/** 现代化建设和改革开放是极其宏伟艰巨的事业: how great or hard a task is, said alone, opens a
 * paragraph whose point follows (只有…才能…); it says nothing of the task itself. So does a
 * pair of such words without a degree (…是一项长期而艰巨的任务, 历史交给我们的任务是伟大而艰巨的)
 * and one alone closing the sentence on 的 (我们的任务是光荣而艰巨的). */
const SIZE_WORD = '(?:宏伟|艰巨|重要|繁重|复杂|艰难|困难|深刻|伟大|光荣|严峻|紧迫|重大|巨大|薄弱|自然|长期|持久)';
/** (根本解决“三农”问题，是一项长期而艰巨的任务: the subject may be set off by a comma.)
 * …，需要坚持不懈的努力; …，是人民的殷切期望: a clause after the size of a task that only says it
 * takes effort or is wished for. */
const SIZE_TAIL = '(?:[，,](?:需要|要靠|(?:也)?是[^，,；;。]{0,8}(?:期望|期盼))[^，,；;。]{0,16})?';
export const APPRAISAL = new RegExp(
  '^[^是，,；;]+[，,]?是(?:一[项场个件种])?(?:' +
    `(?:极其|极为|十分|非常|很|相当|异常)(?:(?:而又|而且|而|又|和|、)?${SIZE_WORD})+` +
    // (新格局的形成将是长期的、复杂的过程: the pair may be set apart by 、, or by 的 alone: 改革是一个
    // 长期的复杂的实践过程.)
    `|${SIZE_WORD}(?:而又|而|的?、|的)${SIZE_WORD}` +
    `)的(?:实践|历史|发展)?(?:事业|任务|工作|问题|过程|环节|斗争|成就|原则|现象)${SIZE_TAIL}[。！]?$` +
    `|^[^是，,；;]+是${SIZE_WORD}(?:(?:而又|而且|而|又|和|、)${SIZE_WORD})?的[。！]?$`,
);

/** 我们面临的任务艰巨而繁重，我们肩负的责任重大而光荣: the size of the task (and of the duty) said without
 * a copula, clause by clause: the formula a report closes on, not a judgement; so is the dignity of the
 * mission said the same way (我们的使命崇高而神圣). */
const DUTY_SIZE = `(?:${SIZE_WORD}|崇高|神圣)`;
export const TASK_SIZE = new RegExp(
  `^(?:[^，,；;是]{2,10}${DUTY_SIZE}(?:而又|而且|而|又)${DUTY_SIZE}[，,；;]?)+[。！]?$`,
);

/** …，是在…的基础上提出来的: where and how a thing arose. */
export const ARISEN = /是在[^。！]{2,40}(?:提出|形成|产生|发展|建立|确立|制定)(?:来|出来|起来)?的[。！]?$/;

/** What a judgement names a thing as (之本, 基石, 必由之路). */
export const KEY_NOUN =
  /(之本|之源|之基|之魂|基石|生命|灵魂|血脉|根基|根本|前提|首要任务|根本力量|生命线|必由之路|关键抉择|第一要务|本质要求|内在要求|应有之义|红利|旗帜|保障|支撑|长远大计|最大|最彻底|本分|失职|关键所在|本质特征|强大动力|法宝|精髓|源泉|总趋势|根本大计|基本国策|重中之重|头等大事|要害|后盾|唯一出路|伟大创举|保证|支柱|共同愿望|必不可少|不竭动力|伟大创造|历史潮流|精神命脉|活动准则|精神家园|基本立足点|大势所趋|人心所向)/;
/** A judgement verb after a subject without a sentence break (决定着, 关系到, 取决于). */
export const JUDGE_VERB =
  /^[^，,；;：:]{2,16}(?:决定着(?!手)|关系到|关系着|取决于|有赖于|离不开|事关|系于|符合[^，,；;：:]{0,8}根本利益)/;
/** A clause that judges without exception (…是绝对没有出路的, …是绝对不能容忍的). */
export const CATEGORICAL = /^[^，,；;要]{1,8}是绝对(?:没有|不)[^，,；;]{1,8}的[。！]?$/;
/** 农业的根本出路在科技, 新型城镇化的核心在人: where the root (the core, the crux) of a matter lies
 * (问题的关键在于，要…: 在于 with nothing after it is half a sentence, its 于 no complement). */
export const ROOT_LIES =
  /^[^，,；;：:要]{2,10}的(?:根本|核心|关键|症结|要害)(?:出路|途径|办法|动力|所在)?在于?(?!于)[^，,；;：:]{1,10}[。！]?$/;
/** 社会主义民主和社会主义法制不可分割, 香港、澳门与祖国休戚相关、荣辱与共: two things judged bound
 * together (a relation, not a report of either). */
export const BOUND_TOGETHER =
  /^[^，,；;]{2,20}(?:与|和|同)[^，,；;]{1,14}(?:休戚与共|荣辱与共|命运与共|息息相关|血脉相连|骨肉相连|唇齿相依|休戚相关|紧密相连|密不可分|不可分割|相辅相成|相互依存)[^，,；;]{0,6}[。！]?$/;
/** 集众智汇众力，一定能跑出…, 人民群众身心健康…，国家必将生机勃勃: what will surely follow from the
 * conditions before (not a belief the speaker declares: 我们相信，…一定能…). */
export const CONVICTION =
  /^(?![^，,]*(?:相信|坚信|希望))[^；;]*[，,][^，,；;]{0,8}(?:必将|必定会?|(?:就)?一定(?:能够?|会))[^，,；;]{2,16}[。！]$/;
/** 我们坚信，祖国的完全统一大业一定能够早日实现: the speaker's firm belief (坚信, 深信: not the hope of
 * 相信 or 希望) that the nation's cause — its unity, its renewal, its road — will surely be achieved,
 * short enough to be remembered (a long one lists its conditions: 我们坚信，在…领导下，高举…，一定能够…;
 * 我们坚信，香港、澳门一定能够…, …开创更加美好的未来 are a report's routine wishes). */
export const BELIEF =
  /^我们(?:坚信|深信|坚定地相信)[，,](?=[^；;]{6,46}[。！]$)(?=[^；;]*(?:统一|复兴|道路))[^；;]*(?:必将|必定|一定(?:能够?|会))[^；;]{2,30}[。！]$/;
/** 推进农业现代化，改革是关键: an activity named, then what is key or basic to it (group 1: what is
 * key). */
export const TOPIC_KEY = /^[^，,；;]{2,14}[，,]([^，,；;是]{1,8})是(?:关键|根本|前提|核心|基础)[。！]?$/;
/** 构建和谐社会，最重要的是加强民主法制建设，…: what matters most to the activity named first, the
 * speaker's own ranking (最), a thesis even when what matters is one more task. */
export const TOPIC_MOST = /^[^，,；;是]{2,14}[，,]最(?:重要|根本|关键|要紧)的(?:是|就是|在于)[^；;]{2,36}[。！]?$/;
/** 社会主义民主政治的本质和核心，是人民当家作主, 马克思、恩格斯的伟大历史功绩，在于把社会主义从空想变成
 * 科学: what a thing's essence, core or merit is (or lies in), said of the thing named. */
export const CORE_JUDGED =
  /^[^，,；;]{2,16}的(?:[^，,；;的]{0,4}(?:功绩|意义|价值|优越性)|(?:本质|核心|实质|精髓|要义)(?:[和与](?:本质|核心|实质|精髓|要义))?)[，,]?(?:就是|是|在于)/;
/** A first clause that judges its subject with a copula (X是…, X就是…). */
export const FIRST_JUDGED =
  /^[^，,；;]{2,16}(?<!特别|尤其|还|或|但|于|凡|总|只|也|都|正|要|而|实事求|无论|不论)(?:是|就是|乃是|才是|说到底还?是)/;
/** 国有企业、民营企业、外资企业都是…力量, 各类市场主体都是…建设者: things listed, or every one of a
 * kind, judged together by 都是 (a bare 都 after one subject stays out: 大家都是…, 这些都是…). */
export const ALL_JUDGED =
  /^(?:(?:[^，,；;、]{2,8}、)+[^，,；;、]{2,8}|(?:各类|各种|各个|各级|所有)[^，,；;、]{2,12})都是/;
/** 健全的市场机制，有效的宏观调控，都是…: short things set apart by commas, judged together. */
export const LISTED_JUDGED = /^(?:[^，,；;、]{2,8}[，,])+[^，,；;、]{2,8}[，,]都是/;
/** 土地承包经营权、宅基地使用权、集体收益分配权是…: things listed and judged by one copula, however
 * long the list (FIRST_JUDGED takes a subject of up to 16 characters). */
export const LIST_JUDGED = /^(?:[^，,；;、是]{2,10}、)+[^，,；;、是]{2,10}(?:都)?是/;
/** 任何人都不能侵犯, 必须倍加珍惜: a duty without exception, following a definition. */
export const DUTY = /^(?:任何[^，,；;]{1,8}都(?:不能|不得|不可)|必须倍加|(?:全社会|人人|我们)都(?:必须|要))/;
/** 不负人民重托, 不辱历史使命, 有信心有能力: the pledge a speaker makes in his own name (the 表态 that
 * closes a part of a report), as categorical as 决不辜负. */
export const PLEDGE =
  /不负[^，,；;]{0,6}(?:重托|期待|厚望|嘱托)|不辱[^，,；;]{0,4}使命|有信心、?有能力|完全有(?:信心|能力)/;
/** 只能实行适度消费，不能提倡高消费, 只能用来为人民谋利益，绝不能…: what alone may be done set against
 * what may not, in one sentence of up to 50 characters: a principle, not a task. */
export const MUST_NOT =
  /^(?=[^。！]{0,48}[。！]?$)[^；;]*只能[^；;，,]{2,20}[，,](?:而|也)?(?:决|绝)?不(?:能|可|得|允许)/;
/** 一个地方的营商环境好不好，直接关系到…; 干部作风实不实，决定着…: a subject asked whether it is so or
 * not (A不A), then said to decide or bear on something, is a thesis however long its second clause; so
 * is one whose answer is said to lie in something (干部能力强不强，关键看…; 发展得好不好，干部作风是关键变量;
 * 理论学得好不好，最终要看解决实际问题的成效; 发展快不快，看项目, the bare 看 of a couplet). */
// (Round local28: asked of a word of two characters, 干不干净, 清廉不清廉, or with 有没有; answered by who knows best,
// 群众看得最清楚, 家里人最清楚, 群众和企业心里有本账, or by what it is not judged on, 不看开了多少会…而要看….)
export const WHETHER_JUDGED =
  /^[^，,；;。]{2,16}(?:(?<asked>[\u4e00-\u9fff])不\k<asked>[\u4e00-\u9fff]?|(?<asked2>[\u4e00-\u9fff]{2})不\k<asked2>|有没有[^，,；;。]{1,6})[，,](?:最终|归根到底)?(?:直接|很大程度上|往往|首先)?(?:决定着?|关系到|关系着|取决于|事关|关乎|影响着|关键(?:要|就)?(?:看|在于?)|主要看|(?:要|就|得)?看|[^，,；;。]{2,10}是(?:关键|根本|前提|基础)|[^，,；;。]{1,8}(?:最清楚|最明白|最有发言权|看得最清楚|说了算|心里有(?:一)?(?:本|杆)?(?:账|秤))|(?:而)?不(?:能只?|只)?看[^，,；;。]{1,16}[，,](?:而|更|还)?要看)/;
/** 再好的蓝图，不抓落实就是一纸空文; 制度定得再好，不执行就是一张废纸: a thing granted the best, then judged
 * worth nothing without the one thing that makes it count, is a thesis on that thing, not a task. */
export const EVEN_THE_BEST =
  /^(?:[^，,；;。]{0,10}再[^，,；;。的]{1,4}的[^，,；;。]{1,8}|[^，,；;。]{2,12}再[^，,；;。的]{1,2})[，,](?:如果|若是?)?(?:不|没有?)[^，,；;。]{1,10}(?:就是|也是|也只是|只能是|终究是|都是|就会|也会)[^，,；;。]{2,12}[。！]?$/;
/** 营商环境就像空气，企业时时刻刻都能感受到: a subject likened to a thing, then what that says of it,
 * is a judgement (a figure the speaker draws), not a task. */
export const LIKENED =
  /^[^，,；;。！]{2,12}(?:就像|好比|犹如|如同|就好比|就如同)[^，,；;。！]{1,8}[，,][^，,；;。！]{4,20}[。！]?$/;
/** 优化营商环境只有进行时，没有完成时; 营商环境没有终点，只有新的起点: a subject said to have only the
 * one and never the other, two short clauses (the antithesis local speeches close a part on), is a
 * judgement of the subject, not an order to do it. */
export const ONLY_NOT =
  /^[^，,；;。！]{0,12}?(?:只有|没有)[^，,；;。！]{1,6}[，,](?:而|也|却)?(?:只有|没有)[^，,；;。！]{1,8}[。！]?$/;
/** 安全生产只有起点没有终点: the same said without the comma, its two short members of one length (not
 * 全县只有三个乡镇没有完成, a count). */
const ONLY_NOT_BARE = /^[^，,；;。！]{0,12}?(只有|没有)([^，,；;。！]{2,4})(只有|没有)([^，,；;。！]{2,4})[。！]?$/;
export const onlyNot = (text: string): boolean => {
  const m = /(只有|没有)[^，,；;。！]{1,6}[，,](?:而|也|却)?(只有|没有)/.exec(text);
  if (ONLY_NOT.test(text) && m !== null && m[1] !== m[2]) return true;
  const b = ONLY_NOT_BARE.exec(text);
  return (
    b !== null && b[1] !== b[3] && b[2]!.length === b[4]!.length && !/[一二两三四五六七八九十几个]/.test(b[2]! + b[4]!)
  );
};
/** 作风建设没有局外人，每一名党员干部都是责任人; 安全生产没有旁观者，人人都是责任人: nobody stands outside
 * the subject, everyone is in it — a subject judged by its negation and its universal, a couplet. */
export const NONE_BUT_EVERY =
  /^[^，,；;。！]{2,12}没有[^，,；;。！]{2,5}[，,](?:每一?[名个位户]|人人|个个)[^，,；;。！]{0,10}?都(?:是|有)[^，,；;。！]{2,10}[。！]?$/;
/** 我国经济社会发展的基本面和长期向好的趋势没有改变: a state of things judged not to have changed. */
export const UNCHANGED = /^[^，,；;]{6,30}(?:没有|并未|不会)(?:改变|变)[。！]?$/;
