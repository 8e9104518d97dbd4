// The run properties a Word run gets from styles (word/styles.xml), as Word resolves them: the
// document defaults, then the paragraph's style (w:pStyle, or the default paragraph style), then
// the run's character style (w:rStyle), each style with the styles it is based on (w:basedOn)
// under it; the run's own properties override all of them (word-run-marks.ts). A table style's
// properties (word-table-style.ts) come under the paragraph style's. Bold is a toggle property:
// bold from two of the table, paragraph and character styles cancels out, as Word shows it. Only
// the properties that can mark a key are read, and not highlight: Word does not take w:highlight
// in a style's run properties ([MS-OI29500] 2.1.260), so a highlight written there is one the
// reader may never have seen.

export const TAGS = ['color', 'highlight', 'b', 'u'] as const;
export type Tag = (typeof TAGS)[number];
/** A property's value where set (undefined: set without w:val); a tag not in it is not set. */
export type Props = Partial<Record<Tag, string | undefined>>;

type Style = { type: string; basedOn?: string; props: Props };
export interface StyleSheet {
  defaults: Props;
  styles: Map<string, Style>;
  defaultParagraph?: string;
}

const STYLE = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;
const RPR = /<w:rPr(?:\s[^>]*)?>([\s\S]*?)<\/w:rPr>/;
const attr = (s: string, name: string) => new RegExp(`\\bw:${name}="([^"]*)"`).exec(s)?.[1];

/** The properties an rPr sets. */
export function propsOf(rPr: string): Props {
  const out: Props = {};
  for (const tag of TAGS) {
    const m = new RegExp(`<w:${tag}(?=[\\s/>])([^>]*)>`).exec(rPr);
    if (m) out[tag] = attr(m[1]!, 'val');
  }
  return out;
}

function withoutHighlight(props: Props): Props {
  delete props.highlight;
  return props;
}

export function readStyles(xml: string | null | undefined): StyleSheet | null {
  if (!xml) return null;
  const sheet: StyleSheet = { defaults: {}, styles: new Map() };
  const defaults = /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml);
  if (defaults) sheet.defaults = withoutHighlight(propsOf(defaults[1]!));
  for (const [, attrs, body] of xml.matchAll(STYLE)) {
    const id = attr(attrs!, 'styleId');
    if (!id) continue;
    const type = attr(attrs!, 'type') ?? 'paragraph';
    const basedOn = /<w:basedOn\s+w:val="([^"]*)"/.exec(body!)?.[1];
    sheet.styles.set(id, { type, basedOn, props: withoutHighlight(propsOf(RPR.exec(body!)?.[1] ?? '')) });
    if (type === 'paragraph' && /^(1|true|on)$/.test(attr(attrs!, 'default') ?? '')) sheet.defaultParagraph = id;
  }
  return sheet;
}

/** A style's properties with those of the styles it is based on (a loop is cut off). */
function chain(sheet: StyleSheet, id: string | undefined, type: string): Props {
  const layers: Props[] = [];
  const seen = new Set<string>();
  for (let s = id; s && !seen.has(s);) {
    seen.add(s);
    const style = sheet.styles.get(s);
    if (!style || style.type !== type) break;
    layers.unshift(style.props);
    s = style.basedOn;
  }
  return Object.assign({}, ...layers) as Props;
}

const on = (v: string | undefined) => !/^(false|0|off|none)$/.test(v ?? '');

/** What a run in paragraph style `pStyle` with character style `rStyle` gets from the styles;
 * `table`: what its cell's table style gives (word-table-style.ts), under the paragraph style. */
export function styleProps(
  sheet: StyleSheet,
  pStyle: string | undefined,
  rStyle: string | undefined,
  table: Props = {},
): Props {
  const para = chain(sheet, pStyle ?? sheet.defaultParagraph, 'paragraph');
  const char = chain(sheet, rStyle, 'character');
  const out: Props = { ...sheet.defaults, ...table, ...para, ...char };
  const layers = [table, para, char].filter((l) => 'b' in l);
  if (layers.length) out.b = layers.filter((l) => on(l.b)).length % 2 ? '1' : '0';
  return out;
}
