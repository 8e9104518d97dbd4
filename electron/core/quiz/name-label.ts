// An interviewee's name label at a paragraph's start (`魏春林：正如习近平总书记所说，…`, `张华（县委书记）：…`): like a
// press conference's `答：` (fact-text.ts TURN_LABEL) no part of the words. Taken for a label only when it is clearly
// one: a person's name of two to four characters, or a name with its post in brackets, then a full-width colon, in a
// page where such turns (or 记者：/问： turns) open at least two paragraphs; never a 提法 (`新质生产力：…` heads a point).
import { isBylineName } from '../knowledge/byline-name.js';
import { TURN_LABEL } from './fact-text.js';
import { inLexicon } from './term-distractors.js';

const LABEL = /^(\p{Script=Han}{2,4})(?:（[^（）：:，。]{2,20}）)?：\s*/u;

/** The name label `text` opens on, if any, without looking at the page. */
function labelAt(text: string): string | null {
  const m = LABEL.exec(text);
  return m && isBylineName(m[1]!) && !inLexicon(m[1]!) ? m[0] : null;
}

const pages = new WeakMap<readonly { text: string }[], boolean>();

/** Whether the page sets down turns: at least two paragraphs open on a name or a turn label. */
export function hasTurns(paragraphs: readonly { text: string }[]): boolean {
  let has = pages.get(paragraphs);
  if (has === undefined) {
    has = paragraphs.filter((p) => labelAt(p.text) !== null || TURN_LABEL.test(p.text)).length >= 2;
    pages.set(paragraphs, has);
  }
  return has;
}

/** The length of the name label `text` (a paragraph's start) opens on in a page of turns; 0 if none. */
export function nameLabelLength(text: string, paragraphs: readonly { text: string }[]): number {
  const label = labelAt(text);
  return label && hasTurns(paragraphs) ? label.length : 0;
}
