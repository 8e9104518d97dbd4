// A modern editor's lines around a reprinted text: his 编者按 and the 注释 a 文献选编 sets under the text. His verdict
// (已被历史决议否定), his years (1951年底至1952年10月, 1980年代以后) and his voice are not the text's, whose voice and date
// are its body's (status.ts).

/** 编者按：…, 编者注（2019年）：…, 【编者说明】…: a line of the editor's. */
const EDITOR_LINE = /^\s*[【〔[（(]?(?:编者按|编者注|编者说明|编者的话|编后记?|按语)/;
/** The head of a 选编's notes (注释, 【注释】, 注：) on a line of its own. */
const NOTES_HEAD = /^\s*[【〔[（(]?(?:注释|注解|注)[】〕\]）)]?\s*[：:]?\s*$/;
/** A note under that head opens on its mark (〔1〕, [2], （3）, ①). */
const NOTE_LINE = /^\s*(?:[〔[【（(]\s*\d{1,2}\s*[〕\]】）)]|[①-⑳])/;

/** `text` without its editor's lines and the notes under a 注释 head (up to the first line that is no note). */
export function withoutEditorLines(text: string): string {
  const kept: string[] = [];
  let inNotes = false;
  for (const line of text.split('\n')) {
    if (inNotes && NOTE_LINE.test(line)) continue;
    inNotes = NOTES_HEAD.test(line);
    if (!inNotes && !EDITOR_LINE.test(line)) kept.push(line);
  }
  return kept.join('\n');
}
