// The cues of the sentence before a 他/她 that say who it is (pronoun-speaker.ts): an official's visit and his
// exhortations, a host's briefing, a chair, one accompanied, a talk with common folk or with a group.
import { ROLE } from './post-role.js';

/** `他勉励企业，`, `她叮嘱…`: words only the official who visits gives, not those he meets. */
export const EXHORTS = /^[”’\s]*[他她](?:还|也|又)?(?:勉励|叮嘱|嘱咐)/;
/** A visit's sentence (`到安平县调研`, `走进村民家中`): its one named subject is the visitor, whom those
 * who go with him (`陪同调研`, `参加调研`) are not. */
export const VISIT = /(?:到|赴|在)[^，,。；;“”]{1,16}?(?:调研|考察|检查|视察)|走进|来到|深入|察看|看望|走访/;
export const NOT_VISITOR = /陪同|随同|参加调研|一同|一起/;
/** `企业负责人杨光明介绍了新生产线的建设进度。`: a host briefing the visitor, who is the one that then
 * exhorts (`他叮嘱企业负责人：`); the host does not exhort his visitor. */
// (Under a post of the place visited, `村党支部书记某某`, `企业负责人某某`: `老党员某某介绍了…` may go on exhorting.)
export const BRIEFS = new RegExp(
  `^(?:[^，,。；;“”]{1,20}[，,])?(?:${ROLE})[\\u4e00-\\u9fff]{0,3}?(?:介绍|汇报)了?(?!工作)[^。；;“”]*[。！]?$`,
);
export const HEARS = /听取|听了|听完/;
/** `县长林晓东汇报了全县产业发展情况。`, `段志坚通报了…`: one who briefs the visitor or the meeting's chair. After it, a
 * 他 that 强调/指出 may be either of the two: not certain (only an exhortation is the visitor's). `王立新介绍，…`,
 * `吕晓明汇报说，…` are his own words told, no briefing. */
export const BRIEFING =
  /^(?:[^，,。；;“”]{1,20}[，,])?[^，,。；;“”]{0,12}?(?:汇报|通报|介绍)了?(?![，,：:]|说)[^。；;“”]*[。！]?$/;
/** `驻村第一书记黄海鹏介绍了村里发展庭院经济的做法。`: an attendee sharing what he did takes his turn, no briefing. */
export const SHARES = /介绍了[^。；;“”]{0,24}?(?:做法|经验)[。！]?$/;
/** `罗振华在县委书记陶明辉陪同下察看了…`: the one accompanied is the subject; who goes with him is not the next 他 who
 * 强调 or 指出 (an official's verbs: the folk he talks with are not reported so). */
export const ACCOMPANIED = /在[^，,。；;“”]{1,20}?陪同下/;
/** `市委书记柏长青来到河湾镇，听取了方明亮关于…的汇报。`: the one whose briefing the subject heard, named inside it, is no
 * more the next 他 who 强调 or 指出 than a companion (round speech59: one who hears a briefing is no briefer). */
export const BESIDE_SUBJECT = new RegExp(`${ACCOMPANIED.source}|听取了?[^，,。；;“”]{2,30}?汇报`);
/** `县委书记方志勇陪同。`, `市领导周宏斌陪同调研。`: who went with the visitor, told alone after the visit; the next 他 who
 * 强调/指出 is still the visitor (as after `在…陪同下`), any other 他 not certain. */
export const COMPANION_ONLY = /^[^，,。；;“”]{2,30}?陪同(?:调研|检查|考察|视察)?[。！]?$/;
export const STRESSES = /^[”’\s]*[他她](?:还|也|又)?(?:强调|指出|要求)[：:，,]/;
/** `县委书记邵建华主持会议并讲话。`: the meeting's chair, whom a later briefing does not make the next 他. */
export const CHAIRS = /主持(?:会议|召开|座谈)/;
/** `与委员互动交流`, `与代表们深入交流`, `同学生们亲切交谈`: a subject talking with a group nobody in which is named;
 * had one of them spoken next, the report would name her (`委员景晓燕说`): `她表示` is the subject. */
export const WITH_GROUP =
  /[与同和跟](?:委员|代表|学生|师生|青年|群众|居民|村民|职工|企业家|专家|商户|窗口工作人员)们?(?:代表)?(?:进行)?(?:互动|深入|亲切|座谈)?(?:交流|交谈)(?:互动)?[。！]?$/;
/** `看望了入住老人。`, `慰问困难群众。`: folk the subject calls on, who a report would name had one spoken next; a 他/她 who
 * 强调/指出/要求 after it is the subject. */
export const CALLS_ON_FOLK =
  /(?:看望|慰问|探望)了?[^，,。；;“”]{0,10}?(?:老人|群众|村民|居民|困难户|患者|官兵|留守儿童)们?[。！]?$/;
export const SPEAKS = /^[”’\s]*[他她](?:还|也|又)?(?:表示|说|指出|强调|认为)[：:，,]/;
/** 他/她 speaking after the subject talked with a group, or 强调/指出/要求 after he called on folk: the subject. */
export const speaksAfterFolk = (s: string, before: string): boolean =>
  SPEAKS.test(s) && (WITH_GROUP.test(before) || (STRESSES.test(s) && CALLS_ON_FOLK.test(before)));

/** `他说：` after the named subject chats with villagers or holds an old man's hand (`同正在打扫院落的村民拉家常`,
 * `拉着老人的手，仔细询问…`): people met as common folk, who a report would name (`村民老王说`) if they
 * spoke next. A 负责人 or a 书记 he talks with may answer: not these. */
export const SAYS = /^[”’\s]*[他她](?:还|也|又)?(?:笑着|动情地|深情地|亲切地)?说[：:，,]/;
export const CHATS_WITH_FOLK =
  /(?:同|与|和|跟)[^，,。；;“”]{0,12}?(?:村民|群众|居民|乡亲|老人|农户|老乡|果农|菜农|农民|渔民|牧民)们?[^，,。；;“”]{0,6}?(?:拉家常|唠家常|话家常|聊家常|围坐|交谈|攀谈)|拉着[^，,。；;“”]{0,8}?(?:村民|群众|居民|乡亲|老人|老乡)的手/;
