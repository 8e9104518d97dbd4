// Word's list definitions, read from word/numbering.xml and word/styles.xml: per list (w:num) its
// levels (start, format, label pattern, restart rule) and per paragraph style the list it numbers
// with, so docx-number-labels.ts can draw the labels Word draws (一、 （一） 1. A.).
import { DOMParser } from 'linkedom';

export interface Level {
  /** w:start; null when the file leaves it out (the label is then not drawn, never guessed). */
  start: number | null;
  fmt: string;
  /** w:lvlText: `%1、`, `（%2）`, `%1.%2`. */
  text: string;
  /** w:lvlRestart: restarts after a level above this 1-based one is used; 0 = never. */
  restart: number | null;
  /** w:isLgl: every number in the label is written in decimal. */
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** w:pStyle: the paragraph style this level belongs to. */
  style: string | null;
}

export interface List {
  /** Where its counters live: shared by the lists of one abstractNum unless a start is overridden. */
  counter: string;
  levels: Map<number, Level>;
  /** w:lvlOverride/w:startOverride per level. */
  starts: Map<number, number>;
}

export interface Numbering {
  lists: Map<string, List>;
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
  defaultStyle: string | null;
}

type Node = ReturnType<DOMParser['parseFromString']>['documentElement'];

const kids = (el: Node | null | undefined, tag: string): Node[] =>
  el ? ([...el.children] as Node[]).filter((c) => c.tagName === tag) : [];
const kid = (el: Node | null | undefined, tag: string): Node | null => kids(el, tag)[0] ?? null;
const val = (el: Node | null) => el?.getAttribute('w:val') ?? undefined;
const int = (s: string | undefined) => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined);

function readLevel(el: Node): Level {
  const suff = val(kid(el, 'w:suff'));
  const legal = kid(el, 'w:isLgl');
  return {
    start: int(val(kid(el, 'w:start'))) ?? null,
    fmt: val(kid(el, 'w:numFmt')) ?? 'decimal',
    text: val(kid(el, 'w:lvlText')) ?? '',
    restart: int(val(kid(el, 'w:lvlRestart'))) ?? null,
    legal: legal !== null && !/^(false|0|off)$/.test(val(legal) ?? ''),
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    style: val(kid(el, 'w:pStyle')) ?? null,
  };
}

function readStyles(xml: string | null): Pick<Numbering, 'styles' | 'defaultStyle'> {
  const styles: Numbering['styles'] = new Map();
  let defaultStyle: string | null = null;
  if (!xml) return { styles, defaultStyle };
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  for (const s of kids(root, 'w:style')) {
    const type = s.getAttribute('w:type');
    if (type !== 'paragraph' && type !== 'numbering') continue;
    const id = s.getAttribute('w:styleId') ?? '';
    if (type === 'paragraph' && /^(1|true|on)$/.test(s.getAttribute('w:default') ?? '')) defaultStyle = id;
    const numPr = kid(kid(s, 'w:pPr'), 'w:numPr');
    styles.set(id, {
      numId: val(kid(numPr, 'w:numId')),
      ilvl: int(val(kid(numPr, 'w:ilvl'))),
      basedOn: val(kid(s, 'w:basedOn')),
    });
  }
  return { styles, defaultStyle };
}

/** The definitions, or null when the file has no numbering part. */
export function readNumbering(numberingXml: string | null, stylesXml: string | null): Numbering | null {
  if (!numberingXml) return null;
  const root = new DOMParser().parseFromString(numberingXml, 'text/xml').documentElement;
  const { styles, defaultStyle } = readStyles(stylesXml);
  const abstracts = new Map<string, { levels: Map<number, Level>; link?: string }>();
  for (const a of kids(root, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of kids(a, 'w:lvl')) levels.set(int(l.getAttribute('w:ilvl') ?? '0') ?? 0, readLevel(l));
    abstracts.set(a.getAttribute('w:abstractNumId') ?? '', { levels, link: val(kid(a, 'w:numStyleLink')) });
  }
  const nums = new Map<string, string>();
  for (const n of kids(root, 'w:num')) nums.set(n.getAttribute('w:numId') ?? '', val(kid(n, 'w:abstractNumId')) ?? '');
  // An abstractNum that only links to a numbering style takes that style's list's levels.
  const target = (id: string, seen = new Set<string>()): string => {
    const link = abstracts.get(id)?.link;
    const via = link ? styles.get(link)?.numId : undefined;
    if (!via || seen.has(id)) return id;
    seen.add(id);
    return target(nums.get(via) ?? id, seen);
  };
  const lists: Numbering['lists'] = new Map();
  for (const n of kids(root, 'w:num')) {
    const id = n.getAttribute('w:numId') ?? '';
    const abstractId = target(nums.get(id) ?? '');
    const abstract = abstracts.get(abstractId);
    if (!abstract) continue;
    const levels = new Map(abstract.levels);
    const starts = new Map<number, number>();
    for (const o of kids(n, 'w:lvlOverride')) {
      const ilvl = int(o.getAttribute('w:ilvl') ?? '0') ?? 0;
      const start = int(val(kid(o, 'w:startOverride')));
      if (start !== undefined) starts.set(ilvl, start);
      const lvl = kid(o, 'w:lvl');
      if (lvl) levels.set(ilvl, readLevel(lvl));
    }
    lists.set(id, { counter: starts.size ? `num:${id}` : `abstract:${abstractId}`, levels, starts });
  }
  return { lists, styles, defaultStyle };
}

/** The list and level a paragraph style numbers with, following w:basedOn. */
export function styleNumbering(n: Numbering, styleId: string | null): { numId?: string; ilvl?: number } {
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); id = n.styles.get(id)?.basedOn ?? null) {
    seen.add(id);
    const s = n.styles.get(id);
    if (s?.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl };
  }
  return {};
}
