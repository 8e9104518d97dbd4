// How a 金句's 出处 line reads (`——习近平在…的讲话（2021年9月）`). Apart from quotes.ts so that what
// only writes citations (said-lines.ts, on the import's path) does not load the 金句 extraction.

function formatDate(date: string | null): string {
  if (!date) return '';
  const [y, m] = date.split('-');
  return m ? `（${y}年${Number(m)}月）` : `（${y}年）`;
}

export function formatCitation(
  speaker: string,
  occasion: string | null,
  date: string | null,
  source?: { title: string; date: string | null },
): string {
  if (!occasion && !date && source) {
    // Neither occasion nor date known (a quote cited inside another text): say where it was quoted from.
    const year = source.date ? `，${source.date.slice(0, 4)}年` : '';
    return `——${speaker}（转引自《${source.title}》${year}）`;
  }
  const at = occasion ? `在${occasion}${/时$/.test(occasion) ? '' : '上'}的讲话` : '';
  return `——${speaker}${at}${formatDate(date)}`;
}

/** `——李克强，《2019年政府工作报告》（2019年）`: the 出处 of a document's own sentence. */
export function ownCitation(speaker: string | null, title: string | undefined, date: string | null): string {
  const doc = title ? `《${title}》` : '';
  return `——${speaker ?? ''}${speaker && doc ? '，' : ''}${doc}${formatDate(date)}`;
}
