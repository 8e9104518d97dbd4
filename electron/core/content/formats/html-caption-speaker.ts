// A speech page whose title names no one (`在全县……会议上的讲话`) and whose only word of the speaker is
// the caption under the photo over the text (`县委书记王建国在会上讲话。`): the caption names who gave
// this speech. Read only as a caption (the line right under an image alone, or a <figcaption>), only
// with a verb of speaking and one leader, and turned into the byline line (`县委书记　王建国`) the header
// reader takes under a speech title. A caption naming the chair (`县长李红梅主持会议。`) names no one.
import { leadSpeakers } from '../meeting-speakers.js';
import { textOf, type Doc, type El } from './html-dom.js';

const NAMELESS_SPEECH = /^在.{4,60}上的(?:讲话|致辞|报告)$/;
const SPOKE = /(?:讲话|致辞|作报告)。?$/;

function isCaption(el: El): boolean {
  if (el.tagName === 'FIGCAPTION') return true;
  const prev = el.previousElementSibling;
  return !!prev && !textOf(prev) && (prev.tagName === 'IMG' || prev.querySelectorAll('img').length === 1);
}

/** The caption's byline, removed from the page, or null. */
export function captionSpeakerLine(doc: Doc, title: string | null): string | null {
  if (!title || !NAMELESS_SPEECH.test(title)) return null;
  for (const el of [...doc.querySelectorAll('p,div,figcaption,span')]) {
    const t = textOf(el);
    if (t.length > 40 || !SPOKE.test(t) || el.children.length || !isCaption(el)) continue;
    const [speaker, ...more] = leadSpeakers(t, '', false);
    if (!speaker?.role || more.length) return null;
    el.remove();
    return `${speaker.role}　${speaker.name}`;
  }
  return null;
}
