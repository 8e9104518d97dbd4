// 凡…，都要…；凡…，都要…；凡…，都要…。/ 有悖于…，要…；有碍于…，要…。: members joined by ； that open
// alike and close alike are one saying however long, not a list of tasks cut in parts (a report's
// list, 加强…；推进…；完善…, opens each member differently). Used to join the members into one
// candidate (quote-candidates.ts) and to read its form (sentence-style.ts, quote-rank.ts).
import { TASK_START } from './sentence-tasks.js';
import type { Sentence } from '../text/sentences.js';
import { CONCLUSION_LEAD } from './conclusion-lead.js';

/** The longest member of such a series. */
const MAX_MEMBER = 40;
/** The longest half of a pair closing on one phrase (closeOnOnePhrase). */
const MAX_PAIR_MEMBER = 50;

function clauses(member: string): string[] {
  return member
    .replace(/[。！；;]$/, '')
    .split(/[，,]/)
    .filter(Boolean);
}

/** …，就会失去群众；…，也会失去群众 / …，是错误的；…，也是错误的: two halves, each of clauses, closing on
 * one and the same clause (也/就 aside) of three characters or more, set two cases against one verdict. */
function closeOnOnePhrase(parts: readonly string[][]): boolean {
  if (parts.length !== 2 || parts.some((p) => p.length < 2)) return false;
  const close = (p: readonly string[]) => p[p.length - 1]!.replace(/^(?:也|又|就|还|都|则)/, '');
  const [a, b] = [close(parts[0]!), close(parts[1]!)];
  return a.length >= 3 && a === b;
}

/** Whether the members (each with its closing ； or 。) make one series. */
export function alikeSeries(members: readonly string[]): boolean {
  if (members.length < 2 || members.length > 4) return false;
  if (members.some((m) => TASK_START.test(m))) return false;
  const parts = members.map(clauses);
  // (Two cases under one verdict are remembered as a pair a little longer than a series member.)
  if (members.every((m) => m.length <= MAX_PAIR_MEMBER) && closeOnOnePhrase(parts)) return true;
  if (members.some((m) => m.length > MAX_MEMBER)) return false;
  const n = parts[0]!.length;
  if (n < 2 || n > 3 || parts.some((p) => p.length !== n)) return false;
  // (Opening alike: 凡|凡|凡, 对|对; closing alike: the last clauses on one word, 也/都 aside.)
  const head = (s: string) => s.replace(/^(?:也|又|就|还|都|则)/, '').charAt(0);
  return (
    parts.every((p) => p[0]!.charAt(0) === parts[0]![0]!.charAt(0)) &&
    parts.every((p) => head(p[n - 1]!) === head(parts[0]![n - 1]!))
  );
}

/** The members of a sentence that is such a series, or null. */
export function seriesMembers(text: string): string[] | null {
  const members = text.match(/[^；;]+(?:[；;]|$)/g) ?? [];
  return members.length >= 2 && alikeSeries(members) ? members : null;
}

const SHORT_COUPLET = 40;

/** `企业有呼，政府必应；企业有需，服务必到。`: a short sentence in halves joined by ； is one saying,
 * not two, and so is a long one whose members open and close alike (alikeSeries); any
 * other long one (a report's list) stays in its parts. */
export function joinShortCouplets(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let j = i;
    while (j + 1 < sentences.length && /[；;]$/.test(sentences[j]!.text)) j++;
    const first = sentences[i]!;
    const last = sentences[j]!;
    const members = sentences.slice(i, j + 1).map((x) => x.text);
    // (`…，最深的感受是，村子富不富，关键看支部；支部强不强，关键看书记。`: the lead left off is not the saying's.)
    const lead = CONCLUSION_LEAD.exec(members[0]!)?.[0].length ?? 0;
    const bare = [members[0]!.slice(lead), ...members.slice(1)];
    if (j > i && (last.end - first.start - lead <= SHORT_COUPLET || alikeSeries(bare))) {
      const text = members.join('');
      out.push({ start: first.start, end: last.end, text });
    } else out.push(...sentences.slice(i, j + 1));
    i = j;
  }
  return out;
}

/** Which sentences belong to a run of three or more joined by ；. */
export function listMembers(sentences: Sentence[]): boolean[] {
  const out = sentences.map(() => false);
  for (let i = 0; i < sentences.length;) {
    let j = i;
    while (j + 1 < sentences.length && /[；;]$/.test(sentences[j]!.text)) j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) out[k] = true;
    i = j + 1;
  }
  return out;
}
