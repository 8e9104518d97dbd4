// The closing lines of a document, above or in its 落款: a 落款 inside the file (a 印发 notice's own,
// before the 方案 it prints), the 主讲人 line a 讲稿 may set at its end instead of under its title, and
// a form's closing fields (`日期：…`, `承诺人：王芳　日期：…`).
import { dateOnlyLine } from './dates.js';
import { bylineOf } from './header.js';
import { SPEAKER_LABEL } from './header-labels.js';
import { isOrganLine } from './official-frame.js';

/** A 落款 inside the file: a 印发 notice prints the 方案 it issues after its own organ and day, with
 * no 附件 line between. The organ's name alone under a closing sentence, then the day alone. */
export function innerSignature(lines: string[]): string | null {
  for (let i = 2; i < lines.length - 1; i++) {
    const d = dateOnlyLine(lines[i]!);
    if (d && isOrganLine(lines[i - 1]!.trim()) && /[。：:！]$/.test(lines[i - 2]!.trim())) return d;
  }
  return null;
}

/** `主讲人：县委党校讲师　赵敏` among the last lines before `end` (the 落款's day is beside it): the
 * lecturer, as the label says, and the line's index. Only a labelled line with post and name: a bare
 * name at the end is a 落款's writer, no speaker. The line may be set in brackets with the name
 * first (`（主讲：刘建华　县纪委常委）`): read as the post before the name it would be. */
export function closingLecturer(
  lines: string[],
  end: number,
): { index: number; speaker: { name: string; role: string } } | null {
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const line = lines[i]!.trim().replace(/^[（(]\s*(.+?)\s*[)）]$/, '$1');
    const label = SPEAKER_LABEL.exec(line)?.[0];
    if (!label) continue;
    const by = bylineOf(line) ?? nameFirst(label, line.slice(label.length));
    if (by) return { index: i, speaker: by };
  }
  return null;
}

/** `刘建华　县纪委常委` after a 主讲 label: the byline read with its two parts swapped, kept only when
 * the name read back is the first part. */
function nameFirst(label: string, rest: string): { name: string; role: string } | null {
  const m = /^([\u4e00-\u9fff·]{2,4})[\s\u3000]+(\S.{1,30})$/.exec(rest.trim());
  const by = m ? bylineOf(`${label}${m[2]}　${m[1]}`) : null;
  return by && by.name === m![1] ? by : null;
}

/** `日期：2024年11月8日`, `承诺人：王芳　　日期：2024年3月1日`: the day a 心得, 承诺书 or form was signed,
 * as a labelled field in its closing lines, maybe after the signer's field. Only a 日期 label: a
 * closing `时间：` may be a meeting's, still to come. */
const DATE_FIELD =
  /^(?:[\u4e00-\u9fff]{2,5}[:：][\s\u3000]*[\u4e00-\u9fff·]{2,12}[\s\u3000]+)?(?:签字|签名|填写|填表|落款)?日[\s\u3000]*期[:：][\s\u3000]*(.{6,20})$/;

export function closingDateField(line: string): string | null {
  const m = DATE_FIELD.exec(line.trim());
  return m ? dateOnlyLine(m[1]!) : null;
}
