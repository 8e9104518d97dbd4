// Byline lines of a header: a role and a name (`县委书记　王建国`), a presenter's label before them
// (`主讲人：…`), names alone. Read on the folded text so traditional script reads the same.
import { foldForSearch } from '../text/normalize.js';
import { isBylineName } from '../knowledge/byline-name.js';
import { SPEAKER_LABEL } from './header-labels.js';

// (`市农业农村局干部　周明` under a 报告会 发言: one who speaks of a colleague need hold no post.)
const ROLE_END =
  '(?:书记|副书记|行政长官|司长|署长|市长|区长|县长|州长|省长|镇长|乡长|主任|部长|总理|副总理|主席|局长|厅长|委员长|秘书长|常委|委员|院长|校长|会长|理事长|社长|总经理|董事长|干部|教师)';
const NAME = '([\\u4e00-\\u9fff](?:[\\s\\u3000]?[\\u4e00-\\u9fff]){1,3})';
const BYLINE = new RegExp(
  `^((?:[\\u4e00-\\u9fff]{0,20}[、，])*[\\u4e00-\\u9fff]{0,20}${ROLE_END})[\\s\\u3000]+${NAME}$`,
);
export const NAME_ONLY = new RegExp(`^${NAME}$`);
const LABELLED_BYLINE = new RegExp(`^((?:[\\u4e00-\\u9fff]{1,20}[、，])*[\\u4e00-\\u9fff]{2,20})[\\s\\u3000]+${NAME}$`);
/** Two names or more and nothing else (`刘芳　张宏伟`). */
export const NAMES_LINE = /^[\u4e00-\u9fff]{2,4}(?:[\s\u3000]+[\u4e00-\u9fff]{2,4})+$/;
/** `县委书记　王建国`: a role and a name alone on a line. */
export function isByline(line: string): boolean {
  return BYLINE.test(foldForSearch(line.trim()));
}

/** A label naming who gave the talk (`主讲人：`, `讲课人：`), not a 发言人's: a 新闻发言人 is a post, and a press
 * conference's record is no speech. */
export const presenter = (label: string) => !/^发[\s\u3000]*言/.test(label);

/** `主讲人　陆海燕　县委组织部副部长`: behind a label, the name first, set apart from its post by spaces. */
const NAME_THEN_POST = /^([\u4e00-\u9fff]{2,4})[\s\u3000]+([\u4e00-\u9fff、]{2,28}(?:长|书记|主任|讲师|教授|委员))$/;
/** A byline without its label, brackets or 同志 (`主讲人：王建国`, `（县委书记　王建国）`, `王建国同志`). */
export function bareByline(line: string): { label: RegExpExecArray | null; bare: string } {
  const t = line.trim();
  const label = SPEAKER_LABEL.exec(t);
  const bare = label
    ? // `讲话人：张卫东（区委书记）`: the role after the name, as a byline reads it.
      t
        .slice(label[0].length)
        .trim()
        .replace(/^([\u4e00-\u9fff]{2,4})[（(]([^（）()]{2,30})[)）]$/, '$2　$1')
        .replace(NAME_THEN_POST, '$2　$1')
    : t.replace(/^[（(](.+)[)）]$/, '$1').replace(/同志$/, '');
  return { label, bare };
}

/** The person of a byline line (`中共某市委书记　吴建华`, `主讲人：县委书记　王建国`), or null. */
export function bylineOf(line: string): { name: string; role: string } | null {
  const { label, bare } = bareByline(line);
  // Matched on the folded text, so a traditional-script line (`省委書記　王建國`) reads the same;
  // folding keeps the length, so the name and role are cut from the line as written. Behind a 主讲人
  // label any post reads as one (`县委党校讲师`): the label says a person is named.
  const by = (label ? LABELLED_BYLINE : BYLINE).exec(foldForSearch(bare));
  if (!by || !isBylineName(by[2]!)) return null;
  return { name: squeeze(bare.slice(bare.length - by[2]!.length)), role: squeeze(bare.slice(0, by[1]!.length)) };
}

/** Without spaces, ideographic ones included (`李　强`, `中 共 某 某 县 委 文 件`). */
export const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
