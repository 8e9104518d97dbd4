// Answer lines a Word paper hides (字体 → 隐藏, w:vanish) so that the printed paper shows no key:
// mammoth drops hidden text, and with it every key of such a paper. A paragraph whose text starts
// with an answer or explanation mark (答案：B, 【答案】, 解析：) is shown again; any other hidden
// text (notes, old wording) stays out.

const PARAGRAPH = /<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;
const VANISH = /<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/g;
const KEY_MARK = /^[\s　]*(?:[【[〔]\s*)?(?:(?:正确|参考|标准)?答案|解析)/;

export const textOf = (p: string) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

export function showHiddenKeys(xml: string): string {
  return xml.replace(PARAGRAPH, (p) =>
    new RegExp(VANISH.source).test(p) && KEY_MARK.test(textOf(p)) ? p.replace(VANISH, '') : p,
  );
}
