// @vitest-environment jsdom
// Pure renderer helper: the browser selection mapped to (paragraph, start, end) in the paragraph's
// own text, across inline marks, clamped to the first paragraph.
import { afterEach, expect, test } from 'vitest';
import { readSelection } from '../src/workspace/selection';

// jsdom does no layout: a zero rectangle stands in for where the toolbar would appear.
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

function reader(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): void {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

afterEach(() => window.getSelection()?.removeAllRanges());

test('offsets count the paragraph text across highlight marks', () => {
  const root = reader('<p data-paragraph="3">全面推进<mark>乡村振兴</mark>，加快建设农业强国。</p>');
  const p = root.querySelector('p')!;
  const after = p.childNodes[2]!; // "，加快建设农业强国。"
  select(p.querySelector('mark')!.firstChild!, 2, after, 5);
  expect(readSelection(root)).toMatchObject({ paragraph: 3, start: 6, end: 13, text: '振兴，加快建设' });
});

test('a selection running into the next paragraph is clamped to the first one', () => {
  const root = reader('<p data-paragraph="0">第一段文字。</p><p data-paragraph="1">第二段。</p>');
  const [a, b] = [...root.querySelectorAll('p')];
  select(a!.firstChild!, 3, b!.firstChild!, 2);
  expect(readSelection(root)).toMatchObject({ paragraph: 0, start: 3, end: 6, text: '文字。' });
});

test('nothing selected, whitespace only, or outside the reader gives null', () => {
  const root = reader('<p data-paragraph="0">正文  内容</p>');
  expect(readSelection(root)).toBeNull();
  select(root.querySelector('p')!.firstChild!, 2, root.querySelector('p')!.firstChild!, 4);
  expect(readSelection(root)).toBeNull();
  const outside = document.createElement('p');
  outside.dataset.paragraph = '9';
  outside.textContent = '外部文字';
  document.body.append(outside);
  select(outside.firstChild!, 0, outside.firstChild!, 2);
  expect(readSelection(root)).toBeNull();
});
