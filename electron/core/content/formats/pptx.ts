// PowerPoint (.pptx), as PowerPoint and WPS 演示 save a 党课课件: a zip whose slides (ppt/slides/slideN.xml) hold the
// text in shapes. Slides are read in the show's order — presentation.xml's slide list through its relationships,
// since a moved slide keeps its part's name. The first slide's title is the title and its subtitle lines (主讲人,
// the day) the lines under it; a content slide's title is a heading over its points. The template's footer, day
// and slide-number placeholders are no text; a table's rows and the speaker notes (other parts, the lecturer's
// text) are, after the slide's points. fflate and linkedom read it, as
// they read .odt.
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { squeeze } from '../header-byline.js';
import { FormatError, type RawSource } from './types.js';

const BROKEN =
  '无法读取这个 PowerPoint 演示文稿（.pptx），文件可能已损坏或不完整。请在 WPS 或 PowerPoint 中打开后另存为 .pptx（或导出为 PDF）再导入。';
/** Placeholders a slide's template repeats on every slide: no text of the deck. */
const FURNITURE = new Set(['ftr', 'sldNum', 'dt']);

interface XNode {
  nodeName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(tag: string): ArrayLike<XNode>;
  querySelectorAll(selector: string): ArrayLike<XNode>;
}
const all = (n: { getElementsByTagName(tag: string): ArrayLike<XNode> }, tag: string) =>
  Array.from(n.getElementsByTagName(tag));
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as XNode;

/** The slide parts in the show's order: the slide list's relationship ids, each to its target. */
function slideOrder(files: Record<string, Uint8Array>): string[] {
  const pres = files['ppt/presentation.xml'];
  const rels = files['ppt/_rels/presentation.xml.rels'];
  const named = Object.keys(files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a.slice(11))![0]) - Number(/\d+/.exec(b.slice(11))![0]));
  if (!pres || !rels) return named;
  const target = new Map(
    all(parse(strFromU8(rels)), 'Relationship').map((r) => [r.getAttribute('Id'), r.getAttribute('Target') ?? '']),
  );
  const listed = all(parse(strFromU8(pres)), 'p:sldId')
    .map((s) => `ppt/${(target.get(s.getAttribute('r:id')) ?? '').replace(/^\/?ppt\//, '')}`)
    .filter((f) => files[f]);
  return listed.length ? listed : named;
}

const paraText = (p: XNode) =>
  all(p, 'a:t')
    .map((t) => t.textContent ?? '')
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** A slide's shapes in the tree's order (grouped ones too): each its placeholder type (`title`, `ctrTitle`,
 * `subTitle`, `body`…) and its paragraphs; a table (a graphicFrame's a:tbl) gives one line a row, its cells
 * apart. */
function shapes(xml: string): { ph: string | null; paras: string[] }[] {
  return Array.from(parse(xml).querySelectorAll('*'))
    .filter((n) => n.nodeName === 'p:sp' || n.nodeName === 'p:graphicFrame')
    .map((sp) => {
      if (sp.nodeName === 'p:graphicFrame') {
        const rows = all(sp, 'a:tr').map((tr) =>
          all(tr, 'a:tc')
            .map((tc) => all(tc, 'a:p').map(paraText).filter(Boolean).join(' '))
            .filter(Boolean)
            .join('　'),
        );
        return { ph: 'table', paras: rows.filter(Boolean) };
      }
      const ph = all(sp, 'p:ph')[0];
      return {
        ph: ph ? (ph.getAttribute('type') ?? 'body') : null,
        paras: all(sp, 'a:p').map(paraText).filter(Boolean),
      };
    });
}

/** The speaker notes of a slide part (its notesSlide, through the slide's relationships): the notes' body
 * placeholders' paragraphs — the lecturer's text (sites71d) — without the slide's picture and page number. */
function notesOf(files: Record<string, Uint8Array>, part: string): string[] {
  const rels = files[part.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels')];
  if (!rels) return [];
  const rel = all(parse(strFromU8(rels)), 'Relationship').find((r) =>
    /\/notesSlide$/.test(r.getAttribute('Type') ?? ''),
  );
  const target = rel
    ?.getAttribute('Target')
    ?.replace(/^\.\.\//, 'ppt/')
    .replace(/^\/ppt\//, 'ppt/');
  const notes = target ? files[target] : undefined;
  if (!notes) return [];
  return shapes(strFromU8(notes))
    .filter((s) => s.ph === 'body')
    .flatMap((s) => s.paras);
}

export function readPptx(name: string, bytes: Uint8Array): RawSource[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        f.name.startsWith('ppt/slides/') ||
        f.name.startsWith('ppt/notesSlides/notesSlide') ||
        f.name.startsWith('ppt/presentation.xml') ||
        f.name === 'ppt/_rels/presentation.xml.rels',
    });
  } catch {
    throw new FormatError(BROKEN);
  }
  const order = slideOrder(files);
  if (!order.length) throw new FormatError(BROKEN);
  let title: string | null = null;
  const lines: string[] = [];
  const headings: string[] = [];
  order.forEach((part, i) => {
    const shown = new Set<string>();
    for (const s of shapes(strFromU8(files[part]!))) {
      for (const l of s.paras) shown.add(squeeze(l));
      if (s.ph && FURNITURE.has(s.ph)) continue;
      const titled = s.ph === 'title' || s.ph === 'ctrTitle';
      if (titled && i === 0 && !title) title = s.paras.join('');
      else if (titled) {
        headings.push(s.paras.join(''));
        lines.push(s.paras.join(''));
      } else lines.push(...s.paras);
    }
    // A notes page that repeats the slide's title or points says them once (sites72d).
    lines.push(...notesOf(files, part).filter((l) => !shown.has(squeeze(l))));
  });
  return [
    {
      text: lines.join('\n'),
      kind: 'blocks',
      hints: title ? { title } : {},
      headings,
      origin: name,
      removed: [],
    },
  ];
}
