// Who can be named as the speaker of cited words, and the cue verbs of a citation frame
// (“习近平总书记指出：“……””). A name is only a speaker when it is the subject of the cue verb
// right before (or right after) the quotation: never because it occurs earlier in the sentence.
import { foldForSearch } from '../text/normalize.js';
import { unitSet, type UnitSet } from '../text/unit-set.js';

/** Folded alias → canonical name; the longest alias wins where two start at the same place. */
const ALIASES: [string, string][] = (
  [
    ['习近平总书记', '习近平'],
    ['习总书记', '习近平'],
    ['习近平主席', '习近平'],
    ['习近平同志', '习近平'],
    ['习近平', '习近平'],
    ['毛泽东同志', '毛泽东'],
    ['毛泽东主席', '毛泽东'],
    ['毛主席', '毛泽东'],
    ['毛泽东', '毛泽东'],
    ['邓小平同志', '邓小平'],
    ['小平同志', '邓小平'],
    ['邓小平', '邓小平'],
    ['江泽民同志', '江泽民'],
    ['江泽民', '江泽民'],
    ['胡锦涛同志', '胡锦涛'],
    ['胡锦涛', '胡锦涛'],
    ['周恩来同志', '周恩来'],
    ['周恩来总理', '周恩来'],
    ['周总理', '周恩来'],
    ['周恩来', '周恩来'],
    // The premiers whose 政府工作报告 are quoted (`温家宝总理在2010年政府工作报告中指出：“……”`); 李强 and 李鹏,
    // common names, only with their post.
    ['李克强总理', '李克强'],
    ['李克强同志', '李克强'],
    ['李克强', '李克强'],
    ['温家宝总理', '温家宝'],
    ['温家宝同志', '温家宝'],
    ['温家宝', '温家宝'],
    ['朱镕基总理', '朱镕基'],
    ['朱镕基同志', '朱镕基'],
    ['朱镕基', '朱镕基'],
    ['李强总理', '李强'],
    ['李鹏总理', '李鹏'],
    ['刘少奇同志', '刘少奇'],
    ['刘少奇', '刘少奇'],
    ['朱德同志', '朱德'],
    ['陈云同志', '陈云'],
    ['孙中山先生', '孙中山'],
    ['孙中山', '孙中山'],
    ['马克思', '马克思'],
    ['恩格斯', '恩格斯'],
    ['列宁', '列宁'],
    ['斯大林', '斯大林'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

const DOCTRINE_AFTER = /^(?:主义|思想|理论|新时代|(?:法治|经济|外交|强军|生态文明|文化)思想)/;

export interface NamedSpeaker {
  name: string;
  /** Offsets of the alias in the folded text. */
  start: number;
  end: number;
}

/** Aliases by the code of their first UTF-16 unit, longest first (the table's order): a position
 * is only compared with the aliases that can start there (no one-character string per position),
 * and the set of first units rules most positions out before any map lookup. */
interface AliasIndex {
  byFirst: Map<number, [string, string][]>;
  starts: UnitSet;
}
function byFirstChar(table: [string, string][]): AliasIndex {
  const byFirst = new Map<number, [string, string][]>();
  for (const entry of table) {
    if (!entry[0]) continue;
    const list = byFirst.get(entry[0].charCodeAt(0));
    if (list) list.push(entry);
    else byFirst.set(entry[0].charCodeAt(0), [entry]);
  }
  return { byFirst, starts: unitSet([...byFirst.keys()].map((c) => String.fromCharCode(c)).join('')) };
}
const ALIAS_INDEX = byFirstChar(ALIASES);
// The index with a document's own names: every paragraph of the document asks for the same one.
let ownIndex: { key: string; index: AliasIndex } | null = null;

/** A name, or an alias the document itself resolves (`['总书记', '习近平']`). */
export type OwnName = string | readonly [alias: string, name: string];

/** Every speaker alias in a folded text, plus the document's own speakers (folded names). */
export function speakersIn(folded: string, own: readonly OwnName[] = []): NamedSpeaker[] {
  let index = ALIAS_INDEX;
  if (own.length) {
    const pairs = own.map((n): [string, string] => (typeof n === 'string' ? [n, n] : [n[0], n[1]]));
    const key = pairs.map(([a, n]) => `${a}\u0001${n}`).join('\u0000');
    if (ownIndex?.key !== key) {
      const table: [string, string][] = [...ALIASES, ...pairs.map(([a, n]): [string, string] => [foldForSearch(a), n])];
      table.sort((a, b) => b[0].length - a[0].length);
      ownIndex = { key, index: byFirstChar(table) };
    }
    index = ownIndex.index;
  }
  const out: NamedSpeaker[] = [];
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (!index.starts.has(code)) continue;
    const candidates = index.byFirst.get(code);
    if (!candidates) continue;
    for (const [alias, name] of candidates) {
      if (!folded.startsWith(alias, i)) continue;
      // 马克思主义研究院, 毛泽东思想, 习近平新时代…思想: a doctrine or an institution, not the person.
      if (DOCTRINE_AFTER.test(folded.slice(i + alias.length, i + alias.length + 6))) break;
      out.push({ name, start: i, end: i + alias.length });
      i += alias.length - 1;
      break;
    }
  }
  return out;
}

/** A leader the alias table knows (`习近平`, `毛泽东同志`): his signed articles are his speeches. */
export function isNamedLeader(name: string): boolean {
  const folded = foldForSearch(name.trim());
  return speakersIn(folded).some((s) => s.start === 0 && s.end === folded.length);
}

/** Cue verbs that make the preceding name the speaker of what follows. */
export const CUE = '(?:指出|强调|说|讲|要求|告诫|提出|寄语|教导|号召|宣布|写道|所说|所指出|所强调|所讲)';
/** After a name: it cites that person (`邓小平同志说过，……`, `毛泽东同志曾经指出：`). `讲话` is the
 * speech as a thing (`习近平总书记在……上的重要讲话，深刻回答了……`): talking about it cites nothing. */
export const CITES_SOMEONE = new RegExp(`^(?:同志|总书记|主席|总理)?[^，,。！？；]{0,20}?${CUE}(?<!讲(?=话))`);
/** Does the span [start, end) of a folded text cite a named person inside it (`邓小平同志讲过，…`)? */
export const citesInside = (folded: string, names: readonly NamedSpeaker[], start: number, end: number) =>
  names.some((n) => n.start >= start && n.end <= end && CITES_SOMEONE.test(folded.slice(n.end, end)));
/** Words that make a following name an object, not a subject (学习习近平…, 以习近平同志为核心…). */
export const NOT_SUBJECT_BEFORE =
  /(学习|贯彻|落实|按照|根据|遵照|遵循|关于|领会|对|向|把|将|为|以|同|与|和|及|即|的|在|给|请|跟)$/;

/** Other General Secretaries a text may name (anywhere: `胡耀邦同志任总书记期间`); 总书记 alone is
 * then not certain. */
const OTHER_GENERAL_SECRETARY = /胡锦涛|江泽民|胡耀邦|赵紫阳|(?:邓小平|陈独秀|张闻天)(?:同志)?(?:任|担任)?总书记/;

/** `总书记指出：“……”` in a text that names 习近平总书记 and no other General Secretary: the bare
 * title is his (a text of his time calls him so after naming him once). */
export function generalSecretaryAlias(folded: string): OwnName[] {
  return /习近平总书记|习总书记/.test(folded) && !OTHER_GENERAL_SECRETARY.test(folded) ? [['总书记', '习近平']] : [];
}
