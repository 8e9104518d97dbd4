// A page's tool bar (`【字号 大 中 小】【打印】【关闭】`, `[字体：大 中 小] [打印本页] [关闭窗口]`): set in the
// headline's block on many party and government sites, it is no words of the title nor of the text.
import { walk, textOf, type Doc, type El } from './html-dom.js';
import { TOOL, TOOL_BAR } from './page-chrome.js';

const TRAILING = new RegExp(`(?:\\s*${TOOL})+\\s*$`);

/** Whether a text is a tool bar and nothing else. */
export const isToolBar = (text: string) => TOOL_BAR.test(text);

/** A title candidate without a tool bar run on after it (a block's text that took the bar in). */
export const withoutTools = (title: string) => {
  const bare = title.replace(TRAILING, '');
  return bare.trim().length >= 4 ? bare.trimEnd() : title;
};

/** Removes the elements that hold a tool bar alone, so that a headline's block holds the headline
 * and its info line only (and the info line stands right under the headline). */
export function dropToolBars(doc: Doc): void {
  const bars = [...walk(doc.body ?? doc.documentElement)].filter((el) => isToolBar(textOf(el)));
  const within = (el: El, box: El) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (a === box) return true;
    return false;
  };
  for (const el of bars) if (!bars.some((b) => within(el, b))) el.remove();
}
