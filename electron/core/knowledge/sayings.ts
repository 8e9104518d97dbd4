// Well-known sayings (content/lexicon/sayings.json) and whose words they are. A speech that says
// 绿水青山就是金山银山 or 行百里者半九十 without quotation marks or a frame is quoting: the words are
// not its speaker's own. A 金句 that is essentially such a saying is credited to the person whose
// words they are (only where that is certain), to the classic it comes from, or to nobody.
import sayingsJson from '../../../content/lexicon/sayings.json' with { type: 'json' };
import { foldForSearch, foldedHan } from '../text/normalize.js';
import type { QuoteCandidate } from './quote-candidates.js';
import { fragmentReason } from './sentence-fragment.js';
import type { Saying } from './sayings-schema.js';

export type { Saying };

/** The shipped list, held to its schema by a unit test (sayings-schema.ts) rather than checked at
 * every start: zod is a large module the import worker would otherwise load for it alone. */
const SAYINGS = sayingsJson.entries as Saying[];

/** 的 comes and goes as a saying is retold (良好的生态环境 / 良好生态环境). */
const DE = 0x7684;

/** The Han characters of folded text but 的: punctuation and spacing vary between quotations; 我们党 is 党
 * retold (群众路线是我们党的生命线… is the listed 群众路线是党的生命线…). */
const hanKey = (s: string) =>
  foldedHan(s)
    .replace(/的/g, '')
    .replace(/我们党/g, '党');

interface Form {
  key: string;
  /** The form as listed, punctuation kept. */
  form: string;
  saying: Saying;
}

let index: Map<number, Form[]> | null = null;
/** Forms by their first character, longest first (the longest saying at a place wins). */
function formIndex(): Map<number, Form[]> {
  if (index) return index;
  index = new Map();
  const add = (form: string, saying: Saying) => {
    const key = hanKey(form);
    const list = index!.get(key.charCodeAt(0)) ?? [];
    list.push({ key, form, saying });
    index!.set(key.charCodeAt(0), list);
  };
  for (const saying of SAYINGS)
    for (const form of new Set([saying.text, ...(saying.variants ?? [])])) {
      add(form, saying);
      // (一名党员就是一面旗帜 said alone is the couplet in common use still: a clause of eight characters or more
      // of a saying that is nobody's is that saying. A person's or a classic's is only theirs whole.)
      if (saying.speaker || saying.work || saying.proverb) continue;
      for (const clause of form.split(/[，,；;]/))
        if (clause !== form && hanKey(clause).length >= 8) add(clause, saying);
    }
  for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
  return index;
}

let pairs: Map<number, Form[]> | null = null;
/** The same forms keyed by their first two code units (one-unit forms by that unit alone), in the
 * same order: a position is tried only against the forms that can start there. */
function pairIndex(): Map<number, Form[]> {
  if (pairs) return pairs;
  pairs = new Map();
  for (const list of formIndex().values())
    for (const form of list) {
      const k = form.key.length === 1 ? -form.key.charCodeAt(0) - 1 : pairKey(form.key, 0);
      const at = pairs.get(k) ?? [];
      at.push(form);
      pairs.set(k, at);
    }
  return pairs;
}
const pairKey = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

export interface SayingMatch {
  saying: Saying;
  /** Offsets of the saying in the text, from its first to its last character. */
  start: number;
  end: number;
  /** Share of the text's Han characters the saying covers. */
  coverage: number;
}

// The 金句 pass asks for the same sentence's saying several times (candidates, proverbs, credit): a
// small memo of recent sentences makes that one scan. Matches are shared, never changed.
const MEMO_SIZE = 512;
const memo = new Map<string, SayingMatch | null>();

/** The longest well-known saying in a text, if any. */
export function sayingIn(text: string): SayingMatch | null {
  let hit = memo.get(text);
  if (hit === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    hit = scanSayings(text);
    memo.set(text, hit);
  }
  return hit;
}

function scanSayings(text: string): SayingMatch | null {
  const folded = foldForSearch(text);
  // Han characters of the text but 的 (CJK blocks and, as surrogate pairs, the supplementary
  // planes) with the offset of each code unit.
  const at: number[] = [];
  let han = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === DE) continue;
    if (folded.startsWith('我们党', i)) {
      i++;
      continue;
    }
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      at.push(i);
      han += folded[i];
    } else if (c >= 0xd840 && c <= 0xd884 && i + 1 < folded.length) {
      at.push(i, i + 1);
      han += folded.slice(i, i + 2);
      i++;
    }
  }
  const forms = pairIndex();
  let best: { form: Form; i: number } | null = null;
  // (Longest first at each position, then the first position: only a longer form can replace the best.)
  for (let i = 0; i < han.length; i++)
    for (const list of [i + 1 < han.length ? forms.get(pairKey(han, i)) : undefined, forms.get(-han.charCodeAt(i) - 1)])
      for (const form of list ?? []) {
        if (best && form.key.length <= best.form.key.length) break;
        if (han.startsWith(form.key, i)) best = { form, i };
      }
  if (!best) return null;
  const last = best.i + best.form.key.length - 1;
  return {
    saying: best.form.saying,
    start: at[best.i]!,
    end: at[last]! + 1,
    coverage: best.form.key.length / han.length,
  };
}

/** Longest common subsequence of two strings (short: a sentence and a saying). */
function commonLength(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++)
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

const CLAUSE_BREAK = /[，,；;]/;

/** Share of the longer of two forms their common characters must reach for one to be the other retold. */
const RETOLD_SHARE = 0.75;

/** `群众的事再小也是大事`, `群众的事情，件件都是大事`, `民生的事没有小事`: 群众利益无小事 retold in a speaker's
 * own words, the slogan still (not the speaker's thesis). */
const NO_SMALL_MATTER =
  /(?:群众|百姓|人民|民生|居民|村民)[^，,。；;！!]{0,6}(?:[，,][^，,。；;！!]{0,4})?(?:无小事|没有小事|再小也是大事|(?:件件|样样|事事)?都是大事)/;

/** `坐在办公室里碰到的都是问题，下到基层看到的都是办法` for 坐在办公室碰到的都是问题，下去调研看到的全是办法: a
 * couplet saying of eight characters or more retold as a couplet with a few words changed, opening as it
 * does (its first two characters) and sharing three quarters of the longer form. (诚信是营商环境的基石 is
 * no retelling of 诚信是最好的营商环境: one clause each, a different thing said.) */
export function isRetoldSaying(text: string): boolean {
  if (NO_SMALL_MATTER.test(text)) return true;
  const han = hanKey(text);
  if (han.length < 8 || !CLAUSE_BREAK.test(text.replace(/[。！？!?]+$/, ''))) return false;
  return (formIndex().get(han.charCodeAt(0)) ?? []).some(
    (f) =>
      f.key.length >= 8 &&
      CLAUSE_BREAK.test(f.form) &&
      f.key[1] === han[1] &&
      commonLength(han, f.key) >= RETOLD_SHARE * Math.max(han.length, f.key.length),
  );
}

/** A 金句 whose Han characters are mostly a saying is that saying. */
export const SAYING_SHARE = 0.6;

/** A line that is essentially an everyday proverb (`proverb` in the list), or opens on one and says
 * its point after it (磨刀不误砍柴工，规划先行才能少走弯路): said to lead into a point (俗话说，一分耕耘
 * 一分收获) or to round one off, it teaches nothing, whoever says it. */
export function isProverb(text: string): boolean {
  const m = sayingIn(text);
  if (!m?.saying.proverb) return false;
  return (
    m.coverage >= SAYING_SHARE || (!/\p{Script=Han}/u.test(text.slice(0, m.start)) && /^[，,]/.test(text.slice(m.end)))
  );
}

/** The candidate as the saying it essentially is: cut to the saying (and its closing stop) and
 * credited to the person whose words they are or to the classic (`work`); a saying in common use
 * only takes the speaker off. Unchanged when it holds no saying or when the speaker is the
 * saying's own author. */
export function creditSaying<Q extends QuoteCandidate>(q: Q): Q {
  const m = sayingIn(q.text);
  // (A saying retold in other words is nobody's certain words: the speaker comes off, the words stay.)
  if (!m) return q.speaker && q.source === 'own' && !q.reported && isRetoldSaying(q.text) ? { ...q, speaker: null } : q;
  if (m.saying.speaker && m.saying.speaker === q.speaker) return q;
  // A speaker's own sentence built on someone else's saying (幸福都是奋斗出来的，好日子…) is not
  // certainly his; words a frame puts in someone's mouth stay theirs (习近平强调：“不忘初心、牢记使命，
  // 说到底是为什么人、靠什么人的问题。”), and so do words reported as someone's without marks
  // (习近平总书记强调，要坚持人民至上、生命至上，切实把…).
  // (A saying in common use that is the first member of a couplet a report retells, 郑某强调，社区虽小，连着千家万户；
  // 网格虽微，…, makes it nobody's certain words as it does a speaker's own sentence; 作风建设永远在路上，一刻也不能
  // 松懈 goes on in his own words and stays his.)
  const common = !m.saying.speaker && !m.saying.work;
  const opensRetold =
    common &&
    q.source === 'own' &&
    !/\p{Script=Han}/u.test(q.text.slice(0, m.start)) &&
    /^[；;]/.test(q.text.slice(m.end));
  if (m.coverage < SAYING_SHARE && (q.source !== 'own' || q.reported) && !opensRetold) return q;
  // A saying in common use is nobody's: the sentence stays whole (清清白白做人，干干净净做事，堂堂正正为官).
  if (common) return q.speaker ? { ...q, speaker: null } : q;
  if (m.coverage < SAYING_SHARE) return q.speaker ? { ...q, speaker: null } : q;
  const end = m.end + (/[。！；]/.test(q.text[m.end] ?? '') ? 1 : 0);
  // (农业强不强、农村美不美、农民富不富，决定着…的成色: a saying that only opens the sentence, as its subject, is no
  // sentence cut out; the sentence, partly another's words, is nobody's certain words.)
  if (end < q.text.length && fragmentReason(q.text.slice(m.start, end))) return q.speaker ? { ...q, speaker: null } : q;
  return {
    ...q,
    start: q.start + m.start,
    end: q.start + end,
    text: q.text.slice(m.start, end),
    speaker: m.saying.speaker ?? null,
    source: 'saying',
    ...(m.saying.work ? { work: m.saying.work } : {}),
  };
}
