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

const PROVINCE =
  '(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)';
/** A reposted article's byline (no 原创) printed from mp.weixin.qq.com, its spaces lost: `公众号名2018年03月06日
 * 09:12浙江`, the account maybe twice (`某某党建 某某党建2017年…`). Only with the time and a province. */
const REPOST_PRINTED = new RegExp(
  `^(?:(\\S{2,29}[^\\s\\d])\\s+)?(\\S{1,29}[^\\s\\d])\\s*((?:19|20)\\d\\d-\\d\\d-\\d\\d|(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日)\\s*\\d{1,2}:\\d\\d\\s*(?:发表于\\s*)?${PROVINCE}$`,
);

/** The account and the day (as written) of a WeChat byline line, or null. `weixin`: the line is from a
 * print of an mp.weixin.qq.com page, which a reposted article's byline without 原创 is read only on.
 * `underTitle`: the line is the first under a copied title, where a repost's byline from before WeChat
 * showed the province (`某某发布 2021年03月06日 08:30`: the account, the day and the minute) is read too. */
export function wechatByline(
  line: string,
  weixin = false,
  underTitle = false,
): { account: string; day: string } | null {
  const m = WECHAT_BYLINE.exec(line);
  // (Not a reporter's byline: `记者 张三 2024年10月08日 10:30` names a person, two or three characters.)
  const minute =
    underTitle &&
    !!m &&
    /[日\d]\s+\d{1,2}:\d\d$/.test(line) &&
    !/[，。！？：:]/.test(m[2]!) &&
    !/^(?:本报|本台|记者|作者|通讯员|编辑|文|图)/.test(line) &&
    !/^[\u4e00-\u9fff]{2,3}$/.test(m[2]!);
  if (m && (m[1] || m[4] || TIME_AND_PROVINCE.test(line) || minute)) return { account: m[2]!, day: m[3]! };
  const p = WECHAT_BYLINE_PRINTED.exec(line);
  if (p) return { account: p[1]!, day: p[2]! };
  // (A writer's name before the account is left out: the account published it.)
  const r = weixin ? REPOST_PRINTED.exec(line.trim()) : null;
  return r ? { account: r[2]!, day: r[3]! } : null;
}
