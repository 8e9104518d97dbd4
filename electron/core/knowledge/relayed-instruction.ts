// A county speech or report relays what a superior said at the meeting it carries out:
// `省委书记王立新同志在全省作风建设推进会上强调：“要以好作风开新局、以好作风促发展……”`. Framed words of a
// person the name lists do not know (a provincial or city leader) that open on a duty are that
// meeting's work list passed down, not a point to study: no 金句, whoever they are credited to.
// (The national leaders' words the lists know keep their own rules; the document speaker's own
// lines are his, not relayed.)
import { isNamedLeader } from './speakers.js';

/** Words that set a duty at their start: 要 (not 要求/要素/要害/要点), 必须, 务必, 一定要. */
const DUTY_START = /^(?:要(?![求素害点])|必须|务必|一定要)/;

export function isRelayedInstruction(
  q: { source: string; speaker: string | null; text: string },
  docSpeakers: readonly { name: string }[],
): boolean {
  if (q.source !== 'frame' || !q.speaker || !DUTY_START.test(q.text)) return false;
  return !docSpeakers.some((s) => s.name === q.speaker) && !isNamedLeader(q.speaker);
}
