// Emoji set before or after a line's words (`🔥标题`, `💡来源：…`, `…上岗啦✨`, a line of `👇👇👇`): decoration
// of a phone-written post, no part of its text. Emoji of the astral planes, the BMP ones phones insert most
// (✅ ❌ ✨ ⭐ ❗ ❤) and any symbol drawn as an emoji (`✍️`: the selector FE0F after it), with their selectors,
// joiners and skin tones. Symbols a document types itself (★ in a 密级 line, √ and × in a form, ①) stay.
const BASE = '(?:[\\u{1F000}-\\u{1FAFF}\\u2705\\u274C\\u2728\\u2B50\\u2757\\u2764]|[\\u2600-\\u27BF](?=\\u{FE0F}))';
const TAIL = '(?:\\u{FE0F}|\\u{200D}|[\\u{1F3FB}-\\u{1F3FF}])*';
const EMOJI = `${BASE}${TAIL}`;
const EDGES = new RegExp(`^(?:${EMOJI}|\\s)+|(?:${EMOJI}|\\s)+$`, 'gu');

/** A line without the emoji at its start and end (inner ones stay: they may stand for words). */
export function stripEmojiEdges(line: string): string {
  return line.replace(EDGES, (m) => (/\S/u.test(m.replace(/\s/gu, '')) ? '' : m));
}
