// Wording only the texts of 1949–1965 use as their own voice (outside quotation marks): the founding years'
// campaigns, the first plan's and the camp's years, the anti-rightist campaign and the Great Leap. A later text
// names these lines in quotation marks (“大跃进”) and with its verdict (period-wording.ts: later periods', LATER).

/** The campaign against the 资产阶级右派 (1957–1958), as its own texts wage it; a later text names it
 * with its verdict (扩大化, LATER) or quotes it (“右派分子”). */
export const ANTI_RIGHTIST_WORDING = [
  /资产阶级右派/,
  /右派分子[^，。]{0,6}进攻/,
  /大鸣大放/,
  // 1957–58's 整改 as the rectification's own second stage (大鸣大放，大整大改); a later text names the 整风 with its year.
  /大整大改/,
  /反党反社会主义/,
  /反右派斗争进行到底/,
  // 1957–58's names of the campaign as its own victory (整风运动和反右派斗争，是政治战线和思想战线上的社会主义
  // 革命; 全民性的整风运动; 两条道路的全民大辩论): a later text calls it 扩大化 (LATER).
  /政治战线和思想战线上的?社会主义革命/,
  /全民性?的?整风运动/,
  /全民(?:性的)?大辩论/,
  // The 整风 as the campaign of the moment (从最近整风运动暴露出来的情况, 这次整风运动证明) and the cadres' five airs it was
  // to cure (官气、暮气、阔气、骄气和娇气, 1958): a later text names the 整风运动 with its year.
  /(?:最近|这次)的?整风运动/,
  /官气[、，,]?\s*暮气/,
  // 1957–58's 促进派 and 促退派 (毛泽东, 1957-10: 做革命的促进派): a later text wants 改革的促进派, never names a 促退派.
  /促退派|促退委员会/,
];

/** The years before and after the Great Leap as their own texts speak (1953–1957: the first
 * five-year plan, the 合作化高潮 and the 1956 反冒进; 1961–1965: the 调整 and the 四清), which a
 * later text narrates with its verdict (LATER) or in quotation marks (“四不清”). Names a later
 * narration uses as they are (过渡时期总路线, 社会主义教育运动) are left out. */
export const EARLY_WORDING = [
  /合作化(?:的)?高潮/,
  /农业发展纲要(?:修正)?[（(]?(?:修正)?草案/,
  // One phrase, not two: a later text tells the 1956 line in these words (既反对右倾保守，又反对急躁冒进).
  /急躁冒进|右倾保守/,
  // The plan and the 1953 general line's task as a call to fulfil them (为实现第一个五年计划而斗争, 为完成
  // 国家在过渡时期的总任务而斗争); a later text names them as done (第一个五年计划超额完成) or by name.
  /(?:提前|超额|为|努力)(?:胜利)?(?:实现|完成)第[一二]个五年计划/,
  /资本主义自发势力/,
  /为(?:完成|实现)[^，。]{0,8}过渡时期的?总任务/,
  /调整[、，]巩固[、，]充实[、，]提高/,
  /农业六十条/,
  // 1955's 三定 as the work the text lays on (布置粮食三定到户工作, 贯彻……定产、定购、定销的政策): enough alone (single-sign.ts); a
  // 地方志 tells it (推行……定产、定购、定销) beside a later year.
  /(?:贯彻|做好|搞好|落实|完成|布置)[^，。；]{0,8}(?:三定|定产[、，,]\s*定购[、，,]\s*定销)/,
  /大办农业[，、]大办粮食/,
  /扎根串[连联]/,
  // 1963–65's 四清 in its items (清政治、清经济, 清工分、清账目、清仓库、清财物); a later text names “四清” in quotation marks.
  /清政治[、，,]?\s*清经济|清工分[、，,]?\s*清账目|清账目[、，,]?\s*清仓库/,
  // The enemies of 1950–65 as their texts named them (美国侵略集团, 蒋介石卖国集团); later texts say 美国, 台湾当局.
  /美国侵略集团/,
  /卖国集团/,
  /四不清/,
  /前十条[、，和]后十条/,
  // 1963's thesis as the texts of 1963–1978 state it (阶级斗争、生产斗争和科学实验……三项伟大革命运动); a later
  // text quotes it. The latest period whose words a text uses dates it, so a 1977 text stays pre-plenum.
  /三项伟大革命运动/,
  // 1953–56's transition as a task still ahead (必须对资本主义工商业实行社会主义改造, 逐步实现……的社会主义改造;
  // 利用、限制和改造的政策) and the camp its texts belonged to (苏联和各人民民主国家, 以苏联为首的社会主义阵营): a
  // later text tells the 改造 as done (社会主义改造基本完成) and names the countries as they are.
  /(?:必须|逐步地?|积极地?)[^，。；]{0,8}(?:实现|完成|实行|进行)[^，。；]{0,18}社会主义改造/,
  /利用[、，]限制(?:和|、)改造/,
  // Its foes resisting it now (不法资产阶级分子……抗拒和破坏社会主义改造, 1954–56); a later text tells the 改造 as done.
  /(?:抗拒|反抗|破坏)[^，。；]{0,4}社会主义改造/,
  // The plan as the struggle at hand (在实现五年计划的斗争中, 1953–57, unnumbered or the first two): 1980s texts name the
  // 第六个五年计划, later ones the 规划.
  /在(?:实现|完成)(?:第[一二]个)?五年计划的斗争中/,
  /人民民主国家/,
  // The alliance of 1949–1959 as the texts of those years speak of it: the Soviet Union as the model to learn from (向苏联
  // 学习, 学习苏联经验), the unity with it as a policy to strengthen (巩固同苏联的团结) and it heading the brother countries
  // (苏联和其他社会主义国家), and the camp's countries as the model (学习社会主义国家先进的工资工作经验, 1957). A later
  // text names 苏联 plainly, or narrates the aid (苏联援建的156项工程).
  /(?:巩固|加强)[^，。；]{0,4}同苏联的?(?:团结|友谊)/,
  /苏联和其他(?:社会主义|兄弟)国家/,
  // The Soviet Union called our ally (我国同伟大的盟国苏联, 1950–59); a later text names the 华约 or the wartime 盟国.
  /(?:伟大的|我们的|我国的)(?:盟国|和平堡垒)苏联/,
  // The friendship with it called eternal (中苏友谊是永久的，牢不可破的, 1950–59): a later text tells it as history.
  /中苏(?:两国)?(?:人民)?的?(?:伟大)?(?:友谊|团结|同盟)[^，。；]{0,4}(?:永久|牢不可破|万古长青)/,
  /学习苏联(?:的)?(?:先进)?经验|向苏联学习|学习(?:社会主义|兄弟)国家[^，。；]{0,4}先进/,
  // Its aid praised as the texts of those years thanked it (苏联的真诚的、无私的、兄弟般的援助, 苏联……伟大的无私的援助); a
  // later text narrates it (苏联援建, 苏联专家).
  /苏联[^，。；]{0,16}(?:兄弟般|无私)的?援助/,
  // 1957–1964's reading of the world in 毛泽东's 1957 words (东风压倒西风); a later text quotes it.
  /东风压倒西风/,
  // The two camps of 1949–1964 (以苏联为首的社会主义阵营, 社会主义阵营各国人民, 帝国主义阵营四分五裂) and the enemy
  // named as these years named it (以美国为首的帝国主义); a later text says 社会主义国家, 冷战, 两极格局.
  /(?:社会主义|帝国主义)阵营/,
  // 1958–1965's general line as the policy in force (顺利执行社会主义建设总路线, 证明了……总路线的正确, 在……总路线的
  // 照耀下); a later text tells it as proposed (八大二次会议提出的……总路线) with its verdict.
  /(?:执行|贯彻|高举)[^，。；,;]{0,8}社会主义建设的?总路线|社会主义建设的?总路线(?:的(?:正确|威力|光辉)|[^，。；,;]{0,4}(?:指导|照耀|鼓舞)下)/,
  /以美国为首的帝国主义/,
  // 1960–1965's 反修 as its own texts wage it (帝国主义、现代修正主义和各国反动派, 千万不要忘记阶级和阶级斗争,
  // 兴无产阶级思想，灭资产阶级思想); a later text quotes them. The CR's texts use them too, and their own words
  // date them later.
  /现代修正主义/,
  /千万(?:不要|不能)忘记阶级(?:和阶级)?斗争/,
  // 1963–66's 社教 as a campaign still to be widened or under way (更加深入、广泛地开展……社会主义教育运动, 目前正在……进行的社会
  // 主义教育运动; a later text names it as done) and the head of state's instructions followed (刘少奇主席的指示, 1959–1966).
  /(?:深入|广泛|继续|进一步)[^，。；]{0,6}(?:开展|进行)[^，。；]{0,6}社会主义教育运动|正在[^，。；]{0,12}进行的社会主义教育运动/,
  /刘少奇主席的?(?:指示|号召|讲话)/,
  // The foreign-affairs voice of 1954–1971 about its own day: the SEATO pact as the present threat (东南亚军事同盟,
  // 东南亚条约集团, 1954–77), the Yugoslav leaders as the revisionists of 1958–78 (南斯拉夫修正主义集团; after 1978 texts name
  // 南斯拉夫 plainly), the Kuomintang remnants in Burma (国民党残匪, 1950–61) and relations with Japan still to be normalised
  // (促进中日两国关系的正常化; from 1972 texts tell 中日邦交正常化 as done). None is in a 1979–2025 library text or in the
  // People's Daily months; the Cultural Revolution's texts use some too, and their own words date them later.
  /东南亚(?:军事同盟|条约集团|集体防务条约)/,
  /南斯拉夫修正主义|铁托集团/,
  /国民党残匪/,
  /(?:促进|实现|争取|阻挠|阻碍)[^，。；]{0,6}中日(?:两国)?(?:关系|邦交)的?正常化/,
];

/** The founding years' campaigns as their own texts wage them (1950–1952: the 土地改革, the
 * 镇压反革命, the 三反 and 五反): their policy formulas and fighting words. A later 志 narrates the
 * same years in plain words (划分阶级成分, 没收地主土地, 开展“三反”运动) and cites a policy in
 * quotation marks (“首恶者必办”), which are read away before matching. */
export const FOUNDING_WORDING = [
  // One phrase, not three: the 土改's class line (依靠贫雇农，团结中农，中立富农).
  /依靠贫雇农|中立富农/,
  /三榜定案/,
  /镇压与宽大相结合/,
  /首恶者?必办/,
  /打虎队/,
  /五毒行为/,
  /不法资本家|不法资产阶级分子/,
  /(?:资产阶级|贪污分子|不法资本家)的?猖狂进攻/,
  // 1955's 肃反 as its own texts wage it: a later text quotes the charge (“胡风反革命集团”……是一起错案).
  /胡风反革命集团/,
  /肃清(?:一切)?暗藏的反革命分子/,
];

/** The Great Leap Forward (1958–1960). */
export const LEAP_WORDING = [
  /三面红旗/,
  /(?:全民|全党)?大[办炼]钢铁/,
  /赶上和超过英国/,
  /人有多大胆/,
  /吃饭不要钱/,
  /(?:全面|继续)?大跃进/,
  /高产卫星|放(?:出)?[^，。]{0,4}卫星/,
  /钢铁元帅/,
  /土高炉/,
  /一天等于二十年/,
  /亩产[^，。]{0,6}万斤/,
  // 1958–1960's own goals for the communes: the 1956 纲要 to be reached early (提前实现农业发展纲要) and the passage from
  // the team's to the commune's ownership (从队基本所有过渡到社基本所有); a later text tells the 纲要 by its years.
  /提前实现[^，。；]{0,6}农业发展纲要/,
  /(?:社|队)基本所有/,
  // The farm's 八字宪法 as the Leap's own technique (土、肥、水、种、密、保、管、工, 1958–59): a later text lists its own factors
  // (土、肥、水、种、膜) or quotes the 宪法.
  /土[、，,]?肥[、，,]?水[、，,]?种[、，,]?密[、，,]?保[、，,]?管[、，,]?工/,
  // The communes as just made (人民公社化的成功, 实现了人民公社化): a later text names the 人民公社化运动 in quotation
  // marks or with its verdict. (Not 同时并举: a 2021 党史 quiz says the 1953 总路线 did 工业化和改造同时并举.)
  /人民公社化(?!运动)/,
  // 1958–60's own calls: 苦战三年 (1958–60), the white flags pulled out (插红旗、拔白旗, 1958), 土洋结合, and the campaign after
  // Lushan (反右倾、鼓干劲, 1959–60); a later text names them in quotation marks or 苦战 of its own years.
  /苦战三年/,
  // 拔掉了几面白旗, 拔了几面白旗: the campaign as the text's own act (single-sign.ts: enough alone).
  /拔(?:掉)?了?[^，。；“”]{0,3}白旗/,
  /土洋结合/,
  // The education policy in its 1958–60 form (教育为工人阶级的政治服务; 1964–78 say 无产阶级): enough alone.
  /为工人阶级的?政治服务/,
  /反右倾[、，,]?\s*鼓干劲/,
  // The 纲要 to reach early when named by its years first (……农业发展纲要的执行情况和争取提前实现这个纲要, 1960).
  /农业发展纲要[^。；]{0,30}提前实现(?:这个)?纲要/,
];
