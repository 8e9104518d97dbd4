// Probes the speaker-shape tests share: who each credited candidate of some paragraphs is given to
// (`name: text`), and whom 他 in each paragraph is read as.
import { pronounSpeakers } from '../../../electron/core/knowledge/pronoun-speaker.js';
import { quoteCandidates } from '../../../electron/core/knowledge/quote-candidates.js';
import { foldForSearch } from '../../../electron/core/text/normalize.js';

export const said = (paras: string[], type = '会议报道', speakers: { name: string }[] = []): string[] =>
  quoteCandidates({ paragraphs: paras.map((text) => ({ kind: 'p' as const, text })), type, speakers })
    .filter((c) => c.speaker)
    .map((c) => `${c.speaker}: ${c.text}`);

export const heOf = (paras: string[], own: string[]): string[] =>
  pronounSpeakers(paras.map(foldForSearch), own).flatMap((ps) => ps.map((p) => p.name));
