// `记者：林果产业最难的是什么？` / `陆长河：最难的是销路。`: an answer that opens by repeating the question's words
// only fills in what was asked; without the question it says nothing to study (its point, if any, comes after).
import { hanCount } from '../text/char-counts.js';

/** The question's stem before what it asks (`最难的` of `…最难的是什么？`; folded text spells 么 as 幺). */
const ASKED = /([\u4e00-\u9fff]{3,})(?:是什[么幺]|是哪些|有哪些|在哪里|在哪儿)[？?]\s*$/;
const SHORT = 12;
/** `…不是A，是B`: one thing set against another. */
const CONTRASTED = /不是[^，,。；;]{1,8}[，,](?:而)?是[^，,。；;]{1,8}[。！]?$/;

/** Whether `answer` (the first sentence of a turn) echoes `question` (the paragraph before, folded). */
export function echoesQuestion(answer: string, question: string | null | undefined): boolean {
  if (namesTheAsked(answer, question)) return true;
  // (`最难的不是石头硬，是人心散。` after `…最难的是什么？`: what it is set against what it is not stands without the
  // question, round speech73.)
  if (!question || hanCount(answer) > SHORT || CONTRASTED.test(answer)) return false;
  // (`主要是审批环节多。` after `…难在哪里？`: the main reason, named only; what it is the reason for was asked.)
  // (`最直观的是跑腿少了。` after `…怎么样？`, `办法是城乡学校结对。` after `怎样…？`: the one most-something, or the way,
  // named only.)
  if (/[？?]\s*$/.test(question) && /^(?:主要|最[\u4e00-\u9fff]{1,3}的|办法)(?:是|在于?)/.test(answer)) return true;
  const stem = ASKED.exec(question)?.[1];
  // (`靠的是…` after `…靠的是什么？`: a stem of two characters before 是 is echoed too; so is the whole stem,
  // `最大的难点是人才。` after `最大的难点在哪里？`.)
  return (
    !!stem &&
    (answer.startsWith(stem.slice(-3)) ||
      answer.startsWith(`${stem.slice(-2)}是`) ||
      answer.startsWith(`${stem}是`) ||
      // (`难点在部门之间。` after `改革的难点在哪里？`: where it lies, named only.)
      (/在哪[里儿][？?]\s*$/.test(question) && answer.startsWith(`${stem.slice(-2)}在`)))
  );
}

/** `初衷是什么？` / `初衷很简单，就是让群众少往城里跑。`: an answer that names what was asked and calls it simple only
 * fills in the question, however long (the noun asked about is the question's last words before 是什么). */
const ASKED_NOUN = /([\u4e00-\u9fff]{2})是什[么幺][？?]\s*$/;

export function namesTheAsked(answer: string, question: string | null | undefined): boolean {
  const noun = question ? ASKED_NOUN.exec(question)?.[1] : undefined;
  return !!noun && new RegExp(`^${noun}(?:其实|也)?很简单[，,]`).test(answer);
}
