// The voice of the last ten years before the plenum (1966/68–1978), and the chairman as the living head of the Party
// (1949–1976): words the years before 1966 never used, and no text after the plenum uses as its own.

/** 林彪 as the texts of 1971–1978 named him: his 反党集团, his gang, his 死党, the traitor (after the plenum: 林彪反革命集团). */
export const LIN_BIAO_AS_FOE =
  /林彪(?:反党集团|一伙|及其[^，。；]{0,6}死党|这个[^，。；]{0,12}(?:野心家|阴谋家|两面派))|叛徒林彪/;

/** 刘少奇 as 1968–1978 named him (expelled in 1968 as 叛徒、内奸、工贼, rehabilitated in 1980): his gang, his revisionism, him
 * listed before 林彪 as a wrecker (刘少奇一伙, 刘少奇的修正主义建党路线, 受到了刘少奇、林彪、“四人帮”的严重干扰和破坏, 1977).
 * Later texts name him 刘少奇同志, or among the leaders (周恩来、刘少奇、邓小平等). */
export const LIU_SHAOQI_AS_FOE =
  /刘少奇叛徒集团|叛徒、内奸、工贼刘少奇|刘少奇(?:一伙|反革命|的?修正主义|这个资产阶级|资产阶级司令部)|刘少奇[、，]\s*林彪/;

/** The Party's centre headed by the living chairman (以毛主席为首的党中央, until September 1976); from October 1976 the texts
 * say 以华主席为首的党中央, and later ones 以毛泽东同志为核心 of the past. Beside words of 1966–1978 it places a text before 1976-09. */
export const MAO_LIVING_HEAD = /以?毛主席为首的(?:党中央|中共中央|中央)/;

/** The chairman's 追悼大会 held and reported (举行追悼大会，深切悼念……毛主席), September 1976; a later memoir tells it beside
 * its own years. */
export const MAO_MOURNED = /追悼大会[^。；！？]{0,8}悼念[^。；！？]{0,12}毛主席/;

/** The foreign-affairs voice of the last ten years before the plenum (1968–1978), words the years before
 * 1966 never used: the two powers as its texts named them (苏修, 美帝、苏修, 苏美两霸, 苏联社会帝国主义), 1974's
 * 第二世界 and 毛主席的革命外交路线. They count as a period's set phrases do; a text that uses them is of neither
 * the founding years nor the Leap, whatever older words it keeps (以苏修叛徒集团为中心的现代修正主义, 1977), and
 * alone they date it only as written before the plenum: 1969's, 1973's and 1978's texts all speak so (status.ts). */
export const LATE_MAO_WORDING = [
  /苏修/,
  /苏美两霸|美苏两霸/,
  // The two powers, the Soviet one named first as the main danger (苏美争夺, 苏美在中东的争夺, 1977–78); later: 美苏.
  /苏美(?:在[^，。；]{0,8})?的?争夺/,
  // War with them awaited (1973–1978): the invader to be wiped out, the war of defence to be readied, the world war
  // watched for (随时准备歼灭一切敢于入侵之敌, 做好反侵略战争的准备, 准备打仗), and the 1972 directive (深挖洞、
  // 广积粮、不称霸; 备战、备荒、为人民) obeyed as the chairman's teaching (ownVoice in status.ts keeps it so cited).
  /随时准备(?:歼灭|粉碎)[^，。；]{0,8}入侵之敌|(?:做好|加强)[^，。；]{0,4}反侵略战争的?准备|准备打仗|世界大战[，,]保持(?:高度)?警惕/,
  /深挖洞[、，,]?\s*广积粮|备战[、，,]?\s*备荒[、，,]?\s*为人民/,
  /(?:苏联|苏修)社会帝国主义/,
  /毛主席的?革命外交路线/,
  // The Party's line named as the 1966–1978 texts named it (坚持毛主席的革命路线, 在毛主席革命路线指引下; 1979 on, 毛泽东
  // 同志, and the line by its content) and the Soviet leadership as 1964–1978 named it (苏联领导集团背叛马克思列宁主义).
  /毛主席的?(?:无产阶级)?(?:革命|正确)路线/,
  // A field's line named the chairman's (毛主席的无产阶级教育路线, 文艺路线, 1966–78), and the leading groups' 老、中、青三结合
  // (1968–78; later texts say 老中青相结合 or 梯次配备).
  /毛主席的?(?:无产阶级)?(?:教育|文艺|卫生|建军)路线/,
  /老[、，,]?中[、，,]?青三结合/,
  // The Soviet leaders paired as the revisionist line's two heads (列宁的叛徒赫鲁晓夫、勃列日涅夫, 1964–78); a history names
  // them apart (从赫鲁晓夫到勃列日涅夫) or among Stalin's heirs.
  /(?<!斯大林[、，,]\s*)赫鲁晓夫[、，,]\s*勃列日涅夫/,
  /苏联领导集团/,
  /第二世界/,
  // The Cultural Revolution's creations as 1973–1978 defended them (热情支持和爱护社会主义的新生事物, 十大, 十一大, 1978);
  // later texts say 新生事物 of anything new (改革开放中每一个新生事物), never 社会主义的新生事物.
  /社会主义的?新生事物/,
  // 1973's form of the saying (工、农、商、学、兵、政、党这七个方面，党是领导一切的); texts now say 党政军民学，东西南北中.
  /工[、，,]?农[、，,]?商[、，,]?学[、，,]?兵[、，,]?政[、，,]?党/,
  // The foes inside the Party as 1968–1978 named them (刘少奇叛徒集团垮台，林彪反党集团跳了出来, 十大).
  LIN_BIAO_AS_FOE,
  LIU_SHAOQI_AS_FOE,
  // The Soviet leaders as 1964–1978 named them (勃列日涅夫叛徒集团, 苏修叛徒集团, 新沙皇, 九大 to 十一大); later texts name
  // them plainly (苏联领导人, 勃列日涅夫).
  /(?:赫鲁晓夫|勃列日涅夫|苏修|苏联修正主义)[^，。；“”]{0,6}叛徒集团/,
  /新沙皇/,
  // The continued revolution's theses as the task of the day (九大, 1975, 十一大): the revolution in the superstructure
  // and the proletariat's all-round dictatorship over the bourgeoisie, in every field of culture. The 1981 resolution
  // rejected the theory; no later report states them.
  /上层建筑领域(?:里|中)?的?(?:社会主义)?革命|(?:占领|占据)[^，。；]{0,6}上层建筑领域/,
  /全面专政|(?:各个)?文化领域的?专政/,
  // The foes' line called ultra-right (林彪反党集团的极右实质, 1973; “四人帮”……修正主义路线的极右实质, 1977–78): the 1981
  // resolution named it ultra-left, and later texts quote the old verdict only in quotation marks.
  /(?:路线|集团)的极右实质/,
  // 1971's 三要三不要 held as the text's principle (坚持“要搞马克思主义，不要搞修正主义；……”的基本原则, status.ts keeps it).
  /要搞马克思主义[，,]\s*不要搞修正主义|三要三不要/,
];
