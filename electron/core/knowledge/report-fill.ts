// A meeting report is what its speakers said: its own narration is never a 金句 (会议指出, 与会同志
// 一致认为 are nobody's), so when few of their words have a form of their own, a short report would
// keep one or two 金句 and leave out the very points a learner reads it for (`他强调，各级领导干部要
// 坚守岗位、靠前指挥……`). Such a report fills its quota with the words it gives as a named person's
// (quoted, reported, said in a turn): only candidates whose speaker is already certain, so no one is
// credited who was not before. They stay below the score a question is asked on (quiz: ≥ 6).
import type { QuoteCandidate } from './quote-candidates.js';
import { quotaFor, sameTextKey, scoreCandidate, type RankedQuote } from './quote-rank.js';
import { creditSaying, isRetoldSaying } from './sayings.js';
import { closesOnDirective } from './report-directive.js';
import { isCreditable } from './uncredited.js';
import { hanCount } from '../text/char-counts.js';

/** Below this a person's words are narration of a year's results (今年以来…取得新进展) or figures. */
const FILL_FLOOR = -2;

/** What the hall is told of its own meeting (把会议精神传达到…, 刚才…讲得很好): nobody studies it. */
const PROCEEDINGS =
  /会议精神|传达(?:学习)?[^，。；]{0,8}精神|^(?:刚才|下面|会后)|讲得(?:都)?很好|作了(?:一个)?很好的|回去(?:以)?后[^，。；]{0,4}要(?:及时|认真)?传达/;

/** A count of what was done (发文数量减少三成, 新建社区食堂六十家): a record, not a point. */
const RECORD =
  /(?:增长|减少|下降|提高|达到|完成|突破|新建|建成|超过|新增)[^，。；]{0,8}?(?:[0-9０-９]|[一二两三四五六七八九十百千万亿]+(?:成|个|家|条|名|人|户|元|倍|项))/;

/** `要扎实做好保民生实事。`: one item of a work list read out after `他强调，`, with no subject and no
 * condition of its own; `将积极推动两国关系发展。`: a guest's pledge after `某某表示，`, as bare. Such items
 * fill a report by the dozen and none is a point to study. */
// (`进一步压缩审批时间…`, `把每一项措施落到每一个岗位`: a work item opening on its adverb or on 把, subject left out.)
// (`建议市里加大…的支持力度`: a proposal put to the meeting, the same.)
const BARE_DIRECTIVE = /^(?:要|必须|务必|将|愿|进一步|加快|加大|抓紧|把|建议)/;

/** `各乡镇各部门要把目标任务分解到月…`, `县人大常委会将围绕中心、服务大局…`: a directive addressed to
 * everyone below, or a body's pledge (表态), is an item of the work list too, whoever reads it out. */
const ADDRESSED = /^[^，。；]{2,14}将(?:紧紧)?(?:围绕|紧扣|坚决|全力|认真|积极|始终|继续|进一步)/;

/** Routine lines of a report that teach nothing: the moment named (`今年是……收官之年`), shortcomings owned
 * (`工作还存在一些差距和不足`), the year's formula (`成绩的取得，根本在于……`), the praise of instructions
 * (`……作出重要指示，为……提供了根本遵循`), narration going on inside the words (`……，叮嘱地方政府……`), and
 * the instructions received (`总书记的嘱托，我们要…`), a problem owned (`…的问题依然突出`), a document's parts
 * (`《意见》共分六个部分`), the result told (`经过艰苦努力，……扭转了……局势`), difficulties owned (`在肯定成绩的同时，也清醒看到……`) and the
 * world's situation of the moment (`当今国际形势正在发生深刻复杂演变`). */
const ROUTINE =
  /^(?:今年|明年|当前|目前)是|(?:还|仍|仍然|依然)存在[^，。；]{0,12}(?:差距|不足|短板|薄弱环节)|成绩的取得|根本遵循|指明了?(?:前进)?方向|指明[^，。；]{0,12}(?:使命任务|努力方向)|叮嘱|嘱咐|嘱托|勉励|(?:问题|矛盾)[^，。；]{0,4}(?:依然|仍然|仍|还)(?:突出|存在)|^《[^》]{1,30}》(?:共|分为)|^经过[^，。；]{0,12}(?:努力|奋斗|奋战|拼搏)[，,]|在肯定成绩的同时|清醒(?:地)?看到|^(?:当今|当前|目前)(?:国际|世界)形势/;

/** `有一年冬天夜里，…`, `记得那天…`: a story the speaker tells of his past, narration; `整整三十年了。`, `想过，但放不下。`: a
 * reply too short to stand without the question it answers. Neither is a point, in an interview as in a report. */
const STORY = /^(?:有一年|有一次|有一天|那一?年|那天|那时候?|当年|记得|小时候)/;
const SHORT_REPLY = 8;

/** Only a credited person's words can fill (checked first: quotes.ts asks its costlier checks of these alone). */
export const mayFill = (c: QuoteCandidate): boolean => isCreditable(c.speaker);

/** `kept` (the ranked 金句 of a 会议报道) with the named people's other words added up to the quota. `everyone`: a
 * 纪要's attendees, each of whom keeps his best line beyond the quota (the record is of what each one said). */
export function fillReportQuotes(
  kept: RankedQuote[],
  candidates: readonly QuoteCandidate[],
  chars: number,
  saidEarlier: (text: string) => boolean = () => false,
  everyone = false,
): RankedQuote[] {
  // (The meeting's own theses, nobody's, take no named person's place: meeting-theses.ts.)
  const room = quotaFor(chars) - kept.filter((q) => !q.collective).length;
  if (room <= 0 && !everyone) return kept;
  const seen = new Set(kept.map((q) => sameTextKey(q.text)));
  const overlaps = (c: QuoteCandidate, list: readonly QuoteCandidate[]) =>
    list.some((o) => o.paragraph === c.paragraph && o.start < c.end && c.start < o.end);
  const extra: RankedQuote[] = [];
  const fills = candidates
    .filter(
      (c) =>
        mayFill(c) &&
        !PROCEEDINGS.test(c.text) &&
        !BARE_DIRECTIVE.test(c.text) &&
        !closesOnDirective(c.text) &&
        !ADDRESSED.test(c.text) &&
        !RECORD.test(c.text) &&
        !ROUTINE.test(c.text) &&
        !STORY.test(c.text) &&
        hanCount(c.text) >= SHORT_REPLY &&
        !saidEarlier(c.text),
    )
    .flatMap((c) => {
      // The optimistic score needs no word segmentation: most lines of a report end here.
      const bound = scoreCandidate(c, 0, true);
      const r = bound && bound.score >= FILL_FLOOR ? scoreCandidate(c) : null;
      if (!r || r.score < FILL_FLOOR) return [];
      // A saying in common use inside their words is nobody's (sayings.ts): not a speaker's point. One the
      // speaker retells in his own words (`群众的事再小也是大事`) is still a saying to study: offered as nobody's.
      const credited = creditSaying(r);
      return credited.speaker || isRetoldSaying(r.text) ? [credited] : [];
    })
    .sort((a, b) => b.score - a.score || a.paragraph - b.paragraph || a.start - b.start);
  // Each named person's best point before anyone's second: in a 综述 where several people speak, the one
  // who speaks most does not take every slot.
  const heard = new Set(kept.map((q) => q.speaker));
  const firstOfEach = fills.filter((r) => !heard.has(r.speaker) && (heard.add(r.speaker), true));
  for (const r of [...firstOfEach, ...fills]) {
    if (extra.length >= room && !(everyone && firstOfEach.includes(r))) break;
    const key = sameTextKey(r.text);
    if (seen.has(key) || overlaps(r, kept) || overlaps(r, extra)) continue;
    seen.add(key);
    extra.push({ ...r, reason: r.reason || (r.speaker ? `${r.speaker}的讲话要点` : '常用说法') });
  }
  return [...kept, ...extra].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
