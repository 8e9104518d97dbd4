// Document status: 现行 (current study material) or 历史文献 (historical record). Historical
// documents stay readable and searchable but never feed 金句, 提法 statistics, questions or topic
// suggestions unless the user opts the document in (study-material.ts).
import type { DocStatus } from '../../contract/api.js';
import { foldForSearch } from '../text/normalize.js';
import { writeHanYear } from '../text/han-year.js';
import { diedBeforePlenum } from './speaker-era.js';
import {
  ANTI_RIGHTIST_WORDING,
  CR_WORDING,
  EARLY_WORDING,
  FOUNDING_WORDING,
  LATER,
  LEAP_WORDING,
  PRE_PLENUM_WORDING,
  SPANNING_WORDING,
  TAIWAN_TO_LIBERATE,
} from './period-wording.js';
import { LATE_MAO_WORDING, LIN_BIAO_AS_FOE, MAO_LIVING_HEAD, MAO_MOURNED } from './late-mao-wording.js';
import { namedYears, ownPeriodDate } from './own-period-date.js';
import { BUILDING_SIGNS, speaksFromFirstPlan } from './first-plan-present.js';
import { singleSign } from './single-sign.js';
import { ownPresentBefore } from './present-year.js';
import { weakSigns } from './weak-signs.js';
import { withoutEditorLines } from './editor-lines.js';
import { gramsOf } from '../text/regex-literals.js';
export { DOC_STATUSES } from '../../shared/enums.js';
export type { DocStatus };

export interface StatusInfo {
  status: DocStatus;
  /** One line shown beside the 历史文献 label (why the document is historical). */
  statusNote: string | null;
}

export const CURRENT: StatusInfo = { status: '现行', statusNote: null };
const CR_NOTE = '“文化大革命”时期文献，其论点已被1981年《关于建国以来党的若干历史问题的决议》彻底否定，仅供党史研究。';
const PRE_PLENUM_NOTE = '十一届三中全会前的文献，已被1981年历史决议纠正，仅供党史研究。';
const EARLY_NOTE = '新中国成立初期的历史文献，反映当时的方针政策，供党史学习，不作为现行学习材料。';
/** A text dated 1957 to May 1966 is of the ten years of 全面建设社会主义, not of the founding years
 * (a 1963 学雷锋 article): the note names them and, like EARLY_NOTE, judges nothing it says. */
const BUILDING_NOTE =
  '全面建设社会主义时期（1956—1966年）的历史文献，反映当时的方针政策，供党史学习，不作为现行学习材料。';
// A date alone says when a text was written, not what it says (邓小平's 1975 整顿 speeches, his 1978
// 科学大会 speech): its note tells the period and never that the text's own theses were repudiated.
const CR_DATE_NOTE =
  '“文化大革命”时期（1966—1976年）的文献；1981年历史决议彻底否定了“文化大革命”。仅供党史研究，不作为现行学习材料。';
const PRE_PLENUM_DATE_NOTE = '十一届三中全会前（1978年12月以前）的文献，供党史学习，不作为现行学习材料。';
const LEAP_NOTE = '“大跃进”时期文献，其高指标、浮夸风等“左”倾错误后来已被纠正，供党史学习，不作为现行学习材料。';

/** The 中央工作会议 (1978-11-10 to 12-15) that prepared the Third Plenum opens the turn: 邓小平's
 * closing speech there (解放思想，实事求是，团结一致向前看, 12-13) became the plenum's keynote.
 * A text of its weeks is current unless it still speaks in the old line's voice (statusOfImport). */
const TURN = '1978-11-10';
const PLENUM = '1978-12-18';

/** `YYYY-MM-DD` of a date, a year alone read as its first day (1978 is before the plenum, 1979
 * after), a month alone as its first day (1978-11 before the 中央工作会议, 1978-12 in its weeks). */
function dayKey(date: string | null | undefined): string | null {
  const d = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  return d ? `${d[1]}-${d[2] ?? '01'}-${d[3] ?? '01'}` : null;
}

/** The status a user's own import gets from its date: a document written before the Third Plenum
 * (from the 中央工作会议 that prepared it, TURN) is a historical record, in particular one from the
 * Cultural Revolution, which the 1981 历史决议 repudiated. Without a date it is current, as the
 * user chose to import it. The user's documents store no note: it is told again from the date when
 * they are read (library-rows.ts). */
export function statusByDate(date: string | null | undefined): StatusInfo {
  const key = dayKey(date);
  if (!key) return CURRENT;
  const note = (text: string): StatusInfo => ({ status: '历史文献', statusNote: text });
  if (key < '1949-10-01') return note('新中国成立前的历史文献，供党史学习，不作为现行学习材料。');
  if (key < '1957-01-01') return note(EARLY_NOTE);
  if (key < '1966-05-16') return note(BUILDING_NOTE);
  if (key < '1976-10-06') return note(CR_DATE_NOTE);
  if (key < TURN) return note(PRE_PLENUM_DATE_NOTE);
  return CURRENT;
}

/** The note of a document the user marked historical, told from its date: one of the
 * 中央工作会议's weeks, current by default, was still written before the plenum. */
export function noteOfDate(date: string | null | undefined): string | null {
  const key = dayKey(date);
  return statusByDate(date).statusNote ?? (key && key < PLENUM ? PRE_PLENUM_DATE_NOTE : null);
}

/** Why an undated text by someone who died before the Third Plenum is historical; null otherwise. */
export function speakerNote(speakers: readonly string[]): string | null {
  const d = diedBeforePlenum(speakers);
  return d ? `${d.name}于${d.died}年逝世，本文献写于十一届三中全会以前，供党史学习，不作为现行学习材料。` : null;
}

/** A line named to be rejected, not said: the object of 停止使用, 放弃, 抛弃 … up to the 口号, 提法,
 * 理论 or 方针 it is called, and what follows 所谓 up to the next stop. The period's own verbs
 * (批判, 纠正, 否定: 妄图否定……的方针) are not among them: its texts use them of their enemies. */
const REJECTED =
  /(?:停止使用|不再提|放弃了?|抛弃了?|摒弃了?|废止了?)[^，。；！？]{0,24}?(?:口号|提法|理论|方针)|所谓[^，。；！？]{0,24}/g;

/** A text that narrates by the year, three or more of its sentences opening on different years
 * (1966年6月，… 1968年3月，… 1976年10月，…), up to `end`, the last year of the period whose wording
 * it uses: a 志 or a history, written after the years it tells. A period text recounts earlier
 * years too (1949年，… 1952年，… 1957年，… in a 1958 report) but never the years after it. */
function narratesByYear(folded: string, end: number): boolean {
  const years = new Set<number>();
  for (const m of folded.matchAll(
    /(?:^|[。！？\n])\s*((?:19|20)\d\d)年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[，,]|[至到—-])/g,
  ))
    years.add(Number(m[1]));
  return years.size >= 3 && Math.max(...years) >= end;
}

export const PERIODS = [
  [...FOUNDING_WORDING, ...ANTI_RIGHTIST_WORDING, ...EARLY_WORDING],
  LEAP_WORDING,
  CR_WORDING,
  PRE_PLENUM_WORDING,
  SPANNING_WORDING,
  LATE_MAO_WORDING,
];
/** Any period's set phrase (most texts have none: one scan answers them). */
export const ANY_WORDING = new RegExp(
  PERIODS.flat()
    .map((re) => `(?:${re.source})`)
    .join('|'),
);

/** The period whose own voice the text speaks in (at least `least` of its set phrases outside
 * quotation marks, nothing said about the period from later), as a historical status; else null. */
/** The text folded, and without what is not its own voice: a quotation (“……”, 「……」), a cited title
 * (《关于无产阶级文化大革命的决定》) or a line named to be rejected (停止使用以阶级斗争为纲的口号, 所谓……的理论).
 * A quotation over paragraphs opens each one on “ and closes only the last (a speech a memoir copies out). */
let lastVoice: { text: string; folded: string; unquoted: string } | null = null;
/** What a clause tells as then (……，那时候全村都在学大寨): a memoir's past, not the text's own voice. */
const THEN_TOLD = /(?:那时候?|那个时候)[^。！？；\n]*/g;
function ownVoice(text: string): { folded: string; unquoted: string } {
  // An undated text is read twice (periodOfWording, then ownTimeStatus): the last one is kept.
  if (lastVoice?.text === text) return lastVoice;
  const folded = foldForSearch(withoutEditorLines(text));
  const unquoted = keepObeyedDirective(folded)
    .replace(/“[^“”\n]*\n(?=\s*“)/g, '\n')
    .replace(/“[^“”]*”|「[^「」]*」|『[^『』]*』|《[^《》]*》/g, '')
    .replace(REJECTED, '')
    .replace(THEN_TOLD, '');
  lastVoice = { text, folded, unquoted };
  return lastVoice;
}

/** The war directive of 1966–1972 cited as the chairman's teaching to obey (毛主席教导我们：“深挖洞……”，“备战……”; 牢记毛主席
 * 关于“深挖洞……”的教导) is the text's own order of the day, not a quotation: its marks are dropped so that it counts. */
const OBEYED_DIRECTIVE = /(毛主席(?:教导我们[：:]|关于)\s*)((?:“(?:深挖洞|备战)[^“”]{0,16}”[，、,]?\s*){1,2})/g;
/** A slogan named as the policy or principle the text itself follows (根据“以粮为纲，全面发展”的方针, 贯彻“抓革命，促生产”的
 * 方针, 坚持“要搞马克思主义，不要搞修正主义；……”的基本原则) is its line of the day, not a quotation: its marks are dropped too.
 * It counts only where a period owns the words. */
const POLICY_FOLLOWED = /((?:根据|按照|遵照|贯彻|执行|坚持)\s*)“([^“”]{2,40})”(?=的?(?:方针|基本原则))/g;
/** The gang's name in its marks (“四人帮”, as every text since 1976 writes it) is a name, not a quotation: it stays,
 * so that the 1977–78 campaign against the gang alone can count (period-wording.ts); a later text pairs it with 林彪. */
const GANG_NAME = /[“"]\s*(四人帮)\s*[”"]/g;
/** A watchword given as the text's own reading of the world now (国际形势中的主流仍然是 “东风压倒西风”, 1962) is its voice,
 * not a quotation: its marks are dropped too, and it counts only where a period owns the words. */
const READING_NOW = /((?:形势|主流|特点)[^，。；“”]{0,8}?(?:仍然|依然|始终)?是)\s*“([^“”]{2,20})”/g;
const keepObeyedDirective = (folded: string) =>
  folded
    .replace(OBEYED_DIRECTIVE, (_, lead: string, q: string) => lead + q.replace(/[“”]/g, ''))
    .replace(POLICY_FOLLOWED, '$1$2')
    .replace(READING_NOW, '$1$2')
    .replace(GANG_NAME, '$1');

function periodOfWording(text: string, least: number): StatusInfo | null {
  const { folded, unquoted } = ownVoice(text);
  // Weak signs (weak-signs.ts) count with each period's set phrases, but two are needed where they are all there is.
  const weak = weakSigns(folded, unquoted);
  const weakCount = weak.reduce((a, b) => a + b, 0);
  // (The text's character pairs answer most of these lists without running them: regex-literals.ts.)
  const grams = gramsOf(unquoted);
  if (!grams.test(ANY_WORDING) && !/四人帮/.test(unquoted) && !weakCount && !singleSign(folded, unquoted, false))
    return null;
  const hits = (wording: RegExp[], i: number) => wording.filter((re) => grams.test(re)).length + weak[i]!;
  const [early, leap, cr, pre, span, late] = PERIODS.map(hits);
  // 新时期 is the 1977–78 texts' own word too (进入这个新时期的关键时刻, 新时期的总任务): beside that
  // period's own wording it is no later look back.
  if (LATER.test(pre ? folded.replace(/新时期/g, '') : folded)) return null;
  // Naming 毛泽东 only by his title (毛主席, twice or more outside quotation marks, never 毛泽东同志 as
  // the texts after the plenum name him) is the voice of his years: it adds to one set phrase of a
  // period, and makes a status alone only beside the 四人帮 named alone.
  // 周总理 is his premier named the same way (遵照毛主席的指示，周总理……), never 周恩来同志.
  const titles = (unquoted.match(/毛主席|周总理/g) ?? []).length;
  const byTitle = titles >= 2 && !/毛泽东同志|周恩来同志/.test(folded) ? 1 : 0;
  const own = early! + leap! + cr! + pre! + span! + late!;
  // Taiwan to be liberated, stated as the text's own aim, was superseded on 1979-01-01: it is enough alone.
  // So is the gang alone called bourgeois (“四人帮”……他们那个资产阶级帮派体系, 1977–78): from 1979 texts name it beside 林彪
  // as a 反革命集团.
  const aim = TAIWAN_TO_LIBERATE.test(unquoted) || (/资产阶级帮派体系/.test(unquoted) && !/林彪/.test(folded)) ? 1 : 0;
  // The latest period whose wording the text uses is when it was written; one that names the
  // 四人帮 (打倒了“四人帮”, “四人帮”的干扰破坏, 揭批四人帮) was written after their fall in October 1976,
  // in the two years before the plenum, whatever older period's words it still uses.
  const afterFall = /[“"]\s*四人帮\s*[”"]|(?:粉碎|打倒|揭批|批判)了?四人帮/.test(folded);
  // The gang named alone, never beside 林彪, in a text that names no year after 1978: the 1977–78 texts' way (from 1979
  // texts name 林彪、“四人帮” together). Like the chairman's title, it adds to one set phrase.
  const noLaterYear = namedYears(folded).every((y) => y <= 1978);
  const gangAlone = afterFall && !/林彪/.test(folded) && noLaterYear ? 1 : 0;
  // One sign no later text uses as its own voice is enough alone where no later year is named (single-sign.ts); with no
  // set phrase, the gang alone and the chairman's title together are two signs.
  const single = noLaterYear && singleSign(folded, unquoted, gangAlone > 0);
  // Weak signs alone take two, and the gang named alone is no second one (1979's report: 粉碎“四人帮”的时候 beside 一九七七年).
  const needed = own === weakCount ? Math.max(least, 2) : least;
  const gang = own === weakCount ? 0 : gangAlone;
  if (!single && (own === 0 ? byTitle + gangAlone < 2 : own + byTitle + aim + gang < needed)) return null;
  const onePeriod = early! + leap! + cr! + pre! > 0;
  if (narratesByYear(folded, pre || late || !onePeriod ? 1978 : cr ? 1976 : leap ? 1960 : 1957)) return null;
  // Words of the twenty years before the plenum alone (SPANNING_WORDING) tell only that; those of its last ten
  // (LATE_MAO_WORDING) rule out the years before 1966 and, without the Cultural Revolution's own, tell no more.
  const older = late ? 0 : leap! + early!;
  // 林彪 named as the enemy of the day (林彪反党集团, 林彪一伙) with no word of the 四人帮: written between his fall in
  // 1971 and theirs in 1976 (the texts of 1977–78 name them together), so in the Cultural Revolution's years.
  const linBiaoYears = !afterFall && LIN_BIAO_AS_FOE.test(unquoted) && !/四人帮/.test(folded);
  // The chairman still the centre's head (以毛主席为首的党中央) beside words of 1966–1978: written before his death in 1976-09.
  // The chairman mourned at his 追悼大会 (1976-09-18), the gang not yet named: written in his last weeks of 1976.
  const maoLiving = !afterFall && ((late! > 0 && MAO_LIVING_HEAD.test(unquoted)) || MAO_MOURNED.test(unquoted));
  const note =
    pre || afterFall
      ? PRE_PLENUM_NOTE
      : cr
        ? CR_NOTE
        : linBiaoYears || maoLiving
          ? CR_DATE_NOTE
          : !older
            ? PRE_PLENUM_DATE_NOTE
            : leap
              ? LEAP_NOTE
              : undatedEarlyNote(unquoted);
  return { status: '历史文献', statusNote: note };
}

/** The text names the year of `date` (2016, 二〇一六): the date is the text's, not only its page's. */
function namesYear(text: string, date: string): boolean {
  const year = date.slice(0, 4);
  const cn = writeHanYear(year);
  const folded = foldForSearch(text).replace(/[○零]/g, '〇');
  return folded.includes(year) || folded.includes(cn);
}

/** The status of a user's import: by its own date (a 题注, the line under the title or a 落款
 * date, else `fileDate`, one the file keeps outside its text: a Word page header's; either beats a
 * web page's publication date) when that is before the Third Plenum, else by its date. A text of the
 * 中央工作会议's weeks goes by its voice. A date the text never names (a web page's publication date
 * of a reprint) does not outweigh its voice. Undated, by its speakers (all of whom died before the
 * Third Plenum); an undated text in a period's own wording (at least two of its set phrases, none
 * quoted, nothing said about the period from later) is a historical record of that period. */
export function statusOfImport(
  date: string | null | undefined,
  text: string,
  speakers: readonly string[] = [],
  fileDate?: string,
): StatusInfo {
  const textDate = ownPeriodDate(text);
  const ownDate = textDate ?? fileDate ?? null;
  const own = statusByDate(ownDate);
  if (own.status !== '现行') return own;
  const byDate = statusByDate(date);
  if (byDate.status !== '现行') return byDate;
  const dated = dayKey(ownDate ?? date);
  if (dated && dated < PLENUM) return periodOfWording(text, 1) ?? CURRENT;
  // A page header's date, like a page's, may be the copy's and not the text's.
  if (textDate || (date && namesYear(withoutEditorLines(text), date))) return CURRENT;
  if (!date) {
    const bySpeaker = speakerNote(speakers);
    if (bySpeaker) return { status: '历史文献', statusNote: bySpeaker };
  }
  // Words that tell only "before the plenum" yield to the text's own present year where it names one (1964's 工业……出现了
  // 新的跃进 beside 一九六四年: the 1956–66 note).
  const byWords = periodOfWording(text, 2);
  if (byWords?.statusNote === PRE_PLENUM_DATE_NOTE) return ownTimeStatus(text) ?? byWords;
  return byWords ?? ownTimeStatus(text) ?? CURRENT;
}

/** An undated text without a period's set phrases that still speaks of 1949–1959 as its present (their institutions
 * or years, in the present tense, nothing later: first-plan-present.ts) is a record of those years. */
/** An undated pre-1966 text: the 1956–66 note when it uses words only those years used, else the founding years'. */
const undatedEarlyNote = (unquoted: string) => (BUILDING_SIGNS.test(unquoted) ? BUILDING_NOTE : EARLY_NOTE);

function ownTimeStatus(text: string): StatusInfo | null {
  const { folded, unquoted } = ownVoice(text);
  // The year it counts as now (从一九五九年到现在的五年, 今年……十周年), up to 1978, with no later year or look back: its date.
  const now = ownPresentBefore(unquoted, folded, 1978);
  if (now !== null && !LATER.test(folded)) return statusByDate(String(now));
  const years = speaksFromFirstPlan(folded, unquoted, LATER);
  if (!years) return null;
  return { status: '历史文献', statusNote: years === 'building' ? BUILDING_NOTE : undatedEarlyNote(unquoted) };
}
