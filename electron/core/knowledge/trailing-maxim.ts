// 坚持严格规范公正文明执法，有权不可任性，用权必受监督。: an instruction that closes on a couplet or
// a series of its own (有权不可任性，用权必受监督) holds a maxim the whole sentence, a task, hides.
// The closing clauses are then offered as a 金句 candidate by themselves.
import { clausesOf, styleOf } from './sentence-style.js';
import { ROOT_LIES } from './judgement-words.js';
import { isTask, TASK_START } from './sentence-tasks.js';

/** The longest clause a closing couplet or series may have. */
const MAX_CLAUSE = 12;

/** 有权不可任性 | 用权必受监督, 厚植人民幸福之本 | 夯实国家富强之基. */
const MAXIM_CLAUSE = /不可|必|决不|绝不|之[\u4e00-\u9fff]$/;

/** Figures a closing call opens on (蓝图已经绘就，号角已经吹响). */
const CALL_FIGURE = /蓝图|号角|集结号|冲锋号|画卷|航船|征程/;

/** Offset (in `text`) where a closing couplet or series of the task sentence starts, or null. */
export function trailingMaxim(text: string): number | null {
  // (坚决反对…分裂活动，绝不允许任何人以任何形式…分裂出去: a prohibition laid on anyone closes it on a stance.)
  const ban = /[，,](?=(?:决不|绝不)(?:允许|容许)任何[^，,；;。！它他她其这那此]{4,}[。！]?$)/.exec(text);
  if (ban) return ban.index + 1;
  const clauses = clausesOf(text);
  if (clauses.length < 3) return null;
  // (Clause starts found on the text itself: after the last two or three separators.)
  const cuts = [...text.matchAll(/[，,；;]/g)].map((m) => m.index + 1);
  // (Whether the sentence is a task is asked last, once a closing couplet or series is there: most are not.)
  let task: boolean | undefined;
  for (const k of [3, 2]) {
    if (clauses.length <= k || cuts.length < k) continue;
    const start = cuts[cuts.length - k]!;
    const tail = text.slice(start);
    const parts = clausesOf(tail);
    if (parts.length !== k || parts.some((p) => p.length < 4 || p.length > MAX_CLAUSE || TASK_START.test(p))) continue;
    // (Every clause a maxim's: a modal of rule or a classical 之-noun; 传承红色基因，赓续红色血脉 are
    // two more instructions.)
    if (!parts.every((p) => MAXIM_CLAUSE.test(p))) continue;
    // (决不是可以敞开口子花钱，而必须…: a predicate whose subject is in the clauses before.)
    if (/^(?:决不|绝不|不|而|是|也|就|才|都|又|还)/.test(parts[0]!)) continue;
    if (!(task ??= isTask(text, clauses))) return null;
    const f = styleOf(tail);
    if ((f.couplet || f.parallel) && !f.task && !f.narration) return start;
  }
  return null;
}

/** 新型城镇化的核心在人，要加强精细化服务…: a sentence that opens on where the core of a matter lies
 * and goes on with what to do about it holds a thesis in its first clause, offered by itself.
 * Returns the length of that clause, or null. */
export function leadingThesis(text: string): number | null {
  const cut = /^[^，,；;：:。！]+(?=[，,])/.exec(text);
  if (cut && ROOT_LIES.test(cut[0]) && clausesOf(text).length >= 2) return cut[0].length;
  // 民之疾苦，国之要事，我们要竭尽全力…, 民之所盼，政之所向，…: a classical pair of four characters
  // each, with 之 at one place, opening what is then to be done.
  const pair = /^([\u4e00-\u9fff]{4})[，,]([\u4e00-\u9fff]{4})(?=[，,][^。！]{4,})/.exec(text);
  if (pair && [1, 2].some((i) => pair[1]![i] === '之' && pair[2]![i] === '之')) return pair[0].length;
  // 蓝图已经绘就，号角已经吹响，让我们…: a couplet of figures opening the closing call is remembered
  // without the call (让我们…新篇章 is every speech's close; 目标已经明确，任务已经下达 is no figure).
  const call = /^[^，,；;：:。！]{4,8}[，,][^，,；;：:。！]{4,8}(?=[，,]让我们)/.exec(text);
  if (call) {
    const f = styleOf(call[0]);
    if (f.couplet && !f.task && !f.narration && (f.metaphors > 0 || CALL_FIGURE.test(call[0]))) return call[0].length;
  }
  return null;
}
