// A signed article by an official (`中共江川省委书记　周启明` under the title, metadata.ts): its own sentences are his,
// as a speech's are its speaker's. Certain only when he is the article's one speaker, under an office's post, and the
// body never names him — a story that names the official it reports on (`周启明指出，…`) is the reporter's, not his.
import { foldForSearch } from '../text/normalize.js';
import { ROLE } from './post-role.js';
import { TURN_PLEDGE } from './transcript-turns.js';

const OFFICIAL_POST = new RegExp(`^${ROLE}$`);
/** A byline's post that is an office (`省委副书记、省长`), not a calling or a newsroom's. */
export const isOfficialPost = (role: string | null | undefined) => !!role && OFFICIAL_POST.test(role);

export interface SignedDoc {
  type: string;
  speakers: readonly { name: string; role: string | null }[];
  paragraphs: readonly { text: string }[];
}

export function signedAuthor(doc: SignedDoc): boolean {
  if (doc.type !== '文章' || doc.speakers.length !== 1) return false;
  const { name, role } = doc.speakers[0]!;
  if (!isOfficialPost(role)) return false;
  const folded = foldForSearch(name);
  return !doc.paragraphs.some((p) => foldForSearch(p.text).includes(folded));
}

/** `下一步，我们将…`: what the writer's side will do. */
export const isPledge = (text: string) => TURN_PLEDGE.test(foldForSearch(text));
