// The line under a speech's title that says where (and maybe when, and by whom) it was given:
// `——在……上的讲话`, `（2023年2月7日在……研讨班上的讲话）`, `在全县经济工作会议上的讲话`, and a web page's 副题
// `——县委书记王建国在……上的讲话`.
import { isBylineName } from '../knowledge/byline-name.js';
import { ROLE } from '../knowledge/post-role.js';

const OCCASION_LINE = /^——\s*(?:(.{0,16}?日))?在(.{4,60}?)上(?:的[^（）()]{0,6}?(?:讲话|报告|发言|致辞))?$/;
/** The same under a title in brackets, as books and 求是 set it: `（2023年2月7日在……研讨班上的讲话）`. */
const OCCASION_BRACKETED =
  /^[（(]\s*(?:(.{0,16}?日))?在(.{4,60}?)(?:上|结束时|闭幕时|开幕时)的[^（）()]{0,6}?(?:讲话|报告|发言|致辞)[)）]$/;

/** The same with no dash, as some manuscripts set it under the main title: `在全县经济工作会议上的讲话`. It
 * must end on the kind of speech, so that a sentence or heading opening on `在…上` is not read as one. */
const OCCASION_BARE =
  /^(?:(.{0,16}?日))?在(.{4,60}?)(?:上|结束时|闭幕时|开幕时)的[^（）()，。,]{0,6}?(?:讲话|报告|发言|致辞)$/;

/** The same naming who gave it (`——县委书记王建国在……上的讲话`), as a web page's 副题 does; a Word 讲话稿 sets it
 * under the title with no dash (`周明远同志在……上的讲话`, `市委书记周明远同志在……`). */
const OCCASION_NAMED = new RegExp(
  `^(——\\s*)?(${ROLE})?([\\u4e00-\\u9fff]{2,3}?)(同志)?(?:(.{0,16}?日))?在(.{4,60}?)上的[^（）()]{0,6}?(?:讲话|报告|发言|致辞)$`,
);

/** The speaker (with the post set before the name) and occasion a `——……在……上的讲话` line names. Without the
 * dash the line must call him 同志 or give his post, so that a name is not cut from a title's first words. */
export function namedOccasion(line: string) {
  const m = OCCASION_NAMED.exec(line);
  if (!m || !isBylineName(m[3]!) || (!m[1] && !m[2] && !m[4])) return null;
  return { speaker: { name: m[3]!, role: m[2] ?? null }, day: m[5] ?? null, occasion: m[6]! };
}

/** A line under a title that says it is a speech, and where it was given (`——在……上的讲话`). */
export function occasionLine(line: string): RegExpExecArray | null {
  return OCCASION_LINE.exec(line) ?? OCCASION_BRACKETED.exec(line) ?? OCCASION_BARE.exec(line);
}
