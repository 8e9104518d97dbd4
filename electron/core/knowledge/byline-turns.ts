// A page of several people's remarks (发言摘登, 发言摘要, 代表发言): each remark set under a byline line —
// `桃源镇党委书记 周立新：`, `祁来顺（桃源镇党委书记）`, `■ 谭志刚 江北区委书记`, `■ 司马国栋 代表（河西镇党委书记）`,
// or run in as `河口市发展改革委主任 郑文博：从根本上说，…`. A byline opens a turn that runs to the next byline:
// its paragraphs are that person's words when the byline names him in full (a name that reads as a
// person's, split from the post by a space or brackets, or the one split of the characters that leaves a
// post and a name). A byline by post alone (`县应急管理局负责人：`, `■ 县委常委、宣传部部长`) opens a turn
// that is nobody's. Words the turn retells of others (`习近平总书记指出：“…”`) stay theirs (quote-candidates.ts).
import { COMPOUND, isBylineName, SURNAMES, UNIT_END } from './byline-name.js';
import { CITATION_LABEL } from './award-citation.js';
import { placesIn } from './local-account.js';
import { CALLING, ROLE, SEAT, TITLE_WORD } from './post-role.js';

/** Whose a paragraph's words are and where they start; `name: null` for a byline by post alone. `places`: the
 * places the byline's post names (`临江区委书记` → 临江区, 临江), whose own account the turn gives (local-account.ts). */
export interface BylineTurn {
  name: string | null;
  at: number;
  places?: readonly string[];
}

const MARKER = /^\s*[■◆●▲□◇★☆▌|｜]?\s*/;
const SPACE = /[\s\u3000]+/;
/** An office's staff named by their office alone (`县乡村振兴局干部`, `市信访局工作人员`). */
const OFFICE_STAFF = `[\\u4e00-\\u9fff]{1,20}?(?:局|委|办|院|所|站|中心|部|厅|队)(?:的)?(?:干部|工作人员|职工)`;
/** A post, a seat (`代表`), an office's staff, or an unnamed person in charge (`县交通运输局有关负责同志`), with an optional post
 * in brackets after a seat (`代表（河西镇党委书记）`); posts may be listed with 、 (`县委副书记、县长`). */
const POST_PART = `(?:${ROLE}|[\\u4e00-\\u9fff]{0,24}?负责(?:人|同志)|${OFFICE_STAFF}|${SEAT}|${CALLING})`;
const POSTS = new RegExp(`^${POST_PART}(?:、${POST_PART})*(?:[（(]${POST_PART}(?:、${POST_PART})*[）)])?$`);
/** `祁来顺（桃源镇党委书记）`: a name, then its post in brackets; `孟庆春代表（临江市市长）`: a deputy's seat between. */
const NAME_BRACKET_POST = /^([\u4e00-\u9fff]{2,4}(?:代表|委员)?)[（(]([^（）()]{2,30})[）)]$/;
/** `韦美玲（民进界）`, `覃志宏　民盟界`: a 政协 member's 界别 after the name, in a 大会发言摘登, where a post would be. */
const SECTOR = /^[\u4e00-\u9fff]{1,10}界$/;
const isPostOrSector = (s: string) => isPosts(s) || SECTOR.test(s);
/** A label that is a whole line: short, no sentence inside it. */
const LINE_LABEL = /^[^。！？!?，,；;“”"]{2,40}$/;
/** A closing note of the page (`（本报记者 田野 整理）`, `编后：…`): the last turn ends before it. */
const CLOSING = /^\s*(?:[（(【[][^）)】\]]*(?:整理|记者|编辑|来源|通讯员)|编后|责任编辑)/;
/** Another voice's label (`主持人：下面请…`, `记者：…？`): the turn before it has ended. */
const OTHER_VOICE = /^\s*(?:主持人|记者|问|提问|编者按|编者)(?:[（(][^（）()]{0,30}[）)])?[：:]/;

/** What a turn says that is no point to study: a remark on the meeting itself (`大家的发言很实在`, `刚才几位
 * 同志讲得很好`), or the speaker's side's pledge whatever its verb (`我们将全面推行林长制`, `我们镇将组织干部…`,
 * `今年我们将…`) — a 表态 page is made of them. (Only in a byline's turn: a press conference's `我们将…` answers
 * are what its spokesman said, speech-fixtures.) */
// (`我是一名农民代表，…`, `我在乡镇工作了十二年，…`, `我当了二十六年村支书，…`: the speaker introducing himself.
// A deputy's judgement of the report, `报告提出的目标，既鼓舞人心，又切实可行`, stays: turns25 labels it good.
// `建议加大…`: a 政协 member's proposal, his motion, not a line.)
export const TURN_ASIDE =
  /^建议|发言|讲话|讲得|刚才|座谈|会上|这次会|本次会|^我是(?:一名|一个|一位)|^我在[^，,。；;]{1,12}(?:工作|任职)了?[^，,。；;]{0,4}年|^我(?:当|干|做)了[^，,。；;]{1,6}年|(?:^|[，,；;])(?:今年|明年|下一步|接下来)?[，,]?我们[\u4e00-\u9fff]{0,2}?将(?!来|近)/;

/** `我送快递六年了`, `我从十二岁开始…`, `我开公交十八年，…`, `我们骑手每天要跑…`: a speaker's own years, days and miles,
 * counted, are his account of himself in any turn, a byline's or one run in under his label. */
export const SELF_ACCOUNT =
  /^我们?[^，,。；;“”]{0,10}?(?:[\d一二三四五六七八九十百千两几]+多?(?:年|岁|里|公里|小时|个小时)|每天)/;

const isPosts = (s: string) => POSTS.test(s);
const TITLE = new RegExp(TITLE_WORD);

/** A name set apart from its post by a space or brackets: the place fixes where it starts and ends, so a
 * surname and a given name are enough, however jieba cuts them (祁来/x 顺/p for 祁来顺). */
function slotName(n: string): boolean {
  if (isBylineName(n)) return true;
  // (A place or a unit in the name's slot, `生猪养殖户 石门村`, is no name however its first character reads.)
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(n) || TITLE.test(n) || UNIT_END.test(n)) return false;
  const surname = COMPOUND.exec(n)?.[0] ?? (SURNAMES.includes(n[0]!) ? n[0]! : null);
  return !!surname && n.length - surname.length === 2;
}

/** `李伟代表`, `陈豪代表（云南省委书记）`: a deputy's name with his seat after it. */
const withoutSeat = (s: string) => s.replace(/(?<=[\u4e00-\u9fff]{2})(?:代表|委员)$/, '');

/** A label that frames words (`华西村党委书记吴协恩说：“…”`, `…第一书记张帅讲述`) is no byline: quote-frames.ts reads it. */
const SAYING_END = /(?:说|讲|讲述|表示|指出|认为|强调|介绍|谈|谈到|提出|坦言|感慨|告诉记者|建议|呼吁)$/;

/** The name a byline's label gives, `null` when it gives a post alone, `undefined` when it is no byline. */
function labelName(label: string): string | null | undefined {
  const line = label.trim();
  if (SAYING_END.test(line)) return undefined;
  const bare = line.replace(/同志$/, '');
  const bracket = NAME_BRACKET_POST.exec(bare);
  const bracketName = bracket && withoutSeat(bracket[1]!);
  if (bracketName && slotName(bracketName) && isPostOrSector(bracket[2]!)) return bracketName;
  if (isPosts(line)) return null;
  if (bracket) return undefined;
  const parts = bare.split(SPACE);
  if (parts.length === 2) {
    // `谭志刚 江北区委书记` (name first, on a marked line) or `桃源镇党委书记 周立新`.
    const [a, b] = [withoutSeat(parts[0]!), withoutSeat(parts[1]!)];
    if (slotName(a) && isPostOrSector(parts[1]!)) return a;
    if (isPosts(a) && slotName(b)) return b;
    return undefined;
  }
  // (`市发展改革委 干部 冯子轩`: the office and the post set apart too.)
  if (parts.length === 3)
    return isPosts(parts[0]! + parts[1]!) && slotName(withoutSeat(parts[2]!)) ? parts[2]! : undefined;
  if (parts.length !== 1) return undefined;
  // `县委书记李国强`: certain only when one split leaves a post and a name (not both `局长` + `高志勇` and
  // `局长高` + `志勇`).
  const one = withoutSeat(bare);
  const splits = [2, 3, 4].filter(
    (k) => one.length - k >= 2 && isPosts(one.slice(0, -k)) && isBylineName(one.slice(-k)) && slotName(one.slice(-k)),
  );
  return splits.length === 1 ? one.slice(-splits[0]!) : undefined;
}

/** A label's words: the line up to its colon, or the whole line when short; null when the paragraph has none. */
function labelOf(p: string): { label: string; marker: number; colon: RegExpExecArray | null } | null {
  const marker = MARKER.exec(p)![0].length;
  const rest = p.slice(marker);
  const colon = /[：:]/.exec(rest);
  const label = colon ? rest.slice(0, colon.index) : rest.trim();
  return LINE_LABEL.test(label) ? { label, marker, colon } : null;
}

const ANY_POST = new RegExp(`${TITLE_WORD}|代表|委员|负责`);

/** A byline whose name is not certain (`吉狄马加（中国作协副主席）`, `法国前总理德维尔潘：`, `…第一书记张帅讲述`): it
 * gives nobody a turn, but the turn before it has ended. */
const closesTurn = (p: string) => {
  const l = labelOf(p);
  if (!l) return false;
  // (`梁鸿鹰(《文艺报》社总编辑)`, `铁  凝(中国作协主席)`: a name and what he is, in brackets, whatever the post.)
  if (!l.colon && NAMED_LINE.test(l.label)) return true;
  // (`黎小梅（市第一中学教师）：教书是…`: the next speaker's run-in label, whatever her post, ends the turn before.)
  const bracket = l.colon && NAME_BRACKET_POST.exec(l.label.trim());
  if (bracket && slotName(withoutSeat(bracket[1]!))) return true;
  // (A label with words after its colon is a frame there, `习近平总书记指出：“…”`, not a byline.)
  const alone = !l.colon || !p.slice(l.marker + l.colon.index + 1).trim();
  return alone && (!!l.colon || l.marker > 0 || /[（(]/.test(l.label) || SPACE.test(l.label)) && ANY_POST.test(l.label);
};
const NAMED_LINE =
  /^[\u4e00-\u9fff][\s\u3000]*[\u4e00-\u9fff]{1,3}(?:[\s\u3000]*[\u4e00-\u9fff]{1,3})?[（(][^（）()]{2,40}[）)]$/;

/** `肩上越是沉重,信念越是巍峨` right before `舒  婷(福建文联副主席)`: a short line without a full stop just before
 * a byline (or a line that ends a turn) is the next remark's subtitle, not the last words of the turn before. */
const SUBTITLE = /^[^。！？!?]{1,30}$/;

/** A paragraph that is a byline: the whole line (`…：` or none), or a label run into its words (`…：从根本上说，…`). */
function byline(p: string): BylineTurn | null {
  const l = labelOf(p);
  if (!l) return null;
  const { label, marker, colon } = l;
  // (A line without a colon or a marker is a byline only with its own name and post, not `县委常委、宣传部部长`.)
  const name = labelName(label);
  if (name === undefined || (name === null && !colon && marker === 0)) return null;
  const at = colon ? marker + colon.index + 1 : p.length;
  // (Words after the colon make it a run-in turn; a name alone before them is transcript-turns.ts' to read.)
  const places = placesIn(label);
  return { name, at: at + (/^\s*/.exec(p.slice(at))?.[0].length ?? 0), ...(places.length ? { places } : {}) };
}

/** Per paragraph (folded, headings included): the byline turn it belongs to, or null. A page must have two
 * bylines at least, one of them naming a person, and three when only one names one; none two lines in a row. */
export function bylineTurns(paragraphs: readonly string[]): (BylineTurn | null)[] {
  const lines = paragraphs.map(byline);
  const found = lines.filter((l) => l !== null);
  const named = new Set(found.map((l) => l.name).filter((n) => n !== null)).size;
  // (Two bare byline lines in a row are a list of people — a masthead, those present —, not turns.)
  const bare = (i: number) => !!lines[i] && lines[i]!.at >= paragraphs[i]!.length;
  const list = paragraphs.some((_, i) => bare(i) && bare(i + 1));
  if (list || found.length < 2 || named === 0 || (named === 1 && found.length < 3)) return paragraphs.map(() => null);
  const out: (BylineTurn | null)[] = [];
  let open: BylineTurn | null = null;
  paragraphs.forEach((p, i) => {
    if (lines[i]) open = lines[i];
    // (`颁奖词（黄春燕）：…`: an award's citation, nobody's, award-citation.ts.)
    else if (CLOSING.test(p) || OTHER_VOICE.test(p) || CITATION_LABEL.test(p) || closesTurn(p)) open = null;
    out.push(lines[i] ?? (open ? { ...open, at: 0 } : null));
  });
  for (let i = paragraphs.length - 2; i >= 0; i--)
    if (!lines[i] && SUBTITLE.test(paragraphs[i]!) && (lines[i + 1] || !out[i + 1])) out[i] = null;
  return withoutNarratedTurns(paragraphs, out, lines);
}

/** `■ 王五 某村党支部书记` then `2015年，王五回到村里……他带领村民…`: a turn that names its person again, or
 * speaks of him as 他/她, is a profile written about him, not his remarks: nobody's. */
function withoutNarratedTurns(
  paragraphs: readonly string[],
  turns: (BylineTurn | null)[],
  lines: readonly (BylineTurn | null)[],
): (BylineTurn | null)[] {
  const out = [...turns];
  let start = -1;
  const close = (end: number) => {
    const name = start >= 0 ? turns[start]!.name : null;
    if (!name) return;
    const body = paragraphs.slice(start + 1, end).concat(paragraphs[start]!.slice(turns[start]!.at));
    const given = name.slice(-2);
    if (body.some((p) => p.includes(name) || p.includes(given) || /^\s*[他她]/.test(p)))
      for (let k = start; k < end; k++) if (out[k]) out[k] = { ...out[k]!, name: null };
  };
  turns.forEach((t, i) => {
    if (lines[i] || !t) {
      close(i);
      start = lines[i] ? i : -1;
    }
  });
  close(turns.length);
  return out;
}
