// A leader's post before his name (`省委书记`, `市委副书记、市长`, `董事长`; a team's `团长`, `驻村工作队队长`, a
// `网格员`, a `学生代表` speaking for a group): read by the import's head
// and lead patterns (content/title-patterns.ts) and by the knowledge layer's speaker rules.
// (`村支书`, `老支书`: a village secretary as people call him.)
// (The title word a post ends on, and at most 24 Han characters or 、 before it: role-scan.ts relies on that.)
export const TITLE_WORD =
  '书记(?!处)|(?<=[村老])支书|市长|区长|县长|省长|主任|部长|总理|主席|局长|(?<!公)司长|处长|科长|科员|委员长|秘书长|厅长|院长|校长|检察长|镇长|乡长|(?<![公万千百])里长|行长|社长|会长|理事长|董事长|经理|(?<=[厂矿馆]|(?<![市广现商立会])场)长|政委|团长|队长|队员|站长|所长|组长|网格员|研究员|工程师|负责人|常委(?!会)|(?:学生|学员|职工|党员|青年|教师|村民|网格员|获奖)代表';
export const ROLE = `(?:[\\u4e00-\\u9fff、]{0,24}?(?:${TITLE_WORD}))`;

/** Whom an official exhorts (`勉励合作社，`, `叮嘱企业，`): people at large, or a body named by the kind of body it
 * is — the ending says so, not a list of names. */
// (`叮嘱经营户，`: those who keep a shop or a farm, by the 户 they are.)
export const ADDRESSED_BODY =
  '(?:合作社|协会|商会|企业|公司|工厂|车间|园区|基地|学校|医院|社区|村|班子|团队|经营户|商户|农户|养殖户)';

/** A seat at a 人代会, 党代会 or 政协 session before or after a name: `代表`, `委员`, `港区全国人大代表`, `省政协委员`. */
export const SEAT = '(?:[\\u4e00-\\u9fff]{0,8}?(?:人大|政协|党))?(?:代表|委员)';

/** A calling before a name (`青年医生柏雪梅`, `村医段福林`, `护士长阮春梅`, `市委党校教授葛静怡`, `退役军人冯志勇`): no post, but it fixes where
 * the name starts. */
// (`县委党校讲师蒋文斌`, `快递小哥曾宪斌`, `外卖骑手伍志刚`, `社区工作者谭丽君`: the callings a 宣讲团 or a 座谈会 of new trades names;
// `中国科学院院士蒋华明`, `首席技能专家覃永强`: a 委员通道's or 代表通道's.)
export const OCCUPATION =
  '(?:医生|教师|村医|护士长?|民警|律师|农技员|快递员|(?:副)?教授|(?:高级)?讲师|退役军人|(?:快递|外卖)(?:小哥|骑手)|社区工作者|院士|技能专家|村民(?!代表))';

/** A person named by the trade he works at, by its ending, not by a list of trades: `数控车工`, `电焊工`, `护林员`,
 * `驾驶员`, `生猪养殖户`, `外卖骑手`, `非遗传承人`, `工匠`, `护士`, and `司机`. What ends so and names no person — a
 * trade's work (化工, 施工), a deed (携手, 落户, 动员), a thing (门户, 巴士), a legal person (法人), a 兵团 division
 * (第一师) — is none; nor is a newsroom's `记者`, `通讯员` or `评论员`, who writes the page and says nothing on it, nor
 * a transcript's role (`主持人`, `发言人`, `主讲人`, `发布人`: transcript-turns.ts reads those labels). */
export const TRADE =
  '(?:(?!' +
  '党员|化工|加工|施工|竣工|开工|复工|动工|完工|停工|务工|用工|分工|手工|做工|打工|招工|返工|讯员|论员|动员|满员|减员|裁员|增员|全员|携手|' +
  '联手|入手|着手|接手|出手|动手|放手|双手|人手|门户|窗户|账户|开户|落户|入户|过户|万户|挨户|每户|巴士|的士|贴士|法人|持人|言人|讲人|' +
  '布人|本人|他人|众人|为人|做人|前人|后人|世人|国人|人人|古人|记者|编者|读者|或者|再者|前者|后者|两者|' +
  '[一二三四五六七八九十百\\d]师)[\\u4e00-\\u9fff][工员师匠手户士人者]|司机)';

/** `返乡创业青年邱海涛说`, `大学生村官龙晓燕说`, `新型职业农民蓝国栋说`, `返乡大学生覃小雨认为`: callings a 座谈会 names its
 * attendees by (no post, no trade's ending). */
// (`网店店主黄晓丽`, `返乡创业青年韦志鹏`: those who start a business, a 座谈 with young founders; the subject a next 他/她 is,
// pronoun-subject.ts, as 大学生村官 is not — speech64h's 周明杰 is no subject of the 她 after him; a shop's or a stall's
// keeper, `小吃店店主`, `水果摊摊主`, by the ending, as a 座谈 with 个体工商户 names them.)
export const FOUNDER = '(?:返乡)?创业青年|[\\u4e00-\\u9fff]{1,2}(?:店店|摊摊)主|电商主播';
export const YOUNG_CALLING = `${FOUNDER}|大学生村官|返乡大学生|新型职业农民`;

/** `八十五岁的老党员王德顺说：`, `退伍军人赵志刚说：`, `种粮大户石永福`: no post, but a standing a report names him by, which
 * fixes where the name starts (narrated-names.ts); `SENIOR` also says who a sentence's subject is
 * (pronoun-subject.ts). */
// (`种粮大户石永福`, `养殖大户…`: one farming at scale, by what he grows or raises.)
export const SENIOR = '老党员|退伍军人|老红军|老战士|老干部|志愿者|退休教师';
// (`报告人、罗海军的妻子黄晓梅说：`: one of the family, who relays a hero's life at a 先进事迹报告会.)
export const KIN = '妻子|丈夫|爱人|女儿|儿子';
export const STANDING = `${SENIOR}|[\\u4e00-\\u9fff]{2}大户|${YOUNG_CALLING}|${OCCUPATION}|${KIN}`;

/** A calling a 发言摘登 byline may give instead of a post (`红岩村种粮大户　罗长贵`, `返乡创业青年　唐小川`, `市机床厂数控车工
 * 龙海波`): a person word or a trade; a newsroom's `记者` or `编辑` is none. */
export const CALLING = `(?:[\\u4e00-\\u9fff、]{0,16}?(?:${OCCUPATION}|${TRADE}|老师|党员|村民|居民|农民|工人|职工|干部|专家|学者|企业家|大户|青年|志愿者))`;

/** `“百姓名嘴”、老支书蓝德胜`: the name folk give someone, in marks, before his post or standing. */
export const EPITHET = '“[^“”，,。]{2,6}”、';

/** `第一位走上“代表通道”的是…`: the first (second, …) to come up at a 代表通道 or a 座谈会, named after it. */
export const FIRST_UP = '第[一二三四五六七八九十]位[^，,。：:；;]{0,16}?的是';

/** A post written after the name (`區志強局長`, `梁詠詩副局長`), as Hong Kong, Macau and Taiwan reports write it. */
export const POST_AFTER_NAME =
  '(?:常务副|副)?(?:书记|局长|司长|部长|主任|主席|省长|市长|县长|区长|厅长|处长|院长|校长|议员|会长)';

/** `谈起…，`, `说起自己的…，`: the topic words answer, between them and the post and name that frame them. */
export const TOPIC_CLAUSE = '(?:谈起|说起|谈到|说到|提起|回忆起|回想起)[^，,。！？；“”]{1,20}[，,]';
