// A Word table bank keyed by marked option cells (word-table-keys.ts) under a legend that names its
// key colour (红色字为正确答案, 表中蓝色字为正确答案): the paper says its marks are the key, so a column
// whose every row is marked, or a 多选 with every option marked, is read as the paragraphs are
// (word-key-marks.ts). Where the legend names one colour and the cells show another (blue, or bold),
// the key is not certain: every row is refused, naming what was found, so the user knows what to fix.
// A legend naming bold makes bold cells marks (never a column bold in every row, nor every option).
import { textOf, type El } from '../content/formats/html-dom.js';
import { FAMILIES, legendName, rgb } from './word-key-colour.js';
import { isRed, withoutMarks } from './word-run-marks.js';

export type TableLegend = {
  /** The colour the paper's legend names as its key (红色, 蓝色, 绿色); null with no legend. */
  colour: string | null;
  /** The run colour the document shows where none is the legend's (蓝色 under a 红色 legend); null. */
  shown: string | null;
  /** The legend names bold as the key (表中加粗的选项为正确答案): bold cells are read as marked ones. */
  bold?: boolean;
};

const RED_LEGEND = /(?:红色|红字|标红)[^。，\n]{0,8}(?:为|是|表示|即为|代表)\s*(?:正确|参考|标准)?答案/;

// 加粗的选项为正确答案, 粗体字为答案, 答案已加粗标出: a table's look is often bold (its header, a 题号
// column), so bold cells are a key only where the paper says so.
const BOLD_LEGEND =
  /(?:加粗|粗体|黑体)[^。，\n]{0,8}(?:为|是|表示|即为|代表)\s*(?:正确|参考|标准)?答案|答案[^。，\n]{0,4}(?:已|均|用)?(?:加粗|粗体)(?:标出|标注|显示)/;

/** The key colour a paper's legend names, red among them. */
export function legendColourName(text: string): string | null {
  return legendName(text) ?? (RED_LEGEND.test(text) ? '红色' : null);
}

/** The family of the run colours of document.xml (`<w:color w:val=…>`) where none is `colour`. */
export function shownColour(xml: string, colour: string | null): string | null {
  if (!colour) return null;
  const hexes = [...xml.matchAll(/<w:color\s+w:val="([0-9A-Fa-f]{6})"/g)].map((m) => m[1]!);
  const is = (name: string, hex: string) => (name === '红色' ? isRed(hex) : !!FAMILIES[name[0]!]?.(...rgb(hex)));
  if (hexes.some((h) => is(colour, h))) return null;
  return ['红色', '蓝色', '绿色'].find((name) => name !== colour && hexes.some((h) => is(name, h))) ?? null;
}

/** The legend of a document body (its text) with the colour its runs show (from document.xml). */
export function tableLegend(body: El, shown: (colour: string | null) => string | null): TableLegend {
  const text = withoutMarks(textOf(body));
  const colour = legendColourName(text);
  return { colour, shown: shown(colour), bold: !colour && BOLD_LEGEND.test(text) };
}
