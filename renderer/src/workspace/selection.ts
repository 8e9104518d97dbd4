// Maps the browser selection inside the reader to (paragraph, start, end) in the document's own
// paragraph text. Paragraph elements carry data-paragraph and contain exactly their text.
export interface TextSelection {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  rect: DOMRect;
}

function paragraphOf(node: Node): HTMLElement | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return (el?.closest('[data-paragraph]') as HTMLElement | null) ?? null;
}

function offsetIn(p: HTMLElement, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(p, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

/** The selection clamped to its first paragraph, or null when nothing in `root` is selected. */
export function readSelection(root: HTMLElement | null): TextSelection | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.isCollapsed || !sel.rangeCount) return null;
  const range = sel.getRangeAt(0);
  const sp = paragraphOf(range.startContainer);
  if (!sp || !root.contains(sp)) return null;
  const ep = paragraphOf(range.endContainer);
  const len = sp.textContent?.length ?? 0;
  const start = offsetIn(sp, range.startContainer, range.startOffset);
  const end = ep === sp ? offsetIn(sp, range.endContainer, range.endOffset) : len;
  const text = (sp.textContent ?? '').slice(start, end);
  if (!text.trim()) return null;
  return { paragraph: Number(sp.dataset.paragraph), start, end, text, rect: range.getBoundingClientRect() };
}

/** Scrolls to an element and flashes it so the eye finds the passage. */
export function flash(el: Element | null): void {
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.remove('flash');
  void (el as HTMLElement).offsetWidth; // restart the animation
  el.classList.add('flash');
}
