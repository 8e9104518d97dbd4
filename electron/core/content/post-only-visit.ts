// A visit headlined under the visitor's post alone (metadata.ts types such a story as a report).
import { isBylineName } from '../knowledge/byline-name.js';
import { ROLE, SEAT } from '../knowledge/post-role.js';

const VISITED = '(?:深入|到|赴)?[^，。；“”\\s]{0,30}?(?:调研|考察|视察|走访|到访|察看)';
// (Made once: built per call, the posts' long alternation was parsed again for every document.)
const POST_VISITING = new RegExp(`^(${ROLE}|${SEAT})(?=${VISITED})`);
const LEAD_VISITOR = new RegExp(
  `^(?:[^，。；]{0,12}[，,])?(${ROLE})([\\u4e00-\\u9fff]{2,3}?)(?:同志)?(?:日前|近日|今日|今天)?(?:上午|下午)?(?:深入|到|赴|在|(?=走访|调研|考察|视察|察看))`,
);
/** `市人大常委会主任走访基层人大代表` over `11月12日，市人大常委会主任卢雅琴到东城区走访…`: a visit headline under the
 * post alone, the lead naming the one who holds that post as the visitor. */
export function postOnlyVisit(foldedTitle: string, foldedLead: string): boolean {
  // (`县人大代表走访选民`: a seat, as a post.)
  const post = POST_VISITING.exec(foldedTitle)?.[1];
  if (!post) return false;
  // (The headline may shorten the post, `民青局局长` for `民政及青年事务局局长`: the title word is the same.)
  const named = LEAD_VISITOR.exec(foldedLead);
  // (`县人大代表、雁塘村党支部书记钟淑芳走访…`: the headline's post among the lead's.)
  return !!named && (named[1]!.slice(-2) === post.slice(-2) || named[1]!.includes(post)) && isBylineName(named[2]!);
}
