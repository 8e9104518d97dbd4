// Keys a group leader writes as Word comments (审阅 → 新建批注) on an item: a comment whose whole
// text is a key (答案：B, ABD, √, 错误) becomes an answer line under the paragraph it is anchored
// to, where the text reader meets it as a typed key (and checks it against any other key the item
// has). A comment that only says 正确答案 (or 正确, √) on an option's own paragraph marks that option
// as a printed （正确答案） does. A comment that says anything else (这题要注意审题) keys nothing.
import { textOf } from './word-hidden-keys.js';

const COMMENT = /<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g;
const PARAGRAPH = /<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;
const REFERENCE = /<w:commentReference\b[^>]*\bw:id="(\d+)"/g;
const KEY =
  /^(?:(?:正确|参考|标准)?答案\s*(?:[:：]|[是为])?\s*)?([A-H](?:[\s、,，.．]*[A-H])*|√|×|对|错|正确|错误)[。.]?$/;

const RIGHT = /^(?:(?:正确|参考|标准)?答案|正确(?:选项)?|√)$/;
/** An option alone on its paragraph: A．民主集中制 (not A．三　B．四, whose comment names no one option). */
const ONE_OPTION = /^[\s　]*[A-H]\s*[.．、:：)）](?![\s\S]*[\s　][A-H]\s*[.．、:：)）])/;

export function commentKeys(xml: string, comments: string | null): string {
  if (!comments) return xml;
  const keys = new Map<string, string>();
  const right = new Set<string>();
  for (const m of comments.matchAll(COMMENT)) {
    const text = textOf(m[2]!).normalize('NFKC').trim();
    const key = KEY.exec(text);
    if (key) keys.set(m[1]!, key[1]!);
    else if (RIGHT.test(text)) right.add(m[1]!);
  }
  if (!keys.size && !right.size) return xml;
  return xml.replace(PARAGRAPH, (p) => {
    const refs = [...p.matchAll(REFERENCE)].map((m) => m[1]!);
    if (refs.some((id) => right.has(id)) && ONE_OPTION.test(textOf(p).normalize('NFKC')))
      return p.replace(/<\/w:p>$/, '<w:r><w:t>（正确答案）</w:t></w:r></w:p>');
    const ids = refs.filter((id) => keys.has(id));
    // Two key comments on one paragraph: which is the item's key is not certain.
    if (ids.length !== 1) return p;
    return `${p}<w:p><w:r><w:t>答案：${keys.get(ids[0]!)}</w:t></w:r></w:p>`;
  });
}
