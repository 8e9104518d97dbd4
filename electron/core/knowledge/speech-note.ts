// A speech printed in a collection (文选, 选编) names its speaker only in its 题注, a line of its
// own before or after the text: `这是吴国栋同志在全市调查研究工作推进会上讲话的主要部分。` That line
// says who spoke (certain: the note is the editor's) and is no sentence of the speech itself.
import { foldForSearch } from '../text/normalize.js';
import { isBylineName } from './byline-name.js';
import { ROLE } from './post-role.js';
import { postedPeople } from './posted-people.js';

// (The day may stand before 在 — `这是马国庆同志2022年12月28日在……` — and an editor's clause after the
// note: `，2023年3月1日整理刊发`, `，收入本书时有删节`.)
// A web page sets the note over the text as its 编者按 and names the speaker with his post: `编者按：这是县委书记
// 王建国2026年1月30日在……上的讲话，现予刊发。`
// A note closing the text says it as `（本文系县委书记赵志刚2026年2月20日在……上的讲话，有删节）`.
const NOTE = new RegExp(
  `^[（(]?(?:注[：:]|(?:编者按|编者的话|题注)[：:]?)?\\s*(?:这是|本文系|本文为|此文系|本文是)(${ROLE})?([\\u4e00-\\u9fff]{2,4}?)(?:同志)?(?:于?(\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?))?在[^。！？，,“”]{2,50}?[上中时]的?(?:讲话|发言|报告|致辞|谈话)(?:的?(?:一部分|部分内容|主要部分|节选|要点|摘要|主要内容))?(?:[，,][^。！？“”，,]{2,30})?[。]?\\s*[）)]?$`,
);

// A reprinted speech's 编者按 may tell the meeting instead: `编者按：4月18日，全市……推进会召开，市委常委、组织部部长
// 蒋慧玲出席会议并讲话。……现将讲话全文刊发，供……参考。` The one person it names under a post as giving the speech
// it prints is the speaker. The day it opens on may lack its year (`3月6日`): `day` is then as written, and the
// caller dates it only against the page's day.
const EDITOR_NOTE = /^[（(]?(?:编者按|编者的话)[：:]\s*(?:((?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:上午|下午|晚)?[，,])?/;
const GAVE_SPEECH = new RegExp(
  `(${ROLE})([\\u4e00-\\u9fff]{2,4}?)(?:同志)?(?:出席[^。！？，,]{0,12}?并|到会并|在[^。！？，,]{1,40}?[上中])?(?:发表了?(?:重要)?讲话|作了?[^。！？，,]{0,8}?讲话|讲话)`,
  'g',
);
const PRINTS_SPEECH =
  /讲话[^。！？]{0,12}(?:刊发|刊登|刊载|编发|摘登|发表)|(?:刊发|刊登|刊载|编发|摘登)[^。！？]{0,12}讲话/;

function editorNote(text: string, folded: string): SpeechNote | null {
  const note = EDITOR_NOTE.exec(folded);
  if (!note || !PRINTS_SPEECH.test(folded)) return null;
  const gave = [...folded.matchAll(GAVE_SPEECH)];
  // Everyone the note names under a post: the speaker only (`市委书记某某、市长某某出席并讲话` names two).
  if (gave.length !== 1 || postedPeople(folded).some((n) => !gave[0]![2]!.startsWith(n.slice(0, 2)))) return null;
  const m = gave[0]!;
  const at = m.index + m[1]!.length;
  const name = text.slice(at, at + m[2]!.length);
  return isBylineName(name) ? { name, role: text.slice(m.index, at), day: note[1] ?? null } : null;
}

export interface SpeechNote {
  name: string;
  /** The post the note gives before the name (`县委书记`), as written. */
  role: string | null;
  /** The day the note says the speech was given (`2026年1月30日`), as written. */
  day: string | null;
}

/** The speaker (with post and day) a 题注 line names, or null when the line is no such note. */
export function speechNote(line: string): SpeechNote | null {
  // Folding keeps the length: the name is cut from the line as written.
  const text = line.trim();
  const folded = foldForSearch(text);
  const m = NOTE.exec(folded);
  if (!m) return editorNote(text, folded);
  const cut = (i: number) => {
    if (!m[i]) return null;
    const at = folded.indexOf(m[i]!, i === 2 && m[1] ? folded.indexOf(m[1]) + m[1].length : 0);
    return text.slice(at, at + m[i]!.length);
  };
  const name = cut(2)!;
  // (The note's name stands where a byline's does: 马/n 国庆/t is a common surname and a given name.)
  return isBylineName(name) ? { name, role: cut(1), day: m[3] ?? null } : null;
}

export function speechNoteSpeaker(line: string): string | null {
  return speechNote(line)?.name ?? null;
}
