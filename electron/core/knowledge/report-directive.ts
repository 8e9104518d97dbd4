// What a local meeting report gives as a leader's words is mostly the work list read out to the hall:
// `各级干部要拿出…的劲头`, `全镇上下务必…`, `政协委员要围绕中心…`, `县委将一如既往支持…`,
// `希望县里多给些指导`. Quoted or retold, each is a task set for the people in the hall, a body's pledge
// (表态) or a request, not a point to study: a 会议报道 keeps none of them as a 金句, ranked or filled.
// (A thesis said to the same people stays: 越是基层越要守纪律, 村里的事，党员带头干，群众就跟着干.)
// The report fill also leaves out a retold point that closes on a directive (closesOnDirective).

/** Who a directive is addressed to: every unit or level (各级…, 各乡镇…, 各村), a whole place's
 * people (全县干部, 全镇上下, 全市各级党组织), the members of a body (政协委员, 人大代表, 党员干部) or one
 * office of the place (县发展改革局, 镇应急办). */
const ADDRESSEE =
  '(?:各(?:级|地|县|市|区|乡|镇|村|部门|单位|街道|社区|党组织|企业)[^，,。；;：:“”]{0,12}?' +
  // (`全省要坚定不移推进…`: the whole place, bare.)
  '|全(?:省|市|县|区|镇|乡|村)(?:上下|[^，,。；;：:“”是]{0,10}?(?:干部|党员|党组织|部门|单位|同志))?' +
  '|[^，,。；;：:“”是]{0,6}?(?:委员|代表|干部|党员|同志|负责人|河长|书记)(?:们)?' +
  // (`县委理论学习中心组成员要带头学…`: the members of a body, whatever its name's length.)
  '|[^，,。；;：:“”是]{2,12}?成员' +
  // (`县发展改革局要牵头…`, `市政府各部门要…`: one office of the place, or its departments, named.)
  '|(?:县|市|区|镇|乡)[^，,。；;：:“”是]{1,10}?(?:局|办|委|部门|部|单位|中心|站|所)' +
  // (`宣传思想工作要把…讲清楚`: a line of work told what it is to do.)
  '|[^，,。；;：:“”是]{2,8}?工作)';

/** The duty set: 要 (not 要求/要素/要害), 务必, 必须, 一律, 不得. */
const DUTY = '(?:都|也|还|更)?(?:要(?![求素害点])|务必|必须|一律|不得|应当)';

/** A clause that opens on the addressee and sets the duty (`…，各级干部要拿出…`). */
const ADDRESSED_CLAUSE = new RegExp(`(?:^|[，,；;])${ADDRESSEE}${DUTY}`);

/** A sentence that opens on a unit or level and sets a duty later on (`各乡镇主要负责同志是第一责任人，
 * 清明前后要坚守岗位`): the whole sentence is said to them. */
const OPENS_ON_UNITS =
  /^各(?:级|地|县|市|区|乡|镇|村|部门|单位|街道|社区)[^。！]*?(?:要(?![求素害点])|务必|必须|一律|不得)/;

/** A body's pledge: `县委将一如既往…`, `镇里将对每个村…`, `我们将继续…`, `市政府将坚持稳中求进…`, `下一步将重点抓好…`. */
const PLEDGE =
  /(?:^|[，,；;])[^，,。；;：:“”]{1,10}?将(?:重点|一如既往|坚持|继续|进一步|全力|坚决|认真|积极|始终|紧紧|围绕|紧扣|不断|持续|按照|加快|抓紧|聚焦|对|把|在|以|为)/;

/** `会议精神要在第一时间传达到每一个部门`: the hall told to pass the meeting on, its own proceedings. */
const PASS_ON = /(?:会议|全会|讲话)精神[^。；;]{0,16}(?:传达|贯彻|落实)/;

/** `谋划明年工作，要坚持…`, `做好下半年经济工作，要…`: the work named, then what it takes — an item of the
 * work list under its heading (`企业家是宝贵财富，要…` judges first and stays; `推进乡村全面振兴，必须把确保粮食安全
 * 摆在首位` names what comes first, a plain instruction a report keeps). */
const TASK_THEN_DUTY =
  /^(?:谋划|做好|抓好|推进|推动|贯彻|落实|实现|完成|打好|办好)[^，,。；;]{1,14}[，,](?:都|也|就|更)?要(?![求素害点看由靠让])/;

/** Carrying out what was just said (`我们一定要认真贯彻落实`), a will to join in (`我们愿意和村集体一起…`). */
const CARRY_OUT = /贯彻落实[。！]?$|^我们愿意/;

/** A request made to the meeting (`希望县里多给些指导`, `希望大家…`). */
const REQUEST = /(?:^|[，,；;])(?:我们|大家)?希望/;

/** `代表杨秀兰建议，县里加大对…的投入`, `韦红梅建议，县里进一步简化…手续`: what a guest asks the county or the town to
 * do, its frame cut off (no 希望 left to mark it): the authority asked opens the words, then the thing to do (round
 * local28; `政府守信用，企业才有信心` judges and stays). */
const REQUEST_TO_AUTHORITY =
  /^(?:[县市区镇乡村]里|[县市区镇乡](?:委|政府)|上级|有关部门)(?:能|能够|尽快|进一步|再|多|加大|加快|统一|简化|出台|给予|帮助|帮|协调|支持|在|对|把|建立|设立|增加|提高|降低|适当|牵头)/;

/** `我们搞农产品加工十年了，…质量是我们企业的饭碗`, `我们企业从小作坊干起…`: a guest at a 座谈会 telling of his own firm
 * (我们企业/我们公司/本公司…), its story and what it has learnt, not a point to study. */
const OWN_FIRM = /(?:我们|我|本)(?:企业|公司|厂|工厂|合作社|集团)/;

/** `干部要把心思用在干事上，把功夫下在落实上`: what a cadre as such is to do, in two 把-clauses of one shape — a maxim
 * of the calling, said of cadres at large, not a task read out to the hall (`各级干部要…` stays one). */
const BALANCED_DUTY = /^(?:党员|干部|党员干部|领导干部)要把([^，,。；;]{3,16})[，,]把([^，,。；;]{3,16})[。！]?$/;
const balancedDuty = (t: string) => {
  const m = BALANCED_DUTY.exec(t);
  return !!m && Math.abs(m[1]!.length - m[2]!.length) <= 3;
};

/** Whether a sentence a meeting report gives as someone's words is a directive to the hall, a pledge
 * or a request. */
export function isReportDirective(text: string): boolean {
  const t = text.replace(/^[“"「]|[”"」]$/g, '');
  if (balancedDuty(t)) return false;
  return (
    ADDRESSED_CLAUSE.test(t) ||
    OPENS_ON_UNITS.test(t) ||
    PLEDGE.test(t) ||
    REQUEST.test(t) ||
    REQUEST_TO_AUTHORITY.test(t) ||
    OWN_FIRM.test(t) ||
    CARRY_OUT.test(t) ||
    PASS_ON.test(t) ||
    TASK_THEN_DUTY.test(t)
  );
}

/** `组织部门是…之家，要以过硬作风树立良好形象`: a point a report retells that closes on what the hall is
 * to do is that item of the work list too, when nothing in its form ranks it (the report fill takes
 * none). Not a thesis judged by whom it answers to or what it aims at: `养老服务做得好不好，要看老人满意
 * 不满意`, `企业家是宝贵财富，要让企业家安心经营` (a ranked line keeps its tail: 主心骨，要把…). */
const CLOSES_ON_DIRECTIVE = /[，,](?:都|也|就)?(?:要(?![求素害点看由靠让])|务必)[^，,。；;]*[。！]?$/;
const WHETHER = /^[^，,；;。]{2,16}([\u4e00-\u9fff])不\1[，,]/;

export const closesOnDirective = (text: string): boolean => CLOSES_ON_DIRECTIVE.test(text) && !WHETHER.test(text);

/** `我们要接过黄书记手中的接力棒，…`, `我一定…`: a speaker's own pledge at a 座谈 or a 报告会; `听了宣讲，心里更亮堂了`: a
 * listener's word on what he heard. Remarks of the occasion, no points. */
export const OCCASION_REMARK = /^我们?(?:要|一定|必将|将)|^听(?:了|完|罢)[^，,。！？]{1,10}[，,]/;
