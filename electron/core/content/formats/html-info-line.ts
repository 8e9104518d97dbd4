// A header's info line under (or over) a page's headline: a labelled day (`发布时间：…`), a byline
// (`作者：…`), a stamp with the time, the day alone, or an office and its day.
import { dateOnlyLine, findDate } from '../dates.js';

export const INFO_WORD = /来源|發布|发布|时间|日期|作者|编辑|浏览/;

// `作者：…`, or 学习时报's `王某某　字数：3,456`.
const AUTHOR_LINE = /^作者\s*[:：]\s*\S|^[^，。]{2,30}?\s*字数\s*[:：]\s*[\d,，]+$/;
/** An unlabelled byline with the day and time (`某某客户端　周某　2023-05-06 11:32`): no sentence in it. */
const STAMP_LINE =
  /^[^。！？，]{0,60}(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}:\d\d[^。！？，]{0,30}$/;

/** An unlabelled line of the publisher and the day alone (`南岭县教育局　2024.4.9`; 学习强国's cells run together,
 * `学习强国 · 人民日报2025-03-02`, `新华社2025-04-18`: the platform before its outlet). */
export const NAME_DAY =
  /^(?:学习强国\s*[·・]\s*)?([\u4e00-\u9fff]{2,20})[\s\u3000]*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?$/;

/** A header's info line: a labelled day, a byline, a stamp, the day alone, an office and its day. */
export const isInfoLine = (t: string) =>
  t.length <= 200 &&
  ((INFO_WORD.test(t) && !!findDate(t)) ||
    AUTHOR_LINE.test(t) ||
    STAMP_LINE.test(t) ||
    !!dateOnlyLine(t) ||
    NAME_DAY.test(t));
