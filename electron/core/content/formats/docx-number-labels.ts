// Word's automatic numbering drawn into the text: each numbered paragraph of word/document.xml
// gets its label (一、 （一） 1. A.) as a first run, and its list reference is cut (numId 0), so
// mammoth and every later rule read `一、坚持……` as if it had been typed. Counters follow Word:
// shared by the lists of one definition, lower levels restart when a higher one advances (unless
// w:lvlRestart says otherwise), a start override starts a list of its own. A paragraph whose mark
// is hidden or deleted neither shows nor advances a number. What cannot be computed (an unknown
// format, a level without a start) is left to mammoth as a list item.
import { formatNumber } from './docx-number-text.js';
import { styleNumbering, type Level, type List, type Numbering } from './docx-numbering.js';

const PARA_PR = /<w:p(?:\s[^>]*)?(?<!\/)>\s*<w:pPr(?:\s[^>]*)?(?<!\/)>/g;
const PR_TAG = /<(\/?)w:pPr(?:\s[^>]*)?(?<!\/)>/g;
/** A text box is written twice; mammoth reads the VML fallback, so the DrawingML copy is skipped. */
const CHOICE = /<mc:Choice\b[\s\S]*?<\/mc:Choice>/g;
const CHANGE = /<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/;
const NUM_PR = /<w:numPr\b[^>]*?(?:\/>|>[\s\S]*?<\/w:numPr>)/;
const NO_LIST = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
const ON = (v: string | undefined) => v === undefined || /^(true|1|on)$/.test(v);

const attr = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml)?.[1];
const int = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The paragraph mark's own run properties hide it or record it as deleted. */
function markGone(pPr: string): boolean {
  const rPr = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(pPr)?.[1] ?? '';
  const vanish = /<w:vanish\b([^>]*)\/?>/.exec(rPr);
  return /<w:del\b/.test(rPr) || (vanish !== null && ON(/w:val="([^"]*)"/.exec(vanish[1]!)?.[1]));
}

class Counters {
  private readonly values = new Map<string, (number | undefined)[]>();

  /** Advances the level and returns the current number of every level, or null. */
  advance(list: List, ilvl: number): number[] | null {
    const values = this.values.get(list.counter) ?? [];
    this.values.set(list.counter, values);
    const startOf = (l: number) => list.starts.get(l) ?? list.levels.get(l)?.start ?? null;
    const start = startOf(ilvl);
    if (start === null) return null;
    values[ilvl] = values[ilvl] === undefined ? start : values[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = list.levels.get(deeper)?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) values[deeper] = undefined;
    }
    const out: number[] = [];
    for (let l = 0; l <= ilvl; l++) {
      const v = values[l] ?? startOf(l);
      if (v === null) return null;
      out.push(v);
    }
    return out;
  }
}

function label(list: List, level: Level, numbers: number[]): string | null {
  let failed = false;
  const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
    const l = Number(k) - 1;
    const fmt = level.legal ? 'decimal' : (list.levels.get(l)?.fmt ?? 'decimal');
    const s = numbers[l] === undefined ? null : formatNumber(numbers[l]!, fmt);
    if (s === null) failed = true;
    return s ?? '';
  });
  if (failed) return null;
  // Word's tab or space after the label: kept as a space after a Latin mark (`1. `), dropped after
  // a full-width one (`一、`, `（一）`), as such labels are typed.
  return level.suffix === 'nothing' || !text || /[\u3000-\u303f\uff00-\uffef]$/.test(text) ? text : `${text} `;
}

/** document.xml with its numbered paragraphs' labels written in. */
export function withNumberLabels(xml: string, n: Numbering): string {
  const skip = [...xml.matchAll(CHOICE)].map((m) => [m.index, m.index + m[0].length] as const);
  const counters = new Counters();
  const out: string[] = [];
  let from = 0;
  for (const m of xml.matchAll(PARA_PR)) {
    const open = m.index + m[0].length;
    if (open < from || skip.some(([a, b]) => m.index >= a && m.index < b)) continue;
    // The end of this pPr (a w:pPrChange inside it holds a pPr of its own).
    PR_TAG.lastIndex = open;
    let depth = 1;
    let close = -1;
    for (let t = PR_TAG.exec(xml); t; t = PR_TAG.exec(xml)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        close = t.index;
        break;
      }
    }
    if (close < 0) break;
    const inner = xml.slice(open, close);
    const change = CHANGE.exec(inner)?.[0] ?? '';
    const own = change ? inner.replace(change, '\u0000') : inner;
    const ownNum = NUM_PR.exec(own)?.[0];
    const styleId = attr(own, 'pStyle') ?? n.defaultStyle;
    const byStyle = styleNumbering(n, styleId);
    const numId = (ownNum ? attr(ownNum, 'numId') : undefined) ?? byStyle.numId;
    if (numId === undefined || numId === '0') continue;
    const list = n.lists.get(numId);
    if (!list) continue;
    const linked = [...list.levels].find(([, l]) => l.style !== null && l.style === styleId)?.[0];
    const ilvl = int(ownNum ? attr(ownNum, 'ilvl') : undefined) ?? byStyle.ilvl ?? linked ?? 0;
    const level = list.levels.get(ilvl);
    if (!level || level.fmt === 'bullet') continue;
    let text: string | null = '';
    if (!markGone(own)) {
      const numbers = counters.advance(list, ilvl);
      text = numbers && label(list, level, numbers);
      if (text === null) continue;
    }
    const cut = ownNum ? own.replace(ownNum, NO_LIST) : NO_LIST + own;
    const run = text ? `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : '';
    out.push(xml.slice(from, open), cut.replace('\u0000', change), '</w:pPr>', run);
    from = close + '</w:pPr>'.length;
  }
  out.push(xml.slice(from));
  return out.join('');
}
