// A newspaper's 版面 printed to PDF (人民日报's page, sites72d): under the page's 版 line (`第05版：评论`) its
// articles stand one under another, each a headline over its byline (`本报评论员`, `本报记者　钟　文`, `李　拯`).
// Each article is a document of its own, dated by the page head's day, the paper its source.
import { isProse } from '../../text/line-repair.js';
import type { ImportHints } from '../import-hints.js';
import type { PdfLine } from './pdf-items.js';
import type { RawSource } from './types.js';

const BAN_LINE = /^第[\s\u3000]*[\d０-９]{1,2}[\s\u3000]*版(?:[\s\u3000：:]*[\u4e00-\u9fff]{1,8})?$/;
/** A byline under a 版面 headline: the paper's commentator or reporters, or a name (its characters spaced). */
const BYLINE =
  /^(?:本报(?:评论员|记者(?:[\s\u3000]+[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3})+)|[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3})$/;
const headline = (t: string) => t.length <= 40 && !isProse(t) && !/[。！？；]/.test(t) && !BYLINE.test(t);

/** The texts set in headline type (a fifth larger than the body or more): each line, and each run of such lines
 * joined (a headline wrapped over two). */
export function largeType(lines: readonly PdfLine[], body: number): (t: string) => boolean {
  const big = new Set<string>();
  let run = '';
  lines.forEach((l, i) => {
    const large = l.size >= body * 1.2;
    if (large) big.add(l.text.trim());
    const prev = lines[i - 1];
    const under = prev && Math.abs(prev.size - l.size) <= 0.5 && prev.page === l.page && prev.y - l.y < l.size * 2;
    run = large ? (under ? run : '') + l.text.trim() : '';
    if (run) big.add(run);
  });
  return (t) => big.has(t);
}

/** The page's articles, when the text opens on a 版 line and holds two or more headlines, each over a byline or
 * set in headline type (`large`): the first headline is the file's title, taken off the text, its byline (if any)
 * the second line. No headline is made up from the text: an article without a byline is known by its type. */
export function banmianArticles(
  texts: string[],
  title: string | undefined,
  large: (t: string) => boolean = () => false,
): { title: string; lines: string[] }[] | null {
  if (!title || !BAN_LINE.test(texts[0]?.trim() ?? '')) return null;
  const byline = BYLINE.test(texts[1]?.trim() ?? '');
  const out = [{ title, lines: [] as string[] }];
  // (Each byline is the writer's, no text: skipped with the 版 line.)
  for (let i = byline ? 2 : 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    const over = BYLINE.test(texts[i + 1]?.trim() ?? '');
    if ((headline(t) || large(t)) && (over || large(t))) {
      out.push({ title: t, lines: [] });
      if (over) i++;
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
