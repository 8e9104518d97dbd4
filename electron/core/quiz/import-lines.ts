// Lines of a user's import that teach a weaker form of what the library says (questions-imported19.json, judged
// again in round questions26): the library's line with words dropped (发展是解决一切问题的【基础和关键】: the 十九大 says 发展是解决
// 我国一切问题的基础和关键; a learner should learn the full line), and a blank on a word for the world at large or for
// everyday life (【世界】的发展也决不能…, 乡亲们的【日子】一定会越过越红火: 国家, 生活 fit as well).
import { hanChars } from '../text/normalize.js';

/** Han characters a shortened line may lack of the library's (我国, 全面, 坚定不移). */
const MAX_DROPPED = 6;

/** Whether `text` is a line of the library (`shipped`: its documents' Han characters) with a few words left out: the
 * library holds a run opening on its first four characters and closing on its last two that holds all of its
 * characters in order, and more, and nowhere says it word for word. */
export function shortenedLine(text: string, shipped: readonly string[]): boolean {
  const han = hanChars(text);
  // A line the library says word for word is its own wording, whatever it also says longer elsewhere.
  if (han.length < 8 || shipped.some((b) => b.includes(han))) return false;
  const head = han.slice(0, 4);
  for (const body of shipped)
    for (let at = body.indexOf(head); at >= 0; at = body.indexOf(head, at + 1)) {
      const window = body.slice(at, at + han.length + MAX_DROPPED);
      let i = 0;
      let end = 0;
      for (let j = 0; j < window.length && i < han.length; j++)
        if (window[j] === han[i]) {
          i++;
          end = j + 1;
        }
      if (i === han.length && end > han.length && window.slice(0, end).endsWith(han.slice(-2))) return true;
    }
  return false;
}

/** Words for the world at large or for everyday life: as a key, any of them fits where one does. */
const BROAD_KEY = /^(?:世界|国家|社会|人民|民族|中国|我国|日子|生活)$/;

export const broadKey = (blank: { text: string }) => BROAD_KEY.test(blank.text);
