// A newspaper's 版面 printed to PDF (人民日报's page, sites72d): under the page's 版 line (`第05版：评论`) its
// articles stand one under another, each a headline over its byline (`本报评论员`, `本报记者　钟　文`, `李　拯`).
// Each article is a document of its own, dated by the page head's day, the paper its source.
import { isProse } from '../../text/line-repair.js';
import type { ImportHints } from '../import-hints.js';
import type { RawSource } from './types.js';

const BAN_LINE = /^第[\s\u3000]*[\d０-９]{1,2}[\s\u3000]*版(?:[\s\u3000：:]*[\u4e00-\u9fff]{1,8})?$/;
/** A byline under a 版面 headline: the paper's commentator or reporters, or a name (its characters spaced). */
const BYLINE =
  /^(?:本报(?:评论员|记者(?:[\s\u3000]+[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3})+)|[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3})$/;
const headline = (t: string) => t.length <= 40 && !isProse(t) && !/[。！？；]/.test(t) && !BYLINE.test(t);

/** The page's articles, when the text opens on a 版 line and holds two or more headlines over bylines
 * (the first headline is the file's title, taken off the text, its byline the second line); null otherwise. */
export function banmianArticles(
  texts: string[],
  title: string | undefined,
): { title: string; lines: string[] }[] | null {
  if (!title || !BAN_LINE.test(texts[0]?.trim() ?? '') || !BYLINE.test(texts[1]?.trim() ?? '')) return null;
  const out = [{ title, lines: [] as string[] }];
  // (Each byline is the writer's, no text: skipped with the 版 line.)
  for (let i = 2; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (headline(t) && BYLINE.test(texts[i + 1]?.trim() ?? '')) {
      out.push({ title: t, lines: [] });
      i++;
    } else out[out.length - 1]!.lines.push(texts[i]!);
  }
  return out.length > 1 ? out : null;
}

/** One source per article of a 版面, each dated and sourced by the page head. */
export function banmianSources(
  name: string,
  articles: { title: string; lines: string[] }[],
  hints: ImportHints,
  removed: RawSource['removed'],
): RawSource[] {
  return articles.map((a, k) => ({
    text: a.lines.join('\n'),
    kind: 'blocks',
    hints: { ...hints, title: a.title },
    origin: `${name}#${k + 1}`,
    ...(k === 0 ? { removed } : {}),
    pageItem: true,
  }));
}
