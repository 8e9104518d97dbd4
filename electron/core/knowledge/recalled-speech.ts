// The period's words a later text recalls: a memoir's 大队长 shouting a resolve at a 1958 work site
// (“今年冬天不把这条渠修通，我们就不回家过年！”), a 1968 决心书 read out at a send-off, a 1976 oath
// quoted over two paragraphs. Often no listed slogan is in them, so the sentence rule
// (superseded-lines.ts) cannot see them; what marks them is the frame: a quotation someone of
// the period shouted, swore or read out, in a passage narrated in a year before the Third Plenum.
import { foldForSearch, hanChars } from '../text/normalize.js';
import { namedYears } from './own-period-date.js';

/** A quotation's frame: a shout, an oath or a pledge read out (not a leader's thought cited: 毛泽东同志
 * 指出 …, which a 党史 text offers as study material; nor someone speaking today: 告诉记者, 感慨 …). */
const SPOKEN = /喊|高呼|呼喊|嚷|宣誓|起誓|发誓|表决心|决心书|誓师|念(?:道|着|起)|宣读|朗读|大声说|高声说/;
const CITED = /毛泽东|毛主席|周恩来|刘少奇|朱德|邓小平|陈云|同志|指出|强调|论述|写道|记者|感慨/;
/** A quotation opening its paragraph that the next words call a shout or a saying of the time
 * (“白天干不完，晚上挑灯干！”这是工地上每天都能听到的话; ……”大伙儿跟着喊). */
const CALLED_AFTER = /^[^。！？]{0,16}(?:喊|口号|的话|标语|呼声)/;

/** A paragraph that turns from the narrated years to today. */
const TODAY = /如今|现在|今天|近年|目前|这些年|多年(?:以)?后|回想|回望/;

/** A year before the Third Plenum, since the founding (the passage narrates the period). */
const periodYear = (y: number | undefined) => y !== undefined && y >= 1949 && y <= 1978;

export interface RecalledSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** The quotations of the period's words a later text recalls, as paragraph spans (a quotation over
 * paragraphs opens each on “ and closes only at its end: every paragraph of it is a span). */
export function recalledPeriodSpeech(paragraphs: readonly string[]): RecalledSpan[] {
  const out: RecalledSpan[] = [];
  // The year the passage narrates: the last one named, until a paragraph turns to today (如今,
  // 现在 …) or names a later year (a news story's 1956 founding, then today's scene).
  let year: number | undefined;
  let open = false; // a quotation continued from the paragraph before
  paragraphs.forEach((raw, i) => {
    const p = foldForSearch(raw);
    // (Its words outside quotations: an oath's 今天 is the period's day.)
    const last = foldForSearch(paragraphs[i - 1] ?? '').replace(/“[^”]*(?:”|$)/g, '');
    year = namedYears(last).at(-1) ?? (TODAY.test(last) ? undefined : year);
    let at = 0;
    if (open) {
      const close = p.indexOf('”');
      const end = close < 0 ? p.length : close;
      out.push({ paragraph: i, start: 0, end });
      open = close < 0 && /^\s*“/.test(foldForSearch(paragraphs[i + 1] ?? ''));
      at = close < 0 ? p.length : close + 1;
    }
    for (let q = p.indexOf('“', at); q >= 0; q = p.indexOf('“', at)) {
      year = namedYears(p.slice(0, q)).at(-1) ?? year;
      const close = p.indexOf('”', q);
      const end = close < 0 ? p.length : close;
      // The words before it in its sentence, or the end of the paragraph before (…领着全场宣誓：).
      const before = q === 0 && i > 0 ? foldForSearch(paragraphs[i - 1]!).trimEnd() : p.slice(0, q);
      const frame = before.slice(Math.max(...['。', '！', '？', '”'].map((c) => before.lastIndexOf(c))) + 1);
      const framed = /[：:]\s*$/.test(frame) && SPOKEN.test(frame) && !CITED.test(frame);
      const called = q === 0 && close >= 0 && CALLED_AFTER.test(p.slice(close + 1));
      if (periodYear(year) && hanChars(p.slice(q, end)).length >= 6 && (framed || called)) {
        out.push({ paragraph: i, start: q, end });
        // Continued only when the next paragraph opens on “ (the convention for a quotation over paragraphs).
        if (close < 0) open = /^\s*“/.test(foldForSearch(paragraphs[i + 1] ?? ''));
      }
      if (close < 0) break;
      at = close + 1;
    }
  });
  return out;
}

/** The sentence (paragraph, start, end) holds part of a recalled quotation (its own words only its frame). */
export function withinRecalled(spans: readonly RecalledSpan[], paragraph: number, start: number, end: number): boolean {
  return spans.some((s) => s.paragraph === paragraph && start < s.end && end > s.start);
}

/** A sentence of the text whose quoted words (from its first “, or all of it) lie within a recalled
 * quotation (found by its words: a question's fact). */
export function recalledSentence(paragraphs: readonly string[], spans: readonly RecalledSpan[], sentence: string) {
  const f = foldForSearch(sentence);
  const h = hanChars(f.slice(Math.max(0, f.indexOf('“'))));
  if (h.length < 4) return false;
  return spans.some((s) => hanChars(foldForSearch(paragraphs[s.paragraph]!.slice(s.start, s.end))).includes(h));
}
