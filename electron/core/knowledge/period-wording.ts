// Wording only a period's own texts use as their own voice (outside quotation marks): a later
// text names these lines in quotation marks (“大跃进”) and with its verdict. An undated import
// written in two of a period's set phrases is a historical record of that period (status.ts).
import { MAO_LIVING_HEAD } from './late-mao-wording.js';

/** The chairman's instruction, its words quoted and read away, named to be carried out now (status.ts). */
export const CHAIRMAN_ORDER =
  /毛主席关于的?(?:指示|教导|号召)[，,]?\s*(?:(?:我们|全党|各级)[^，。；]{0,8})?(?:必须|一定要|要|应当)[^，。；]{0,6}(?:贯彻|执行|落实)/;
export { ANTI_RIGHTIST_WORDING, EARLY_WORDING, FOUNDING_WORDING, LEAP_WORDING } from './early-period-wording.js';

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
  // The 1975–76 campaign against the 右倾翻案风 in any words (刮起了一股右倾翻案风, 右倾翻案的奇谈怪论); a later text names
  // “反击右倾翻案风” in quotation marks.
  /右倾翻案/,
  /走资派/,
  /牛鬼蛇神/,
  /资产阶级反动路线/,
  /林副主席/,
  // 斗、批、改 as the stages still to go through (根据毛主席对斗、批、改各个阶段的指示, 1968–71), the 革命大联合 of the rebel
  // groups, the 阶级队伍 still to clear, the 反动学术权威 to criticise, the 革命大批判 to carry on and the headquarters
  // bombarded as the text's own battle (炮打刘少奇资产阶级司令部的战斗): a later text names them in quotation marks.
  /斗[、，,]?批[、，,]?改/,
  /革命大联合/,
  /阶级队伍[^，。；]{0,8}清理/,
  /反动学术权威/,
  /革命大批判/,
  /炮打[^，。；“”]{0,12}司令部/,
  // The Party rebuilt as the task of 1968–71 (今后进行整党建党的根本指导思想); the 1983 整党 is named alone.
  /整党建党/,
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
  // 1973–76's 批林批孔 in plain words: Confucius named as the campaign named him (孔老二) and the 评法批儒 reading of history
  // (林彪……尊儒反法); a later text names “批林批孔” or “评法批儒” in quotation marks.
  /孔老二/,
  /尊(?:儒|孔)反法|评法批儒|批儒评法/,
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
  // 1977–78's drive in its own words: 大干快上 and the 抓纲治国 goal of 三年大见成效 (1979: 抓纲治国已经大见成效, told as done).
  /大干快上/,
  /三年大见成效/,
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
  // The banner of the chairman's thought as 1960–78 named it (高举毛泽东思想的革命红旗, 伟大红旗); later texts say 旗帜.
  /毛泽东思想的?(?:伟大)?(?:革命)?红旗/,
  // The world's 四大矛盾 as 1963–78 read it, imperialism and social-imperialism as one foe (被压迫民族同帝国主义、社会帝国主义
  // 的矛盾); 1981 still says 帝国主义、社会帝国主义封锁, so alone it takes a second sign.
  /帝国主义[、和]\s*社会帝国主义/,
  // The neighbours' old foes as 1959–78 named them (印度反动政府, 印度反动派, 沙俄帝国主义); later texts say 印度, 沙俄.
  /印度反动(?:政府|派)/,
  /沙俄帝国主义/,
  /比、?学、?赶、?帮/,
  /资产阶级(?:的?腐朽|的?恶劣)?作风/,
  // 跃进 as the plan's own aim (国民经济新的跃进, 全面跃进, 来一个大的跃进: 1958–60, and again 1977–78) and the 双革 as a
  // movement (技术革新和技术革命运动, 1959–1978); a later text names the 大跃进 in quotation marks and wants no 跃进 of its own.
  /来一个[^，。；]{0,4}跃进|新的跃进|(?:全面|持续|继续)跃进|跃进(?:形势|速度|局面)/,
  /技术革新和技术革命|技术革命运动/,
  // 高速度 as the way to build (要高速度发展国民经济, 1958 and 1977–78); the 1980s name it to reject it (高积累、高速度).
  /(?:要|必须|以)高速度(?:地)?发展国民经济|(?:国民经济|经济建设|工农业生产)的?高速度(?:地)?(?:向前)?发展/,
  // Education and art to serve proletarian politics (教育为无产阶级政治服务, 1958; 文艺必须为无产阶级政治服务, 1964–78): from
  // 1980 the 二为 (为人民服务、为社会主义服务) replaced it. Enough alone (single-sign.ts).
  /为无产阶级政治服务/,
  // The call of 1960–76 as its own (读毛主席的书，听毛主席的话); a later text quotes 雷锋's diary in quotation marks.
  /读毛主席的书[，,、]?\s*听毛主席的话/,
  // The Vietnam war as 1965–73 named it (美帝国主义……侵越战争); a later text says 越南战争 or 援越抗美 of its veterans.
  /侵越战争/,
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
  /(?:遵照|按照|根据)毛主席的?(?:指示|教导)|毛主席(?:一贯|历来|经常|谆谆|反复)?教导(?:我们|的)|毛主席所指示的/,
  // His instruction named to be carried out now (毛主席关于“知识青年到农村去……”的指示，必须坚持贯彻执行, 1977; the quotation is
  // read away before matching). Enough alone (single-sign.ts): a later text cites 毛泽东同志.
  CHAIRMAN_ORDER,
  MAO_LIVING_HEAD,
  /背叛(?:了)?马克思列宁主义/,
  // China kept out of its United Nations seat as the present wrong (阻挠我国在联合国中取得应有的地位, 1949–1971); later
  // texts tell the seat restored (恢复……在联合国的合法席位).
  /(?:阻挠|剥夺|排斥)[^，。；]{0,10}在联合国/,
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
    /几十年过去|多年(?:以?后|过去)|回想起来|回首往事|回过?头(?:来)?看|后来才(?:知道|明白|懂得)|那个年代|那个年月|那段岁月|那些年/
      .source,
    /记忆犹新|历历在目|至今难忘|难以忘怀/.source,
    // A narrator's school years told by their year (一九七四年我上高中): a memoir's; the period's texts say 今年.
    /年[^，。；]{0,4}我(?:刚|正)?(?:上|读)(?:小学|初中|高中|中学|大学)/.source,
    // A guide's address to visitors (各位游客): a memorial's or a site's 解说词, telling the period to tourists.
    /各位游客|游客朋友/.source,
    // The 2012– Party's own words and a 党史 story's or lesson's moral (这个故事告诉我们, 这段历史告诉我们): the past retold.
    /从严治党|十八大以来|(?:这个|这段|这些)(?:故事|历史)(?:告诉|启示|提醒)/.source,
    // One of the period's decades named by its century (二十世纪七十年代, 上世纪50年代): its own texts say 七十年代 alone
    // (1978 quotes the chairman's 二十世纪四十年代).
    /上个?世纪\s*(?:[一二三四五六七八九]十|[1-9]0)年代|(?:二十|20)世纪\s*(?:[五六七]十|[5-7]0)年代/.source,
    // A redress told as done after the plenum (1978年后均予平反, 1979年后全部改正, 1980年……予以平反): a 大事记
    // of 1966–1970 that says so was written later, whatever period words it keeps unquoted.
    /(?:(?:19[89]\d|20\d\d)年|197[89]年(?:以?后))[^，。；]{0,10}(?:平反|改正|昭雪)/.source,
  ].join('|'),
);
