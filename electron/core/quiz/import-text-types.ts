// The shapes the numbered-text reader (import-text.ts) builds: a section of the paper and one item
// with its lines as read, before they become a raw row (import-text-row.ts).

/** `part`: the paper's part, counted on where items go on after a key list (each list answers
 * the part above it). */
export type Section = {
  type: string;
  index: number;
  part: number;
  /** The letters a 判断 section's note says stand for 正确 and 错误 (正确的选A，错误的选B): "AB". */
  truth?: string;
};

export type TextItem = {
  number: number;
  section: Section;
  stem: string[];
  options: string[];
  answer: string[];
  explanation: string[];
  /** Numbered by Word itself: its number is our count, not certainly the one Word shows. */
  auto?: boolean;
  /** Numbered ①②③ (isCircled). */
  circled?: boolean;
  /** The group of a contest round it is in (第一组), as a key list may name it. */
  group?: string;
  /** Where continuation lines go: the stem, the last option, the answer or the explanation. */
  at: 'stem' | 'option' | 'answer' | 'explanation';
  /** An exam record gave the candidate's own answer here (CANDIDATE): never a key. */
  candidate?: boolean;
  /** The 材料题 passage the item asks about (import-text-material.ts). */
  material?: string[];
};
