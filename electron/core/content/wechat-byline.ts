// The line WeChat puts under an article's title, as a copy or a print keeps it: `原创 某某 公众号名
// 2023-06-05 08:30 发表于浙江` (the writer, then the account, which published it; newer pages end on the
// province alone). Read by copied text (clean.ts) and by a page printed to PDF (formats/pdf.ts).

/** Only with 原创, 发表于, or the time and the province after the day, which mark it as WeChat's. */
const WECHAT_BYLINE =
  /^(原创\s+)?(?:\S{1,20}\s+)?(\S{2,30})\s+((?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d\d)?(\s+发表于\s*[\u4e00-\u9fff]{2,10})?(?:\s+[\u4e00-\u9fff]{2,3})?$/;
const TIME_AND_PROVINCE = /(?:\d\d-\d\d|\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d\d\s+[\u4e00-\u9fff]{2,3}$/;
/** The same line from a PDF's text layer, which loses the spaces around the day and time
 * (`原创 某某 公众号名2023年03月08日19:05浙江`): only with both 原创 and the time, and an account
 * name that does not end on a digit. */
const WECHAT_BYLINE_PRINTED =
  /^原创\s*(?:\S{1,20}\s+)?(\S{1,29}[^\s\d])\s*((?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d\d\s*(?:发表于\s*)?[\u4e00-\u9fff]{2,10}$/;

/** The account and the day (as written) of a WeChat byline line, or null. */
export function wechatByline(line: string): { account: string; day: string } | null {
  const m = WECHAT_BYLINE.exec(line);
  if (m && (m[1] || m[4] || TIME_AND_PROVINCE.test(line))) return { account: m[2]!, day: m[3]! };
  const p = WECHAT_BYLINE_PRINTED.exec(line);
  return p ? { account: p[1]!, day: p[2]! } : null;
}
