// A speech transcript's stage marks: `（掌声）`, `（热烈掌声）`, `（长时间热烈掌声）`, `（笑声）`, `[鼓掌]`,
// `【全场起立，热烈鼓掌】`. They note the hall, not the speaker's words: a 金句 or a question must never carry
// one, and one left at a paragraph's end would stand where a source note is read.
const MARK =
  /[（(【[]\s*(?:全场(?:起立)?[，,、]?\s*)?(?:(?:长时间|持续|经久不息的?|再次)[，,、]?\s*)?(?:(?:热烈|雷鸣般|会心)的?\s*)?(?:掌声|鼓掌|笑声|欢笑声|笑|大笑)(?:[，,、]\s*(?:掌声|鼓掌|笑声|笑))?\s*[)）】\]]/g;

/** The line without its stage marks (a line that was only a mark comes back empty). */
export function stripStageMarks(line: string): string {
  return line.replace(MARK, '');
}
