// Wording only a period's own texts use as their own voice (outside quotation marks): a later
// text names these lines in quotation marks (“大跃进”) and with its verdict. An undated import
// written in two of a period's set phrases is a historical record of that period (status.ts).
import { MAO_LIVING_HEAD } from './late-mao-wording.js';

/** The Cultural Revolution (1966–1976). */
export const CR_WORDING = [
  /无产阶级文化大革命/,
  /走资本主义道路的当权派/,
  /最高指示/,
  /伟大领袖毛主席/,
  /无产阶级司令部/,
  /斗私[，、,]?批修/,
  /批林批孔/,
  /抓革命[，、,]?促生产/,
  /革命委员会/,
  /阶级斗争(?:为|这个)纲/,
  /无产阶级专政下(?:的)?继续革命/,
  /反击右倾翻案风/,
  /走资派/,
  /牛鬼蛇神/,
  /资产阶级反动路线/,
  /林副主席/,
  /斗批改/,
  /清理阶级队伍/,
  /复课闹革命/,
  // 1970–1976: the campaigns and the education line of the period's later years.
  /一打三反/,
  /(?<!改)革委会/, // not 发展改革委会同
  /批林整风/,
  /反潮流/,
  /资产阶级法权/,
  /学习无产阶级专政(?:的)?理论/,
  /新生(?:的)?资产阶级分子/,
  /开门办学/,
  /批邓/,
  /上大学[、，,]管大学/,
  // 1973–1975's reading of the world as its own (国际形势的特点，是天下大乱; 大乱还将继续); the 1977 report
  // quotes the line (“天下大乱，达到天下大治”) and a later text tells the 内乱.
  /(?:特点[，,]?(?:仍然)?是|仍然是)天下大乱|天下大乱[，,]\s*形势大好|大乱还将继续/,
];

/** The two years after it, before the Third Plenum (1976-10 to 1978-12): the leadership named as
 * its texts named it, the 两个凡是 stated as their own rule, the campaign against the 四人帮 as a
 * task at hand (its “第三战役”; the name in quotation marks is read away before matching). */
export const PRE_PLENUM_WORDING = [
  /英明领袖华主席/,
  /以华(?:主席|国锋同志|国锋主席)为首的党中央/,
  /华主席[、，]?党中央/,
  /紧跟华主席/,
  /王张江姚/,
  /揭批查/,
  // 抓纲治国 and the same slogan for any field (抓纲治县, 抓纲治军, 抓纲治校). No `u` flag: status.ts joins these sources
  // into one plain pattern, where \p{…} would read as the letters "p{Script=Han}".
  /抓纲治[\u4e00-\u9fff]/,
  /一年初见成效/,
  /凡是毛主席作出的决策/,
  /揭批(?:四人帮)?(?:的)?第[一二三]个?战役/,
  // The campaign called great and to be carried through (把揭批“四人帮”的斗争进行到底, 抓住揭批“四人帮”这个
  // 伟大的阶级斗争): a later text narrates it (开展揭批“四人帮”的斗争, 随着揭批……运动的深入).
  // So is the campaign carried deeper (把揭批“四人帮”的运动引向深入) or called a revolution (揭批“四人帮”的革命风暴, 政治大革命).
  /把揭批[^，。；]{0,10}(?:进行到底|引向深入)|揭批[^，。；]{0,10}(?:伟大的?(?:阶级)?斗争|政治大革命|革命风暴)/,
  // 毛泽东's 1974 division of the world as the 1977–78 texts name it (毛主席关于三个世界划分的理论, 关于三个
  // 世界的伟大理论); a later text puts “三个世界” in quotation marks.
  /关于三个世界(?:划分)?的(?:伟大)?理论/,
  // The campaign as the task at hand (在深入揭批“四人帮”中, 结合揭批“四人帮”); the name in quotation marks is read
  // away before matching, so 揭批 stands before 中 or 的. A later text narrates it (开展揭批“四人帮”的斗争).
  /(?:深入|结合|通过)揭批(?!查)/,
  // The campaign named the centre of the class struggle (揭批“四人帮”的斗争，仍然是两个阶级、两条道路斗争的中心): a later
  // text tells that it was (当时).
  /揭批[^，。；]{0,10}斗争[，,]?(?:仍然)?是[^，。；]{0,16}斗争的中心/,
  // The gang alone as the foe still to be rooted out (status.ts keeps its name from its marks): its followers and their
  // factional system (“四人帮”及其余党的资产阶级帮派体系, 参与“四人帮”篡党夺权), the 清查 of those tied to it, and its poison
  // to clear (肃清“四人帮”的流毒, 清除“四人帮”颠倒敌我的种种谬论的流毒, 批判“四人帮”……肃清其流毒). From 1979 texts name it
  // beside 林彪 (林彪、“四人帮”的帮派体系进行了认真的清查工作) and tell the 清查 as done; no 1979–2025 report or People's
  // Daily month uses these alone.
  /(?<!林彪[、和及]\s*)四人帮(?:及其)?(?:余党|死党|党羽)|(?<!林彪[、和及]\s*)四人帮的?(?:资产阶级)?帮派体系|参与四人帮/,
  /清查[^。；]{0,40}(?<!林彪[、和及]\s*)四人帮|(?<!林彪[、和及]\s*)四人帮[^。；]{0,60}清查|篡党夺权[^，。；]{0,6}有牵连/,
  /(?:肃清|清除)四人帮[^，。；]{0,16}?的?(?:流毒|余毒)|(?<!林彪[、和及]\s*)四人帮[^。；]{0,40}(?:肃清|清除)其(?:流毒|余毒)/,
  // The gang alone as the foe to criticise and expose now (深入批判“四人帮”, 必须彻底揭露“四人帮”……的伎俩), and the gang's
  // system called bourgeois (他们那个资产阶级帮派体系): the 1977–78 campaign's class verdict. From 1979 texts criticise
  // 林彪、“四人帮” together, as a 反革命集团; no 1979–2025 report or People's Daily month says either.
  /(?<!林彪[、和及]\s*)(?:深入|彻底)地?(?:系统地)?(?:批判|揭露)四人帮|资产阶级帮派体系/,
];

/** The campaign against the 资产阶级右派 (1957–1958), as its own texts wage it; a later text names it
 * with its verdict (扩大化, LATER) or quotes it (“右派分子”). */
export const ANTI_RIGHTIST_WORDING = [
  /资产阶级右派/,
  /右派分子[^，。]{0,6}进攻/,
  /大鸣大放/,
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
  /农业发展纲要[（(]草案[）)]/,
  // One phrase, not two: a later text tells the 1956 line in these words (既反对右倾保守，又反对急躁冒进).
  /急躁冒进|右倾保守/,
  // The plan and the 1953 general line's task as a call to fulfil them (为实现第一个五年计划而斗争, 为完成
  // 国家在过渡时期的总任务而斗争); a later text names them as done (第一个五年计划超额完成) or by name.
  /(?:提前|超额|为|努力)(?:胜利)?(?:实现|完成)第[一二]个五年计划/,
  /资本主义自发势力/,
  /为(?:完成|实现)[^，。]{0,8}过渡时期的?总任务/,
  /调整[、，]巩固[、，]充实[、，]提高/,
  /农业六十条/,
  /大办农业[，、]大办粮食/,
  /扎根串[连联]/,
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
  /人民民主国家/,
  // The alliance of 1949–1959 as the texts of those years speak of it: the Soviet Union as the model to learn from (向苏联
  // 学习, 学习苏联经验), the unity with it as a policy to strengthen (巩固同苏联的团结) and it heading the brother countries
  // (苏联和其他社会主义国家), and the camp's countries as the model (学习社会主义国家先进的工资工作经验, 1957). A later
  // text names 苏联 plainly, or narrates the aid (苏联援建的156项工程).
  /(?:巩固|加强)[^，。；]{0,4}同苏联的?(?:团结|友谊)/,
  /苏联和其他(?:社会主义|兄弟)国家/,
  // The Soviet Union called our ally (我国同伟大的盟国苏联, 1950–59); a later text names the 华约 or the wartime 盟国.
  /(?:伟大的|我们的|我国的)盟国苏联/,
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
  /千万不要忘记阶级(?:和阶级)?斗争/,
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

/** Taiwan to be liberated, as the aim of 1949–1978 (我们一定要解放台湾, 为实现解放台湾、统一祖国, 做好解放台湾的准备, 一定要
 * 收复……台湾, 我们的解放台湾……的事业, 解放台湾是中国的主权和内政): the 告台湾同胞书 of 1979-01-01 turned it into 和平统一,
 * and no later text states it as its own aim (the 1979–2025 reports say 台湾归回祖国, 祖国统一). Alone it dates a text before
 * the plenum (status.ts). */
export const TAIWAN_TO_LIBERATE =
  /(?:一定要|我们要|必须|坚决)解放台湾|(?:我们|我国)的解放台湾|解放台湾是|(?:为|实现|完成)解放台湾|解放台湾的准备|解放台湾[，,、]\s*统一祖国|台湾一定要解放|一定要收复[^，,。；;]{0,8}台湾/;

/** The twenty years before the plenum (1958–1978) as their texts speak, in words no one period owns:
 * 大寨 to be learnt from (农业学大寨, 象大寨、昔阳县的干部那样; a later text praises 大寨人's 艰苦创业 or
 * 大寨精神, left alone), the peasants' capitalist tendency as the enemy (不断克服资本主义自发倾向, 批判资本主义
 * 倾向), grain and politics put in command (以粮为纲, 政治挂帅), the 1958 general line's 多快好省 as the
 * way to build, the emulation campaign in its five words (比、学、赶、帮、超; a later text says 比学赶超),
 * waste called a class's style (资产阶级作风), the 三大革命运动, the socialist revolution in ideas to be
 * carried through and 知识分子劳动化. They make a text historical as any period's words do; alone they
 * date it only as written before the plenum (status.ts). */
export const SPANNING_WORDING = [
  // 大庆 the same (工业学大庆, 象大庆那样组织职工家属), 1964–1978; a later text praises 大庆精神, left alone.
  /学大寨|学大庆|大寨县|大寨式|[象像](?:大寨|大庆)[^，。；]{0,8}那样/,
  /资本主义自发倾向|(?:批判|克服|反对|打击)[^，。；]{0,4}资本主义倾向/,
  /以粮为纲/,
  /政治挂帅/,
  // 兴无灭资 as the struggle of the day, 1957–1978 (1964's 开展兴无灭资的斗争, 1978's 根本任务，就是兴无灭资).
  /兴无产阶级思想[，、,]?灭资产阶级思想|兴无灭资/,
  /多快好省/,
  /比、?学、?赶、?帮/,
  /资产阶级(?:的?腐朽|的?恶劣)?作风/,
  // 跃进 as the plan's own aim (国民经济新的跃进, 全面跃进, 来一个大的跃进: 1958–60, and again 1977–78) and the 双革 as a
  // movement (技术革新和技术革命运动, 1959–1978); a later text names the 大跃进 in quotation marks and wants no 跃进 of its own.
  /来一个[^，。；]{0,4}跃进|新的跃进|(?:全面|持续|继续)跃进|跃进(?:形势|速度|局面)/,
  /技术革新和技术革命|技术革命运动/,
  // 高速度 as the way to build (要高速度发展国民经济, 1958 and 1977–78); the 1980s name it to reject it (高积累、高速度).
  /(?:要|必须|以)高速度(?:地)?发展国民经济/,
  /三大革命运动/,
  /社会主义革命进行到底/,
  /知识分子劳动化/,
  // The foreign-affairs voice of 1949–1978: the enemies named as its texts named them (美帝国主义, ……及其走狗, 各国
  // 反动派, 帝、修、反, 美蒋, 蒋帮), the struggle against them (反帝反修, 反修防修) and Taiwan to be liberated (一定要解放
  // 台湾; 1979 turned to 和平统一). A later text says 美国, 超级大国, 霸权主义, 第三世界, 发展中国家, 祖国统一, none of
  // them a rule; the 1979 and 1981 reports still say 社会帝国主义 alone and 反帝、反殖、反霸, so neither is one.
  /美帝国主义/,
  /及其(?:一切)?走狗|帝国主义的走狗/,
  /各国反动派/,
  /帝[、，,]修[、，,]反|帝修反/,
  /反帝反修|反修防修/,
  /美蒋|蒋帮|蒋匪|反帝反蒋/,
  TAIWAN_TO_LIBERATE,
  // The Leap's slogan the 1977–78 plans took up again (以钢为纲, 大打矿山之仗): alone it dates a text only before the plenum.
  /以钢为纲/,
  // The communes run frugally (勤俭办社), the enemy a paper tiger (美帝国主义是纸老虎) and the intellectuals named by class
  // (资产阶级知识分子), 1957–1978 alike; a later text quotes them.
  /勤俭办社/,
  // The Party's 一元化领导 to uphold (1942–1978: 坚决拥护党的一元化领导); after the plenum the 1980 speech on the
  // leadership system named it the over-concentration to end, and texts say 党的全面领导 or 集中统一领导.
  /(?:拥护|加强|实行|坚持)党的一元化领导/,
  /纸老虎/,
  // Stalin cited as the authority (正如斯大林所说的：, 斯大林曾经说过：), as the texts up to 1978 cite him; later ones
  // name him only in history (斯大林格勒, 斯大林公园).
  /斯大林(?:同志)?(?:曾经)?所?说(?:过|的)?[：:]/,
  /资产阶级知识分子/,
  // The chairman as the authority of the day, his instruction obeyed (遵照毛主席的指示, 毛主席一贯教导的……方针) and his centre
  // as the Party's head (以毛主席为首的党中央); the Soviet leaders charged with betraying Marxism-Leninism (1963–1978).
  // Texts after the plenum cite 毛泽东同志 and name the Soviet leaders plainly; a memoir quotes them.
  /(?:遵照|按照|根据)毛主席的?(?:指示|教导)|毛主席(?:一贯|历来|经常)?教导(?:我们|的)|毛主席所指示的/,
  MAO_LIVING_HEAD,
  /背叛(?:了)?马克思列宁主义/,
  // China kept out of its United Nations seat as the present wrong (阻挠我国在联合国中取得应有的地位, 1949–1971); later
  // texts tell the seat restored (恢复……在联合国的合法席位).
  /(?:阻挠|剥夺|排斥)[^，。；]{0,10}在联合国/,
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
  /不法资本家/,
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
  // The communes as just made (人民公社化的成功, 实现了人民公社化): a later text names the 人民公社化运动 in quotation
  // marks or with its verdict. (Not 同时并举: a 2021 党史 quiz says the 1953 总路线 did 工业化和改造同时并举.)
  /人民公社化(?!运动)/,
];

/** What only a text written after these periods says about them: their verdict, the later
 * periods' names (新时期, not the 1978 “新时期的总任务” nor a new period introduced by 一个: 1969's 一个反对美帝、苏修的
 * 历史新时期已经开始), and a memoir's looking back. “左”倾 as a
 * verdict, not in the pair the period's own texts warn of (犯右倾或“左”倾的错误, the 1953 提纲), nor as
 * the name of a line before 1949 that the 十次路线斗争 of the 1969–1973 reports tell (王明“左”倾机会主义,
 * 纠正王明的“左”倾, 王明的先是“左”倾后是右倾的……路线). */
export const LATER = new RegExp(
  [
    /十年内乱|彻底否定|历史决议|扩大化|拨乱反正|改革开放|十一届三中全会|(?<!一个[^，。；]{0,20})新时期(?!的?总任务)|新时代|(?<!研究)党史|(?<!右倾[或和与、]|(?:瞿秋白|李立三|王明)[^，。；“]{0,3})[“"]左[”"]倾(?!机会主义|冒险主义|盲动主义)|浮夸风|习近平/
      .source,
    /几十年过去|多年(?:以后|过去)|回想起来|回首往事|回过?头(?:来)?看|后来才(?:知道|明白|懂得)|那个年代|那个年月|那段岁月|那些年/
      .source,
    /记忆犹新|历历在目|至今难忘|难以忘怀/.source,
    // A redress told as done after the plenum (1978年后均予平反, 1979年后全部改正, 1980年……予以平反): a 大事记
    // of 1966–1970 that says so was written later, whatever period words it keeps unquoted.
    /(?:(?:19[89]\d|20\d\d)年|197[89]年(?:以?后))[^，。；]{0,10}(?:平反|改正|昭雪)/.source,
  ].join('|'),
);
