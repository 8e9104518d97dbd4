// Reads back the app's own Anki export (export-anki.ts): the front holds the question lines and
// "A. …" option lines, the back "答案：A（甲）、C（丙）" (or the blank texts), "解析：…", "出处：…".
// Without this, our own file would import as free-text questions with the whole back as answer.
import type { RawItem } from './import-normalize.js';

const OPTION = /^[A-H]\.\s/;
const EXPORT_TAGS = new Set(['学习书架', '单选', '多选', '判断', '填空']);

/** The question in our export's layout, or null when the note was written some other way. */
export function fromOwnAnki(front: string, back: string, tags: string[]): RawItem | null {
  const answer = /^答案：(.*)$/m.exec(back)?.[1]?.trim();
  if (answer === undefined) return null;
  const lines = front.split('\n').filter((l) => l.trim());
  const options = lines.filter((l) => OPTION.test(l)).map((l) => l.replace(OPTION, '').trim());
  const stemLines = lines.filter((l) => !OPTION.test(l));
  const letters = [...answer.matchAll(/([A-H])（/g)].map((m) => m[1]);
  const fillIn = options.length === 0 && /＿{2,}/.test(stemLines.at(-1) ?? '');
  return {
    // 填空: the last line is the fact with its blanks; earlier lines only introduce it.
    stem: fillIn ? stemLines.at(-1)!.replace(/＿{2,}/g, '____') : stemLines.join('\n'),
    options,
    answer: options.length && letters.length ? letters.join('') : answer,
    explanation: /^解析：(.*)$/m.exec(back)?.[1]?.trim() ?? '',
    tags: tags.filter((t) => !EXPORT_TAGS.has(t)),
  };
}
