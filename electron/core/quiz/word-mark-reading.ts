// What word-key-marks.ts and word-judge-marks.ts share: how one kind of mark is read on one item.
import { BOLD, HIGHLIGHT, RED, UNDERLINE } from './word-run-marks.js';

export const NAME: Record<number, string> = {
  [RED]: '红色',
  [HIGHLIGHT]: '突出显示',
  [BOLD]: '加粗',
  [UNDERLINE]: '下划线',
};

/** Letters and digits carry a mark; spaces and punctuation between marked words may not. */
export const SIGNIFICANT = /[\p{L}\p{N}√✓✔×✗✘]/u;

/** One kind of mark on one item: the key it shows (`keyLike`), or why it cannot be one (`soft`:
 * unless a typed key says what it is); `sig` says which options or words carry it. */
export type Reading = {
  kind: number;
  key?: string;
  stem?: string;
  refuse?: string;
  soft?: boolean;
  keyLike: boolean;
  sig: string;
};

/** How much of the text's letters carry the mark: none, some or all. */
export function cover(text: string, marks: number[], kind: number): 'none' | 'some' | 'all' {
  let yes = 0;
  let no = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SIGNIFICANT.test(text[i]!)) continue;
    if (marks[i]! & kind) yes++;
    else no++;
  }
  return yes === 0 ? 'none' : no === 0 ? 'all' : 'some';
}
