// Two 金句 features of wording rather than form: metaphors and figures (活水, 压舱石, 像…一样), and
// terse classical wording (者, 之, 惟, 于 in short clauses). Weighed in quote-rank.ts via styleOf.
import { tokenize } from '../text/segment.js';

const FIGURES = [
  /像.{1,12}一样/,
  /宣战/,
  /这根弦/,
  /一池活水/,
  /牛鼻子/,
  /总开关/,
  /压舱石/,
  /定盘星/,
  /主心骨/,
  /金钥匙/,
  // (每一名共产党员都是一颗种子, 一处险情就是一颗雷: a person or a thing said to be one small object counted
  // by a classifier only objects take.)
  /是一(?:颗|粒|盏|棵|枚)/,
  // (权力就像一把双刃剑: a thing likened to one object counted by its classifier, round local28.)
  /(?:就像|好比|犹如|如同)一(?:把|座|面|道|根|条|盏|张|杆|块)/,
  // (…的县域经济，就像没有根的树: likened to a thing, named at the sentence's end; not `就像刚才说的那样`.)
  /(?:就像|好比|犹如|宛如)[^，,。；;“”]{1,8}的(?!一样|那样)[\u4e00-\u9fff]{1,3}[。！]?$/,
  // (村民是乡村建设的主人, 要让农民唱主角，干部当好服务员: the people of a work cast as its masters or lead players,
  // officials as its servants; 一片油茶林撑起了群众的致富梦: a thing holding up a hope. Round speech73.)
  /是[^，,。；;]{1,10}的主人/,
  /唱主角/,
  /当好[^，,。；;]{0,4}(?:服务员|勤务员|配角)/,
  /撑起[^，,。；;]{0,10}(?:梦|希望)/,
];
const METAPHOR_WORDS = new Set(
  '活水 浇灌 大门 饭碗 毒瘤 堡垒 江山 钙 航船 舵 根脉 火车头 基石 血脉 灵魂 生命线 蓝天白云 绿水青山 打铁 扛 绷紧 晴雨表 试金石 红利 源头活水 桥梁 纽带 引擎 逆水行舟 答卷 法宝 后盾 柱石 钢铁长城 浴火重生 乐园 无源之水 无本之木 眉毛胡子一把抓'.split(
    ' ',
  ),
);
// `optimistic` (here and below): without word segmentation, a listed word found anywhere in the
// text counts, as if it stood as a word: never fewer hits than with jieba (see scoreCandidate).
export function metaphors(text: string, optimistic: boolean): number {
  const words = optimistic ? null : new Set(tokenize(text).map((t) => t.word));
  const hits = new Set<string>();
  for (const w of METAPHOR_WORDS)
    if (words ? words.has(w) || (w.length >= 3 && text.includes(w)) : text.includes(w)) hits.add(w);
  for (const f of FIGURES) if (f.test(text)) hits.add(f.source);
  return hits.size;
}

const CLASSICAL_PARTICLE = new Set(['者', '之', '乃', '则', '惟', '矣', '焉', '哉', '兮', '于', '而', '其']);
/** Terse classical wording: a classical particle standing as its own word, in short clauses. */
export function classical(text: string, c: string[], optimistic: boolean): boolean {
  if (c.length < 1 || c.some((x) => x.length > 8)) return false;
  if (text.length <= 12 && /[者乎矣焉哉兮]/.test(text)) return true;
  return (
    (optimistic
      ? [...CLASSICAL_PARTICLE].some((p) => text.includes(p))
      : tokenize(text).some((t) => CLASSICAL_PARTICLE.has(t.word))) ||
    /[^\p{Script=Han}]?[\p{Script=Han}]{2}之[\p{Script=Han}]/u.test(text)
  );
}

/** `贪如火，不遏则燎原；欲如水，不遏则滔天`: four or more clauses of at most six characters, two or more standing on
 * a classical particle (则, 者, 矣, 乎, 焉, 哉, 乃) — a maxim in the old style, which a modern local speech quotes
 * rather than coins (its speaker is left empty: quotes.ts). */
export function classicalCouplet(text: string): boolean {
  const clauses = text.split(/[，,；;。！!]/).filter((x) => x);
  return (
    clauses.length >= 4 &&
    clauses.every((x) => x.length <= 6) &&
    clauses.filter((x) => /[则者矣乎焉哉乃]/.test(x)).length >= 2
  );
}

/** `压力就是动力`, `时间就是生命`: one two-character word said to be another, nothing more — a stock equation in
 * everyone's mouth, which a local speaker repeats rather than coins (its speaker is left empty: quotes.ts). */
export const stockEquation = (text: string): boolean => /^[\u4e00-\u9fff]{2}就是[\u4e00-\u9fff]{2}[。！]?$/.test(text);
