// Numbered formulations recognised from their shape and the text, not from a list: a count and a
// short head (三大历史任务, 四项基本原则, 两个基本点) that a report spells out on the spot as a series of
// exactly that many items (推进现代化建设、完成祖国统一、维护世界和平与促进共同发展三大历史任务;
// 经济快速发展和社会长期稳定这两大奇迹). The series is the evidence a count of things is a set formulation
// and not a tally. Like quoted terms they feed the 提法 list and timeline only (quiz/source.ts).
import { isLexiconForm } from './listed-lexicon.js';
import { ruleFor } from './term-rules.js';

const VALUE: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** A count (of at least two) and its unit, not inside a longer number (十二个, 二十大). */
const COUNT = /(?<![一二两三四五六七八九十百千万第])([二两三四五六七八九十])(个|大|项)(?=\p{Script=Han})/gu;
/** The head after the count, up to where the clause goes on: shortest first. */
const HEAD_END = /^[，。；：、的是和与及）”」,.;:!?)]|^$/;
/** Where the clause the series is in begins (folded text has ASCII punctuation). */
const CLAUSE_BREAK = /[，。；：！？“”,.;:!?][^，。；：！？“”,.;:!?]*$/;
/** A head that is only a plain noun counts things (两项任务, 三大领域), it names no formulation. */
const PLAIN_HEAD =
  /^(?:工作|任务|目标|措施|举措|方面|领域|地区|区域|部分|环节|内容|情况|因素|产业|行业|城市|国家|方式|办法|活动|指标|关系|问题|作用|阶段|步骤|部门|单位|类型|重点|难题|矛盾|困难|成果|变化)$/;
/** What a set formulation counts: principles, points, tasks, consciousnesses (四个意识), layouts,
 * themes, battles, the two civilisations' building — not things (三个协定, 两个大国, 四个经济特区). */
const FORMULATION_HEAD =
  /(?:原则|准则|基本点|意识|自信|布局|理念|战略|方针|国策|任务|主题|奇迹|飞跃|积极性|文明建设|攻坚战|大局|务必|自觉|主张)$/;
/** A verb of carrying out right before the count (贯彻八项主张, 坚持四项基本原则): the count is carried out as a
 * line, not tallied — evidence like a series, but weaker, so such a count needs more documents. */
const CARRIED_BEFORE = /(?:坚持|贯彻|落实|遵循|奉行|执行|践行|恪守|信守)[了好]?$/;
/** Documents that must use a count only ever carried out, never spelled out. */
const CARRIED_DOCS = 3;
/** What may sit between the series and the count: 这两个基本点, 等三大. */
const LINK = /(?:这|等|这样)$/;

/** The items of the series a clause ends with: by 、 when it has them, else two joined by 和/与. */
function seriesLength(clause: string): number {
  const items = clause.replace(LINK, '').split('、');
  if (items.length >= 2) return items.every((s) => s.length >= 2) ? items.length : 0;
  const pair = items[0]!.split(/[和与]/);
  return pair.length === 2 && pair.every((s) => s.length >= 2) ? 2 : 0;
}

/** Numbered formulations one folded text spells out as a series of as many items. */
export function spelledOutCounts(folded: string): Set<string> {
  return countsIn(folded).spelled;
}

/** The counts of one folded text that it spells out (`spelled`) or carries out by a verb (`carried`). */
export function countsIn(folded: string): { spelled: Set<string>; carried: Set<string> } {
  const out = new Set<string>();
  const carried = new Set<string>();
  for (const m of folded.matchAll(COUNT)) {
    const at = m.index;
    const rest = folded.slice(at + 2, at + 7);
    let head = '';
    for (let n = 2; n <= 4 && n <= rest.length; n++)
      if (HEAD_END.test(rest.slice(n, n + 1))) {
        head = rest.slice(0, n);
        break;
      }
    if (!head || !/^\p{Script=Han}+$/u.test(head) || PLAIN_HEAD.test(head) || !FORMULATION_HEAD.test(head)) continue;
    const term = `${m[1]}${m[2]}${head}`;
    if (ruleFor(term) !== 'numeral' || isLexiconForm(term)) continue;
    const before = folded.slice(Math.max(0, at - 80), at);
    const clause = before.slice((CLAUSE_BREAK.exec(before)?.index ?? -1) + 1);
    if (seriesLength(clause) === VALUE[m[1]!]) out.add(term);
    else if (CARRIED_BEFORE.test(clause)) carried.add(term);
  }
  return { spelled: out, carried };
}

/** Whether a count is the tail of a longer name (和平共处五项原则): most of its uses follow the same
 * two characters — not counting a modifier ending on 的 (…统一进程的八项主张), which no name holds. */
function isTail(term: string, docs: readonly (readonly string[])[]): boolean {
  const before = new Map<string, number>();
  let uses = 0;
  for (const doc of docs)
    for (const text of doc)
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        uses++;
        const two = text.slice(Math.max(0, at - 2), at);
        if (!two.endsWith('的')) before.set(two, (before.get(two) ?? 0) + 1);
      }
  return Math.max(0, ...before.values()) * 2 > uses;
}

/** Numbered formulations of the library (each document given as its folded paragraphs): spelled out
 * as a series somewhere and used in at least two documents, or only carried out by a verb and used in
 * three; and not the tail of a longer name. */
export function countedFormulations(docs: readonly (readonly string[])[]): Set<string> {
  const found = new Set<string>();
  const carried = new Set<string>();
  for (const doc of docs)
    for (const text of doc)
      if (/[二两三四五六七八九十][个大项]/u.test(text)) {
        const c = countsIn(text);
        for (const t of c.spelled) found.add(t);
        for (const t of c.carried) carried.add(t);
      }
  const out = new Set<string>();
  for (const t of new Set([...found, ...carried])) {
    const uses = docs.filter((d) => d.some((p) => p.includes(t))).length;
    if (uses >= (found.has(t) ? 2 : CARRIED_DOCS) && !isTail(t, docs)) out.add(t);
  }
  return out;
}
