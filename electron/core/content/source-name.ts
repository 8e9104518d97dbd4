// The publisher named on a 来源 line (`来源：求是网`, `信息来源：某某区人民政府办公室`), for web pages
// and for text copied from them: the name alone, without the counters, dates and the next item of
// the line, and none where the line names no publisher (`来源：网络`, `本站原创`).
export const SOURCE_LINE = /(?:来源于?|來源|稿源|信息来源)\s*[:：]\s*([^\s|｜　,，]{2,40})/;

export function cleanSource(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const v = raw
    .replace(/^(?:来源|來源)\s*[:：]\s*/, '')
    // The end of a bracketed line: `（来源：共产党员网）`.
    .replace(/^([^（(]*)[）)]$/, '$1')
    // `微信公众号“新华网”（ID：newsxinhua）` names the account 新华网.
    .replace(/^(?:微信)?公众号\s*[:：]?\s*/, '')
    .replace(/[（(]\s*(?:微信号|ID|id)\s*[:：][^）)]*[）)]/g, '')
    .replace(/^[“"「『]([^”"」』]+)[”"」』]$/, '$1')
    // Counters printed beside the name: `新华网57人参与11评论`.
    .replace(/\d+\s*(?:人参与|人评论|条评论|评论|人阅读|次阅读|次浏览).*$/, '')
    // The next item of the line, run into the name when the CMS sets them in spans without spaces
    // (`新华社分享到：微信`, `人民日报打印本页`).
    .replace(/\s*(?:作者|编辑|责编|记者|发布时间|时间|浏览|阅读|点击|字号|字体|分享|打印|关闭|收藏|【).*$/, '')
    .replace(/\s*(?:19|20)\d\d[-年/.]\d{1,2}[-月/.]\d{1,2}.*$/, '')
    .trim();
  // `本站原创`, `本网`, a paper's own `本报` name this site without naming it: the site's own name
  // applies. `网络`, `转载`, `综合` name no publisher at all.
  if (/^(?:本站|本网|本台|本报|本刊|原创)|^(?:网络|互联网|转载|网友投稿|综合(?:整理|报道)?)$/.test(v)) return null;
  return v.length >= 2 && v.length <= 40 ? v : null;
}
