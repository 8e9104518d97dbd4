// The answers of a transcript's or a 发言摘登's turns in one paragraph: the answerer's own sentences (own-candidates.ts)
// under his name, without his label, the host's procedure, a remark on the turn before, an account of his own place or
// of how things were, a pledge, or an answer that only fills in the question's words.
import { foldForSearch } from '../text/normalize.js';
import { HOST_PROCEDURE, TURN_PLEDGE, type Turn } from './transcript-turns.js';
import { SELF_ACCOUNT } from './byline-turns.js';
import { isCountedPast } from './local-account.js';
import { echoesQuestion } from './echo-answer.js';
import { beliefLead, LEAD, ownCandidates } from './own-candidates.js';
import type { CandidateDoc, QuoteCandidate } from './quote-candidate-types.js';

/** `我挨家挨户去做工作`, `我带头住在工地上`: what the speaker did himself; `一个路口，我一站就是十年`: how long he kept at
 * it; `我是一名急诊科护士，…`: who he is; `靠一双手、一把锤、一根钢钎。`: a bare means, the answer to a question's how.
 * His story in an oral history or a 报告会, not a line (round speech73, on speech72's 口述 and 报告人). */
const OWN_STORY =
  /^我们?(?:带头|挨家挨户)|我一(?:站|守|干|待|蹲)就是[\d一二三四五六七八九十几]+多?年|^我是一(?:名|位|个)[^，,。；;]{1,12}[，,]|^靠[^，,。；;！？]{1,8}[、，,][^。！？]{2,20}[。！]?$/;

/** `主持人好，各位网友大家好！`: a guest's greeting, in any turn (a host's is his procedure). */
const GREETING = /^[^。！？]{0,16}(?:大家|您|你们|主持人|网友们?)好[！!。]?$/;

export interface TurnContext {
  /** A byline turn's remarks on the meeting or pledges (TURN_ASIDE), null in a transcript. */
  aside: RegExp | null;
  /** Whether a sentence is the speaker's account of his own place. */
  account: (text: string) => boolean;
  /** The paragraph before (folded): the question an answer may echo. */
  asked: string | undefined;
}

export function turnAnswers(
  doc: CandidateDoc,
  paragraph: number,
  folded: string,
  turn: Turn | undefined,
  around: TurnContext,
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const p = doc.paragraphs[paragraph]!;
  for (let t: Turn | undefined = turn; t; t = t.next)
    for (const c of ownCandidates(doc, paragraph, folded, t.name)) {
      if ((t.host && HOST_PROCEDURE.test(foldForSearch(c.text))) || (t.end !== undefined && c.end > t.end)) continue;
      if (around.aside?.test(c.text)) continue;
      // (`郑志远：我们始终认为，……`: a lead the turn's label hid from ownCandidates is left off too.)
      const label = Math.max(c.start, t.at);
      const hidden = c.start < t.at ? p.text.slice(label, c.end) : '';
      const start = label + ((LEAD.exec(hidden) ?? beliefLead(hidden))?.[0].length ?? 0);
      const text = p.text.slice(start, c.end);
      // (`最难的是销路。` after `…最难的是什么？`: the question's words filled in.)
      const echo = !p.text.slice(t.at, start).trim() && echoesQuestion(text, around.asked);
      // (`刚当选那年，村里账上只有三百块钱。`: how things were when the speaker came, counted.)
      const then = isCountedPast(text);
      if (
        c.end - start >= 5 &&
        !around.account(text) &&
        !echo &&
        !then &&
        !SELF_ACCOUNT.test(text) &&
        !OWN_STORY.test(text) &&
        !GREETING.test(text) &&
        !TURN_PLEDGE.test(foldForSearch(text))
      )
        out.push({ ...c, start, text });
    }
  return out;
}
