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

/** Words that place a line in its time: a number or year, 今年, 当前, 新时代, 新常态, a five-year plan, 周年. */
const TIME_WORDS =
  /[0-9０-９]|今年|明年|去年|当前|目前|现阶段|当今|新时代|新征程|新常态|新阶段|新世纪|本世纪|周年|年来|十[一二三四五]五|“十\p{Script=Han}{1,2}五”/u;

/** Whether a line of a user's import may be asked “which year is it from”: its wording places it in its time
 * (questions-imported19.json: 职业教育是经济发展的重要支柱 and questions-imported27.json: 社保是民生之基 say nothing a
 * learner could date). */
export const timeTied = (text: string) => TIME_WORDS.test(text);
