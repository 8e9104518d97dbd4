// The words that say a sentence before a 他/她 is about someone besides its named subject (pronoun-speaker.ts): people
// named without a name, people met, joined or given to; and the people named as a whole, who never are the 他.
/** People the sentence names without a name, who could be the one speaking next. */
export const OTHER_PEOPLE =
  /老党员|村民|居民|群众代表|户主|老人|大爷|大妈|大娘|阿姨|师傅|孩子|同学|学生|职工|工人|农民|医生|护士|教师|老师|代表|专家|学者|负责人|企业家|董事长|总经理|记者|干部|嘉宾|客人|外宾|双方|对方/;
/** People named as a whole (`各级领导干部`, `广大农民`, `全体党员`, `职工们`, those he `对新任职干部提出…希望`, where they are,
 * `搬到了居民的家门口`): never the one 他/她 is. */
export const COLLECTIVE = new RegExp(
  `(?:${OTHER_PEOPLE.source})(?=的(?:家门口|身边|心坎|心里))|(?:各级|广大|全体|全[县市省区镇乡国]|各地|所有|各位|每一?[名位])[^，,。；;、\\s“”]{0,6}?(?:${OTHER_PEOPLE.source})|(?:${OTHER_PEOPLE.source})们|(?<=对)[^，,。；;、\\s“”]{0,6}?(?:${OTHER_PEOPLE.source})(?=提出|寄予)|(?<=带领|带着)(?:全村|全镇)?(?:${OTHER_PEOPLE.source})(?=[修种建办发走脱致])`,
  'g',
);
/** A meeting, a visit or a call: the sentence is about a second party too, who may be one the
 * name lists do not know (`会见美国总统拜登`), so the next 他 could be either. */
export const MEETS_SOMEONE =
  /会见|会晤|会谈|接见|看望|慰问|拜访|探望|致电|通电话|致信|复信|回信|握手|交谈|陪同|问候|与(?!会)/;
/** A second subject joined to the first (`郑海川和阿依古丽一起…`), whatever his name. */
export const WITH_SOMEONE = /^[和同跟及、与]/;
/** Words whose object is mostly a person (`向阿依古丽了解`, `给…颁发`, `交给…`), whatever his name. */
export const TOWARD_SOMEONE = /向|给|交给|授予|颁发/;
/** 向/给 inside a word that takes no person (`经济回升向好`, `方向`, `面向未来`, `供给侧`, `给予肯定`). */
export const NO_PERSON_TOWARD =
  /[向给为]大家|[方面走导趋倾转指取去动一意志双单定横纵流风偏]向|向(?:好|纵深|往|心)|[供补配自]给|给予了?(?:充分|高度)?(?:肯定|评价|支持)|向[^，,。；;“”]{0,12}?(?:模范|劳模|集体|个人|单位|同志们?|党员|干部|职工|群众|人员|工作者|家属)们?(?:表示|致以)/g;
// (`向受表彰的劳动模范表示热烈祝贺`: greetings to people named as a whole, none of whom is the next 他; `给大家讲述了…`.)
