// A speaker's account of his own place on a page of remarks (发言摘登): its conditions (`我们乡山多地少，集体
// 经济底子薄`, `竹园村人多地少`), its figures (`全乡8个村集体收入都超过了10万元`) and what it has done (`这几年，
// 我们村把闲置的老屋改成民宿`). Each is true of one place only: a report on it, never a point to study.

/** A place a post names (`桐柏镇竹园村党支部书记` → 桐柏镇, 竹园村): a name of a few characters before its kind. */
const PLACE = /[\u4e00-\u9fff]{1,5}?(?:社区|街道|村|镇|乡|县|区|市)/g;

/** The places a byline's label names, each also without its kind when two characters or more are left
 * (`临江区委书记` → 临江区, 临江: `临江是老工业区`). */
export function placesIn(label: string): string[] {
  const out = new Set<string>();
  for (const [place] of label.matchAll(PLACE)) {
    out.add(place);
    const bare = place.replace(/(?:社区|街道|村|镇|乡|县|区|市)$/, '');
    if (bare.length >= 2) out.add(bare);
  }
  return [...out];
}

/** A time the account opens on (`这几年，`, `去年`, `近三年，`). */
const WHEN =
  '(?:(?:去年|今年|前年|近年来|这些年|这几年|这两年|过去一年|过去|多年来|以前|近[一二三四五六七八九十两]年)[，,]?)?';

/** `我们乡…`, `我镇…`, `全县…`, `本村…`: the speaker's own place as the subject (`我们镇的做法，…` names a
 * practice it goes on to state: kept). */
const OWN_PLACE = new RegExp(
  `^${WHEN}(?:我们|我|全|本)(?:乡|镇|县|区|市|村|街道|社区|局|院|校|集团|公司)(?!的|里|上下)`,
);

/** `我们把…作为…`, `我们在全区推行…`: what the speaker's side has done, narrated. */
const OWN_DEEDS = new RegExp(
  `^${WHEN}我们(?:把|在|坚持|推行|探索|建立|实施|开展|先后|累计|新建|建成|完成|投入|引进|打造|已经?|共)`,
);

/** A figure: digits with a unit or a share (`1326名`, `12.6%`, `3万多人次`), or a share in tenths (`占四成多`). */
const FIGURE =
  /[0-9０-９]+(?:\.[0-9]+)?\s*(?:[%％]|[万亿千百]|个|家|户|名|人|件|座|条|所|项|次|亩|元|公里|千米|米|吨|张|辆|套|处|村|栋|间|台|场|批|倍|岁|天)|[一二三四五六七八九]成(?:多|以上|左右)/;

/** Whether a sentence of a byline's turn is the speaker's account of his own place (`places`: those his
 * byline names). */
export function isLocalAccount(text: string, places: readonly string[] = []): boolean {
  const t = text.trim();
  if (OWN_PLACE.test(t) || OWN_DEEDS.test(t) || FIGURE.test(t)) return true;
  return places.some((p) => new RegExp(`^${WHEN}${p}(?!的)`).test(t));
}

/** `刚当选那年，村里账上只有三百块钱。`, `刚到县里工作时，企业办一个证要跑七八个部门。`: an answer's story of how things were
 * when the speaker came, told in counts — the then of a before-and-after, no point without it (an uncounted
 * `刚来的时候，村民不信任我们` is a speech fixture's labelled line, so the count is asked for). */
const CAME_THEN = /^刚(?:来|到|当选|上任|参加工作|接手)[^，,。；;]{0,10}?(?:时|的时候|那年|那会儿?)[，,]/;
const COUNTED =
  /(?:[一二两三四五六七八九十百千]+|好几)(?:个|块钱?|元|户|人|间|张|本|条|家|所|项|次|亩|公里|部门)|[0-9０-９]+\s*(?:个|块|元|户|人|家|亩)/;
export const isCountedPast = (text: string): boolean => CAME_THEN.test(text.trim()) && COUNTED.test(text);

/** `每逢雨雪天气，我们都要连夜巡线`, `每趟车跑下来要两个多小时`, `那年刚进城，我…`, `有一次，一位老人…`, `记得有一年汛期，…`: a
 * sentence that opens on a time or a frequency (`前不久，我到红星社区调研，…`) tells what happened once or what is done
 * each time — a turn's narrative, no line to study. A maxim opens on its subject (`每一声啼哭，都是…`, `每一个细节…`
 * count nothing). */
const TIME_FIRST =
  /^(?:记得)?(?:那(?:年|几年|些年|一年|天|时候?|会儿?)|有(?:一次|一回|一年|一天|段时间)|前不久|不久前|前些(?:天|日子)|前段时间|每(?:逢|当|到)[\u4e00-\u9fff]{1,8}[，,]|每(?:天|日|晚|夜|周|月|年|季|次|回|趟)|每个(?:夜班|周末|月|早上|晚上|星期|节假日))/;
export const isTimeFirstAccount = (text: string): boolean => TIME_FIRST.test(text.trim());
