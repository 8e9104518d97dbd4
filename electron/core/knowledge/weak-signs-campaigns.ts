// Weak signs of 1949–1978 read in round h73 (weak-signs.ts holds the rest and says how they count): the campaigns and
// institutions of those years as the text's own business, each a word a later history may say too, so never enough
// alone. Kept in the order of status.ts's PERIODS.

/** The founding years and the first plans (1953–1965): 1954's 棉布 统购统销 beginning now (从……起……实行), the 1955–56
 * co-operatives being founded (建社工作组, a 农业生产合作社 newly set up: today's are 农民专业合作社), 1956's trades asking
 * for 公私合营 (not 愿意接受社会主义改造: 1977's congress report says it of the 民族资产阶级), the 1954–66 人民委员会 as
 * the city's or county's government, co-operativisation told as last year's (去年……合作化以后, 1957), the 1962 plenum
 * unnumbered as the latest (传达十中全会: a later text writes 八届十中全会), and 1963–64's polemic against the Soviet
 * leaders (评苏共中央公开信, 九评, 赫鲁晓夫修正主义: the Cultural Revolution's texts say 苏修). */
export const EARLY_CAMPAIGNS = [
  /(?:从|自)[^，。；]{0,10}起[^，。；]{0,8}实行[^，。；]{0,4}统购统销/,
  /建社工作组|(?:新建|新办|试办|建立)(?:了|起)?的?[^，。；]{0,6}农业生产合作社/,
  /(?:申请|批准|要求)[^，。；]{0,10}公私合营/,
  /[市县省区]人民委员会/,
  /(?:去年|今年|前年)[^，。；]{0,6}合作化以后/,
  /(?<![八届])十中全会/,
  /评苏共中央(?:的)?公开信|(?<![一二三四五六七八])九评(?!论)|赫鲁晓夫修正主义/,
];

/** The Cultural Revolution's own (1966–76): its 革命师生 and the 资产阶级教育路线 they exposed, the power seized by the
 * 革命派 (夺权斗争), the committees hailed as the 新生的红色政权, and the 革命的三结合. A memoir tells them as 那时 or in marks. */
export const CR_CAMPAIGNS = [
  /革命师生/,
  /资产阶级(?:反动)?教育路线/,
  /革命派[^，。；]{0,8}(?:夺权|夺取)|夺权斗争/,
  /新生的红色政权/,
  /革命的?三结合/,
];

/** 1977–78: the 全国工业学大庆会议 (1977) as the latest meeting. */
export const PRE_PLENUM_CAMPAIGNS = [/全国工业学大庆会议(?:的)?(?:精神|以后|以来|提出)/];

/** The twenty years before the plenum (1954–83 at the widest): the 布票 bought by (1954–83), the commune's members
 * mobilised and their work points (发动社员, 评工记分, 1956–83), 增产不增税 (1958–83's farm tax), 1965–71's 突出政治 as the
 * principle carried out, the chairman's works to 活学活用 and the army's 五好战士 (1961–78), 大庆式企业 (1964–78), and the
 * 三线 to go to or support now (上三线, 支援三线). */
export const SPANNING_CAMPAIGNS = [
  /凭布票|布票[^，。；]{0,4}(?:购买|供应)/,
  /(?:发动|动员|组织)(?:广大|全体)?社员/,
  /评工记分/,
  /增产不增税/,
  /突出(?:无产阶级)?政治的原则|贯彻突出政治/,
  /活学活用毛主席(?:的)?著作/,
  /五好战士/,
  /大庆式(?:的)?企业/,
  /支援三线|(?<!好马)上三线/,
];
