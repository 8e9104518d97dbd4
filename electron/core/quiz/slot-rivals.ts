// Blanks of a user's import whose slot has a rival as standard as the key. Found by judging
// questions-imported17.json: the rank of a generic head (中国是维护世界和平的【坚定力量】: 重要力量 fits;
// 把人员转移避险作为【底线】任务: 首要), a mode of government service set in quotation marks (推行“【一网通办】”,
// 推行“【一件事一次办】”: each fits the other's sentence), and a clause of a parallel series the library fills
// otherwise (【发展是第一要务】，人才是第一资源，创新是第一动力: the library's first clause is 科技是第一生产力), an item
// of a list of one shape the library lists with another (新产业、新模式、【新动能】: 新业态), and, left by
// questions-imported16.json, a task weighed as a burden (【稳增长】的担子).
import { lexicon } from '../knowledge/lexicon.js';
import { hanChars } from '../text/normalize.js';
import { tokenize } from '../text/segment.js';
import type { SourceDoc } from './types.js';
import { frameFilledOtherwise, refersBack, subjectFrameFilledOtherwise } from './frame-rivals.js';
import {
  etcListItem,
  genericGoal,
  joinedPairHalf,
  pairHalf,
  shapedListItem,
  commaVerbSeries,
  openingPrinciple,
  writersPick,
  patternedListItem,
  siblingListItem,
  verbSeriesItem,
} from './open-slots.js';

type Span = { start: number; end: number; text: string };

/** Generic heads whose rank (重要, 首要, 坚定, 中坚, 根本) is all a blank before them asks. */
// A key holding its head is asked only of 力量: 根本任务, 主导作用 are the wording of a formulation (用党的创新理论
// 武装全党是党的思想建设的【根本任务】, questions-imported4.json: good).
const RANKED_KEY = /^\p{Script=Han}{2}力量$/u;
const HEAD_AFTER = /^(?:力量|任务)/u;
/** A generic head ranked by a word its peers replace (企业优胜劣汰的【重要途径】: 有效途径, 主要途径 fit as well;
 * questions-imported19.json). 根本, 基本 rank a formulation's own head (根本任务) and stay. */
const SWAPPED_RANK = /^(?:重要|主要|有效)(?:途径|手段|支柱|前提|内容|条件|方面|环节|举措|措施|方式|渠道|保证|保障)$/u;

/** Whether the blank is only the rank of a generic head in a predicate (…的【坚定力量】, 作为【底线】任务). */
export function rankOfHead(text: string, blank: Span): boolean {
  const before = text.slice(0, blank.start);
  if (!/(?:的|作为|成为|为)$/.test(before)) return false;
  const key = hanChars(blank.text);
  return RANKED_KEY.test(key) || SWAPPED_RANK.test(key) || (key.length === 2 && HEAD_AFTER.test(text.slice(blank.end)));
}

/** A mode of government service (一网通办, 一件事一次办, 一窗通办, 马上办): its siblings fit any sentence one fits. */
const SERVICE_MODE = /^(?:一\p{Script=Han}{1,5}办|\p{Script=Han}{0,3}(?:通办|马上办|就近办|网上办|掌上办|帮代办))$/u;

/** Whether the blank is a mode of government service a verb of carrying out takes (推行“【一网通办】”); where the line
 * says what it covers (“【一件事一次办】”事项扩大到56项, questions-imported4.json: good) it stays. */
export function serviceMode(text: string, blank: Span): boolean {
  return (
    SERVICE_MODE.test(hanChars(blank.text)) &&
    // A short object may stand between the verb and the mode (推行涉企事项“【一件事一次办】”, questions-imported19.json).
    /(?:推行|实行|推广|推进|实施|落实)\p{Script=Han}{0,6}[“"]?$/u.test(text.slice(0, blank.start))
  );
}

/** Marks that part the clauses of a series. */
const PART = /[，,、；;]/;
const END = /[。！？!?\n]/;

const partBefore = (text: string, at: number): string | null => {
  if (!PART.test(text[at - 1] ?? '')) return null;
  let from = at - 1;
  while (from > 0 && !PART.test(text[from - 1]!) && !END.test(text[from - 1]!)) from--;
  return text.slice(from, at - 1);
};
const partAfter = (text: string, at: number): string | null => {
  if (!PART.test(text[at] ?? '')) return null;
  let to = at + 1;
  while (to < text.length && !PART.test(text[to]!) && !END.test(text[to]!)) to++;
  return text.slice(at + 1, to);
};

/** The longest run of two or more Han characters `a` and `b` share (是第一 of 发展是第一要务 and 人才是第一资源). */
function sharedRun(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++)
    for (let j = i + best.length + 1; j <= a.length; j++) {
      const run = a.slice(i, j);
      if (!b.includes(run)) break;
      best = run;
    }
  return best.length >= 2 ? best : '';
}

/** Whether the blank is a whole clause of a parallel series (its neighbour clause shares a frame with it: 是第一)
 * and a shipped text (`shipped`: their paragraphs) holds that neighbour beside another clause of the frame in the
 * blank's place. A learner who knows the library's series gives its clause. */
export function slotFilledOtherwise(text: string, blank: Span, shipped: () => readonly string[]): boolean {
  const key = hanChars(blank.text);
  const whole =
    (blank.start === 0 || PART.test(text[blank.start - 1]!) || END.test(text[blank.start - 1]!)) &&
    (blank.end === text.length || PART.test(text[blank.end]!) || END.test(text[blank.end]!));
  if (!whole || key.length < 4) return false;
  for (const side of ['after', 'before'] as const) {
    const near = side === 'after' ? partAfter(text, blank.end) : partBefore(text, blank.start);
    if (!near || hanChars(near).length < 4) continue;
    const frame = sharedRun(key, hanChars(near));
    if (!frame) continue;
    for (const body of shipped()) {
      for (let at = body.indexOf(near); at >= 0; at = body.indexOf(near, at + 1)) {
        const slot = side === 'after' ? partBefore(body, at) : partAfter(body, at + near.length);
        if (slot && hanChars(slot) !== key && slot.includes(frame) && !slot.includes(key)) return true;
      }
    }
  }
  return false;
}

/** The items of the 、 list holding the blank, when all are of one shape with it (新产业、新模式、【新动能】: three Han
 * opening on 新), else null. */
function sameShapeItems(text: string, blank: Span): string[] | null {
  const key = hanChars(blank.text);
  if (key.length < 2 || key.length > 4) return null;
  let from = blank.start;
  while (from > 0 && !/[，,；;。！？!?：:“”\n]/.test(text[from - 1]!)) from--;
  let to = blank.end;
  while (to < text.length && !/[，,；;。！？!?：:“”\n]/.test(text[to]!)) to++;
  const parts = text.slice(from, to).split('、');
  // The first and last parts carry the clause's words (加快培育新产业; 新动能在加快壮大): their end or start.
  const items = parts.map((part, n) => {
    const han = hanChars(part);
    if (han.endsWith(key) || han.startsWith(key)) return key;
    return n === 0 ? han.slice(-key.length) : han.slice(0, key.length);
  });
  if (items.length < 3 || !items.includes(key)) return null;
  return items.every((i) => i.length === key.length && i[0] === key[0]) ? items : null;
}

/** Whether the blank is an item of a 、 list of one shape (新产业、新模式、【新动能】) whose other items a shipped text
 * (`shipped`: paragraphs) lists beside another item of that shape the list lacks (新产业新业态新模式): a learner who
 * knows the library's list gives its item. */
export function rivalListItem(text: string, blank: Span, shipped: () => readonly string[]): boolean {
  const items = sameShapeItems(text, blank);
  if (!items) return false;
  const key = hanChars(blank.text);
  const others = items.filter((i) => i !== key);
  const shape = new RegExp(`${key[0]}\\p{Script=Han}{${key.length - 1}}`, 'gu');
  for (const para of shipped()) {
    const body = hanChars(para);
    for (let at = body.indexOf(others[0]!); at >= 0; at = body.indexOf(others[0]!, at + 1)) {
      // The run of items of the shape from here, back and forth, each following the last.
      let from = at;
      while (from >= key.length && body.slice(from - key.length, from)[0] === key[0]) from -= key.length;
      let to = at;
      while (body[to] === key[0] && to + key.length <= body.length) to += key.length;
      const run = body.slice(from, to);
      const found: string[] = run.match(shape) ?? [];
      if (others.every((o) => found.includes(o)) && found.some((f) => !items.includes(f))) return true;
    }
  }
  return false;
}

/** Whether the blank is a task weighed as a burden (【稳增长】的担子必须牢牢扛在肩上): any task of the day fits
 * (发展, 改革; questions-imported16.json, held out). */
export function burdenSlot(text: string, blank: Span): boolean {
  return /^的(?:担子|重担|千斤重担)/.test(text.slice(blank.end));
}

/** Verbs of upholding or building whose whole object a long 提法 may be, with a 具有…的 gloss between
 * (必须坚持【党中央集中统一领导】, 加快构建具有本地特色的【现代化产业体系】). */
const HOLD_VERB = /(坚持|建设|构建|加强|维护)(?:具有[^，,。；;]{1,8}的)?$/u;
/** Han characters from which a 提法 is a long doctrinal phrase a bare verb gives no cue to. */
const LONG_KEY_HAN = 6;

/** Whether the blank is a long 提法 standing as the whole object of a verb of upholding or building, and the
 * library says that verb before another 提法 of the same head and field the sentence does not show (坚持【党中央集中统一
 * 领导】: 坚持党的全面领导; 建设【现代化产业体系】: 建设现代化经济体系, questions-imported18.json). */
export function headRival(text: string, blank: Span, shipped: () => readonly string[]): boolean {
  const key = hanChars(blank.text);
  const verb = HOLD_VERB.exec(text.slice(0, blank.start))?.[1];
  if (!verb || key.length < LONG_KEY_HAN || !/^(?:[，,。；;！!]|$)/.test(text.slice(blank.end))) return false;
  const head = key.slice(-2);
  // Of the key's own field (构建【亲清政商关系】 has no rival in 构建新型国际关系).
  const field = lexicon().find((e) => e.term === key)?.category;
  const rivals = lexicon().filter(
    (e) =>
      e.category !== '历史提法' &&
      e.category === field &&
      e.term.endsWith(head) &&
      !key.includes(e.term) &&
      !e.term.includes(key) &&
      !text.includes(e.term),
  );
  return rivals.some((e) => shipped().some((p) => p.includes(verb + e.term)));
}

/** A judgement's bare subject and the modifier of its predicate before the blank (大型国有企业是|国民经济的|【骨干】). */
const JUDGED_BEFORE = /(\p{Script=Han}{2,8}?)(?:从来|始终|历来)?(?:就|都|也)?是(\p{Script=Han}{0,10})的$/u;

/** Whether the blank is what a judgement calls its subject (大型国有企业是国民经济的【骨干】) and the library calls the
 * subject's head, by the same modifier, another thing (国有企业是我国国民经济的支柱: 支柱 fits as well;
 * questions-imported19.json). The mirror of open-subject.ts, which finds the predicate said of another subject. */
export function otherPredicate(text: string, blank: Span, shipped: () => readonly string[]): boolean {
  const key = hanChars(blank.text);
  if (!/^(?:[，,。；;！!]|$)/.test(text.slice(blank.end)) || key.length < 2 || key.length > 4) return false;
  const clause =
    text
      .slice(0, blank.start)
      .split(/[，,。；;：:！!？?]/)
      .pop() ?? '';
  const m = JUDGED_BEFORE.exec(clause);
  const modifier = m?.[2] ?? '';
  if (!m || modifier.length < 2) return false;
  const head = m[1]!.slice(-4);
  const said = new RegExp(
    `${head}(?:从来|始终|历来)?(?:就|都|也)?是\\p{Script=Han}{0,10}?${modifier.slice(-2)}的(\\p{Script=Han}{2,4}?)(?=[，,。；;！!和与、])`,
    'gu',
  );
  return shipped().some((p) => [...p.matchAll(said)].some((x) => x[1] !== key));
}

/** A condition's object (只有坚持____，…) and the result clause after it (才能…). */
const CONDITION_BEFORE = /只有(?:始终|坚定不移地?)?(?:坚持|依靠|坚定|推进|深化|走)$/u;
const RESULT_AFTER = /^[”"]?[，,](才(?:能|会|可以)?[^，,。；;！!？?]*)/u;
/** Words of a result that says only that our cause goes on (才能把我们的事业继续推向前进). */
const CAUSE_WORDS = new Set(
  '我们 我们的 党和人民 党和国家 各项 事业 前进 推向 继续 不断 发展 进步 胜利 成功 国家 社会 民族 未来 向前 推进'.split(
    ' ',
  ),
);

/** Whether the blank is the whole object of a condition (只有坚持【改革开放】，才能把我们的事业继续推向前进) whose result
 * names nothing but our cause going on: any principle fits (党的领导, 中国特色社会主义道路), the line before it says which
 * (questions-imported26.json). A result naming its own field (才能赢得人民群众的拥护) ties the key and stays. */
export function openCondition(text: string, blank: Span): boolean {
  if (!CONDITION_BEFORE.test(text.slice(0, blank.start))) return false;
  const result = RESULT_AFTER.exec(text.slice(blank.end))?.[1];
  if (!result) return false;
  const words = tokenize(result.replace(/^才(?:能|会|可以)?/, '')).filter(
    (t) => /^(n|nz|vn|l|nr|ns|nt|j|an)$/.test(t.tag) && t.word.length >= 2,
  );
  return words.every((t) => CAUSE_WORDS.has(t.word));
}

/** The paragraphs of the shipped documents (not a user's imports), read once when first asked. */
export function shippedParagraphs(docs: readonly SourceDoc[]): () => readonly string[] {
  let read: string[] | null = null;
  return () => (read ??= docs.filter((d) => !d.id.startsWith('u:')).flatMap((d) => d.paragraphs.map((p) => p.text)));
}

/** Whether a blank of a user's import has a rival as standard as the key (any of the shapes above). `fill`: the
 * question is a 填空 (a service mode's 单选 keeps it: its options are no other mode, questions-imported9.json). */
export function rivalSlot(text: string, blank: Span, shipped: () => readonly string[], fill = true): boolean {
  return (
    rankOfHead(text, blank) ||
    headRival(text, blank, shipped) ||
    burdenSlot(text, blank) ||
    openCondition(text, blank) ||
    otherPredicate(text, blank, shipped) ||
    (fill && serviceMode(text, blank)) ||
    // A 填空 only: a 单选's options name the frame's filler (frame-rivals.ts).
    (fill &&
      (refersBack(text, blank) ||
        frameFilledOtherwise(text, blank, shipped) ||
        subjectFrameFilledOtherwise(text, blank, shipped))) ||
    slotFilledOtherwise(text, blank, shipped) ||
    rivalListItem(text, blank, shipped) ||
    // Open slots (open-slots.ts); a 单选 of a list item keeps it: its options are no sibling of the shape.
    (fill && shapedListItem(text, blank, shipped)) ||
    pairHalf(text, blank) ||
    genericGoal(text, blank) ||
    joinedPairHalf(text, blank) ||
    etcListItem(text, blank) ||
    siblingListItem(text, blank) ||
    verbSeriesItem(text, blank) ||
    commaVerbSeries(text, blank) ||
    patternedListItem(text, blank, (han) => shipped().some((p) => hanChars(p).includes(han))) ||
    openingPrinciple(text, blank) ||
    writersPick(text, blank)
  );
}
